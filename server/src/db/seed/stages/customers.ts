import type { Faker } from '@faker-js/faker';
import type { ContactRef, CustomerRef, SeedContext, SiteRef } from '../context';
import { DAY, iso } from '../clock';
import { personName, streetName } from '../data/names';
import { britishPlaces, frenchPlaces, type Place } from '../data/places';
import { accessNotes, contactTitles, type Lang } from '../data/phrases';
import { landline, mobile } from '../phones';
import type { Rng } from '../../../../../demo/random';
import { searchForm, slug } from '../text';

const FLUSH_EVERY = 5_000;
const UK_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

const siteNames: Record<Lang, { home: string; office: string; others: readonly string[] }> = {
  fr: { home: 'Domicile', office: 'Siège', others: ['Entrepôt', 'Boutique', 'Bâtiment B', 'Agence', 'Résidence secondaire', 'Atelier'] },
  en: { home: 'Home', office: 'Head office', others: ['Warehouse', 'Shop', 'Building B', 'Branch office', 'Holiday home', 'Workshop'] },
};

/** ~60 % French and ~40 % British customers: households and businesses, 1–3 sites, 1–3 contacts. */
export async function seedCustomers(ctx: SeedContext, count: number): Promise<CustomerRef[]> {
  const customers: CustomerRef[] = [];
  for (let n = 1; n <= count; n++) {
    customers.push(addCustomer(ctx, n));
    if (ctx.writer.pendingRows >= FLUSH_EVERY) {
      await ctx.writer.flush();
      ctx.progress(n, count, 'customers');
    }
  }
  await ctx.writer.flush();
  ctx.progress(count, count, 'customers');
  return customers;
}

function addCustomer(ctx: SeedContext, n: number): CustomerRef {
  const { rng } = ctx;
  const lang: Lang = rng.chance(0.6) ? 'fr' : 'en';
  const faker = ctx.fakers[lang];
  const household = rng.chance(0.4);
  const owner = personName(rng, lang, faker);
  const places = lang === 'fr' ? frenchPlaces : britishPlaces;
  const home = pickPlace(rng, places);
  const name = household ? `${owner.first} ${owner.last}` : businessName(rng, faker, lang, owner.last, home.city);
  const domain = household ? rng.pick(['example.com', 'example.net', 'example.org']) : `${slug(name, '-')}.example`;
  const id = ctx.ids.next();
  const createdAt = iso(ctx.now - DAY * rng.int(100, 1500) - rng.int(0, DAY));
  const updatedAt = iso(Math.min(ctx.now, Date.parse(createdAt) + DAY * rng.int(0, 90)));

  ctx.writer.add('customers', {
    id,
    code: `C-${String(n).padStart(6, '0')}`,
    name,
    searchName: searchForm(name),
    email: household ? `${slug(owner.first)}.${slug(owner.last)}@${domain}` : `contact@${domain}`,
    phone: landline(rng, lang),
    notes: rng.chance(0.15) ? (lang === 'fr' ? 'Client sous contrat d’entretien annuel.' : 'Customer on an annual service contract.') : null,
    customFields: '{}',
    createdAt,
    updatedAt,
    version: 1,
  });

  const sites: SiteRef[] = [];
  const siteCount = household ? rng.weighted([[1, 90], [2, 10]] as const) : rng.weighted([[1, 60], [2, 28], [3, 12]] as const);
  for (let s = 0; s < siteCount; s++) {
    const place = s === 0 || rng.chance(0.4) ? home : pickPlace(rng, places);
    const names = siteNames[lang];
    const siteName = s === 0 ? (household ? names.home : names.office) : names.others[(s - 1 + rng.int(0, 5)) % names.others.length];
    const latitude = round(place.latitude + rng.float(-0.03, 0.03), 6);
    const longitude = round(place.longitude + rng.float(-0.045, 0.045), 6);
    const siteId = ctx.ids.next();
    ctx.writer.add('sites', {
      id: siteId,
      customerId: id,
      name: siteName,
      addressLine1: streetAddress(rng, faker, lang),
      addressLine2: rng.chance(0.2) ? addressLine2(rng, lang) : null,
      postalCode: postalCode(rng, place, lang),
      city: place.city,
      country: lang === 'fr' ? 'FR' : 'GB',
      latitude,
      longitude,
      accessNotes: rng.chance(0.25) ? rng.pick(accessNotes[lang]) : null,
      createdAt,
      updatedAt: createdAt,
    });
    sites.push({ id: siteId, city: place.city, latitude, longitude });
  }

  const contacts: ContactRef[] = [];
  const contactCount = household ? rng.weighted([[1, 80], [2, 20]] as const) : rng.weighted([[1, 40], [2, 40], [3, 20]] as const);
  for (let c = 0; c < contactCount; c++) {
    const person = c === 0 && household ? owner : personName(rng, lang, faker);
    const contactName = `${person.first} ${person.last}`;
    const contactId = ctx.ids.next();
    const siteId = c === 0 ? null : sites[c % sites.length].id;
    ctx.writer.add('contacts', {
      id: contactId,
      customerId: id,
      siteId,
      name: contactName,
      jobTitle: household ? null : rng.pick(contactTitles[lang])[person.female ? 1 : 0],
      phone: rng.chance(0.7) ? landline(rng, lang) : null,
      mobile: mobile(rng, lang),
      email: `${slug(person.first)}.${slug(person.last)}@${domain}`,
      isPrimary: c === 0 ? 1 : 0,
      createdAt,
      updatedAt: createdAt,
    });
    contacts.push({ id: contactId, name: contactName, siteId, isPrimary: c === 0 });
  }
  return { id, name, lang, sites, contacts };
}

function businessName(rng: Rng, faker: Faker, lang: Lang, last: string, city: string): string {
  const street = streetName(lang, faker);
  const patterns: Record<Lang, (() => string)[]> = {
    fr: [
      () => `Boulangerie ${last}`,
      () => `Pharmacie ${last}`,
      () => `Cabinet médical ${last}`,
      () => `SCI ${last}`,
      () => `Résidence ${rng.pick(['Les Tilleuls', 'Le Parc', 'Les Érables', 'Bellevue', 'Les Acacias', 'Le Clos Fleuri'])}`,
      () => `Copropriété ${street}`,
      () => `Hôtel ${rng.pick(['du Parc', 'de la Gare', 'des Arts', 'Le Régent', 'du Centre'])}`,
      () => `Restaurant ${rng.pick(['Le Bistrot', 'La Table', 'Chez'])} ${last}`,
      () => `Garage ${last}`,
      () => `École ${rng.pick(['Jules Ferry', 'Jean Jaurès', 'Victor Hugo', 'Louise Michel', 'Pasteur'])}`,
      () => faker.company.name(),
      () => faker.company.name(),
    ],
    en: [
      () => `${last} & Sons Ltd`,
      () => `${last} Dental Practice`,
      () => `The ${rng.pick(['Red Lion', 'Royal Oak', 'Crown', 'White Hart', 'Plough'])}`,
      () => `${rng.pick(['St Mary', 'St John', 'St Peter', 'St Anne'])}'s Primary School`,
      () => `${last} Property Management`,
      () => `${street} Surgery`,
      () => `${rng.pick(['Riverside', 'Parkview', 'Oakwood', 'Meadow'])} Court Management Company`,
      () => `${last} Bakery`,
      () => `${city} Community Centre`,
      () => `${last} Motors`,
      () => `${last} Accountants LLP`,
    ],
  };
  return rng.pick(patterns[lang])();
}

function pickPlace(rng: Rng, places: readonly Place[]): Place {
  return rng.weighted(places.map((p) => [p, p.weight] as const));
}

function streetAddress(rng: Rng, faker: Faker, lang: Lang): string {
  const number = rng.weighted([[rng.int(1, 40), 6], [rng.int(41, 180), 3]] as const);
  const suffix = lang === 'fr' && rng.chance(0.08) ? ' bis' : '';
  return `${number}${suffix} ${streetName(lang, faker)}`;
}

function addressLine2(rng: Rng, lang: Lang): string {
  return lang === 'fr'
    ? rng.pick([`Bâtiment ${rng.pick(['A', 'B', 'C'])}`, `Escalier ${rng.int(1, 4)}`, `${rng.int(1, 6)}e étage`, 'Zone d’activités'])
    : rng.pick([`Flat ${rng.int(1, 30)}`, `Unit ${rng.int(1, 20)}`, `${rng.pick(['First', 'Second', 'Ground'])} floor`, 'Business park']);
}

function postalCode(rng: Rng, place: Place, lang: Lang): string {
  const district = rng.pick(place.postalCodes);
  if (lang === 'fr') return district;
  return `${district} ${rng.int(1, 9)}${UK_LETTERS[rng.int(0, UK_LETTERS.length - 1)]}${UK_LETTERS[rng.int(0, UK_LETTERS.length - 1)]}`;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
