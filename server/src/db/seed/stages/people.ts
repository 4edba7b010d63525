import type { SeedContext, People, Person } from '../context';
import type { Lang } from '../data/phrases';
import { DAY, iso } from '../clock';
import { personName } from '../data/names';
import { mobile } from '../phones';
import { hashPassword } from '../../../platform/password';

export const DEMO_PASSWORD = 'fielddesk-demo';
export const DEMO_DOMAIN = 'demo.fielddesk.test';
export const TECHNICIAN_COUNT = 25;

/** The demo accounts of API.md. The password is hashed once: scrypt is slow on purpose. */
export async function seedPeople(ctx: SeedContext): Promise<People> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { rng, fakers } = ctx;
  const person = (local: string, name: string, role: Person['role'], locale: Lang, phone: string | null): Person => ({
    id: ctx.ids.next(),
    email: `${local}@${DEMO_DOMAIN}`,
    name,
    role,
    locale,
    phone,
  });

  const admin = person('admin', 'Alice Martin', 'admin', 'fr', mobile(rng, 'fr'));
  const dispatcher = person('dispatch', 'Julien Moreau', 'dispatcher', 'fr', mobile(rng, 'fr'));
  const supervisor = person('supervisor', 'Sarah Whitfield', 'supervisor', 'en', mobile(rng, 'en'));
  const technicians: Person[] = [];
  const used = new Set<string>();
  for (let i = 1; i <= TECHNICIAN_COUNT; i++) {
    // three French technicians for two British ones, as the customers are split 60 / 40
    const locale: Lang = i % 5 === 2 || i % 5 === 4 ? 'en' : 'fr';
    let name: string;
    do {
      const { first, last } = personName(rng, locale, fakers[locale], i % 3 === 0);
      name = `${first} ${last}`;
    } while (used.has(name));
    used.add(name);
    technicians.push(person(`tech${String(i).padStart(2, '0')}`, name, 'technician', locale, mobile(rng, locale)));
  }

  for (const p of [admin, dispatcher, supervisor, ...technicians]) {
    const createdAt = iso(ctx.now - DAY * rng.int(120, 540));
    ctx.writer.add('users', {
      id: p.id,
      email: p.email,
      passwordHash,
      displayName: p.name,
      role: p.role,
      isActive: 1,
      locale: p.locale,
      theme: 'system',
      phone: p.phone,
      preferences: '{}',
      lastSignInAt: null,
      createdAt,
      updatedAt: createdAt,
      version: 1,
    });
  }
  await ctx.writer.flush();
  return {
    admin,
    dispatcher,
    supervisor,
    technicians,
    techniciansByLang: {
      fr: technicians.filter((t) => t.locale === 'fr'),
      en: technicians.filter((t) => t.locale === 'en'),
    },
  };
}
