import { sql } from 'kysely';
import { benchApp, build, cursorAfter, finish, ListMeasures, minutesBefore, openListBench, seqId } from './lists/harness';

/**
 * Customers list and search at scale (issue 15, target 7: 1,000,000 customers) through the real
 * HTTP stack (app.inject): `npx tsx bench/customers.ts [customers]`, on PostgreSQL too when
 * DATABASE_URL is set. Names are built from 60 × 60 words (prefix searches find many or few).
 * Prints figures; asserts nothing about time.
 */
const customers = Number(process.argv[2] ?? 1_000_000);
const FIRST = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefèvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin', 'Masson', 'Sanchez', 'Gérard', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly', 'Gautier'];
const SECOND = ['Boulangerie', 'Plomberie', 'Hôtel', 'Garage', 'Pharmacie', 'Café', 'Clinique', 'École', 'Mairie', 'Atelier', 'Cabinet', 'Restaurant', 'Boucherie', 'Librairie', 'Fromagerie', 'Crèche', 'Gymnase', 'Piscine', 'Musée', 'Théâtre', 'Cinéma', 'Lycée', 'Collège', 'Usine', 'Entrepôt', 'Laverie', 'Pressing', 'Fleuriste', 'Opticien', 'Banque', 'Agence', 'Imprimerie', 'Menuiserie', 'Serrurerie', 'Quincaillerie', 'Brasserie', 'Pâtisserie', 'Épicerie', 'Poissonnerie', 'Chocolaterie', 'Cave', 'Studio', 'Salon', 'Spa', 'Camping', 'Gîte', 'Ferme', 'Domaine', 'Château', 'Résidence', 'Syndic', 'Copropriété', 'Tabac', 'Kiosque', 'Relais', 'Auberge', 'Pension', 'Foyer', 'Maison', 'Centre'];
const searchForm = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const bench = await openListBench();
try {
  await build(bench, `${customers.toLocaleString('en')} customers`, async () => {
    for (let c = 0; c < customers; c++) {
      const id = seqId('cust', c);
      const name = `${FIRST[c % 60]} ${SECOND[Math.floor(c / 60) % 60]} ${c}`;
      const at = minutesBefore(customers - c);
      bench.writer.add('customers', { id, code: `C-${String(c).padStart(7, '0')}`, name, searchName: searchForm(name), email: null, phone: '+33 1 23 45 67 89', notes: null, customFields: '{}', createdAt: at, updatedAt: at, version: 1 });
      bench.writer.add('sites', { id: seqId('site', c), customerId: id, name: 'Main site', addressLine1: '1 rue de la Paix', addressLine2: null, postalCode: '75001', city: 'Paris', country: 'FR', latitude: null, longitude: null, accessNotes: null, createdAt: at, updatedAt: at });
      await bench.flushEvery(50_000);
    }
  });
  const { app, get, json } = await benchApp(bench);
  const m = new ListMeasures();
  const first = await json('/api/customers?limit=50');
  console.log(`(total answered: ${first.total.toLocaleString('en')})`);
  await m.call('first block by name, 50 (with total)', get('/api/customers?limit=50'));
  await m.call('before: count(*) of every customer, paid by every block', () => sql`select count(*) as n from customers`.execute(bench.handle.db));
  const deep = await cursorAfter(json, '/api/customers?sort=name', 20_000);
  const key = (await json(`/api/customers?limit=1&sort=name&cursor=${encodeURIComponent(deep)}`)).items[0];
  const keyRow = await sql<{ searchName: string }>`select search_name as "searchName" from customers where id = ${key.id}`.execute(bench.handle.db);
  const byName = bench.handle.kind === 'postgres' ? sql`search_name collate "C"` : sql`search_name`;
  const raw = () =>
    sql`select id, code, name, search_name, email, phone, updated_at, custom_fields from customers
        where (${byName}, id) >= (${keyRow.rows[0]!.searchName}, ${key.id}) order by ${byName}, id limit 51`.execute(bench.handle.db);
  await m.versusRaw('block at row 20,000 by name (cursor)', get(`/api/customers?limit=50&sort=name&cursor=${encodeURIComponent(deep)}`), raw);
  await m.call('first block by last change', get('/api/customers?limit=50&sort=updatedAt'));
  await m.call('scrollbar jump to offset 50,000', get('/api/customers?limit=50&offset=50000'));
  await m.call('prefix search "mar" (a common word)', get('/api/customers?limit=50&q=mar'));
  await m.call('prefix search "dupont pla"', get('/api/customers?limit=50&q=dupont%20pla'));
  await m.call('prefix search "gue" (accent-free "Guérin")', get('/api/customers?limit=50&q=gue'));
  await m.call('prefix search "mar", by last change', get('/api/customers?limit=50&q=mar&sort=updatedAt'));
  await m.call('search by code "C-00500"', get('/api/customers?limit=50&q=C-00500'));
  await m.call('one customer with sites and contacts', get(`/api/customers/${key.id}`));
  await m.call("the customer's jobs", get(`/api/customers/${key.id}/jobs?limit=20`));
  m.done();
  await app.close();
} finally {
  await finish(bench);
}
