import type { Faker } from '@faker-js/faker';
import type { Rng } from '../../../../../demo/random';
import type { Lang } from './phrases';

/**
 * Given names people actually carry today (faker's French list favours saints' names such as
 * "Agrippine", its British one falls back to American names), and British surnames. French
 * surnames come from fakerFR, which has realistic ones.
 */
const frenchFirstNames = [
  'Camille', 'Léa', 'Manon', 'Chloé', 'Emma', 'Inès', 'Sarah', 'Julie', 'Laura', 'Marie', 'Pauline', 'Claire',
  'Sophie', 'Nathalie', 'Isabelle', 'Céline', 'Aurélie', 'Émilie', 'Charlotte', 'Lucie', 'Anaïs', 'Élodie', 'Sandrine', 'Valérie',
  'Thomas', 'Nicolas', 'Julien', 'Maxime', 'Antoine', 'Alexandre', 'Hugo', 'Lucas', 'Louis', 'Romain', 'Kevin', 'Sébastien',
  'Mathieu', 'Guillaume', 'Pierre', 'Olivier', 'Stéphane', 'Christophe', 'Laurent', 'Frédéric', 'David', 'Karim', 'Mehdi', 'Yann',
];
const britishFirstNames = [
  'Olivia', 'Amelia', 'Emily', 'Sophie', 'Charlotte', 'Jessica', 'Hannah', 'Lucy', 'Rebecca', 'Laura', 'Claire', 'Rachel',
  'Sarah', 'Emma', 'Katie', 'Helen', 'Victoria', 'Zoe', 'Priya', 'Aisha', 'Fiona', 'Joanne', 'Natalie', 'Gemma',
  'James', 'Oliver', 'Harry', 'George', 'Jack', 'Thomas', 'William', 'Daniel', 'Matthew', 'Samuel', 'Joseph', 'Ben',
  'Adam', 'Luke', 'Ryan', 'Callum', 'Liam', 'Owen', 'Rhys', 'Connor', 'Mark', 'Paul', 'Stuart', 'Imran',
];
const britishSurnames = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson', 'Wright', 'Thompson',
  'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Thomas', 'Clarke', 'Jackson', 'Wood', 'Harris', 'Edwards',
  'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Hughes', 'Moore', 'Clark', 'King', 'Harrison', 'Lewis', 'Baker',
  'Lee', 'Allen', 'Morris', 'Khan', 'Scott', 'Watson', 'Davis', 'Parker', 'James', 'Bennett', 'Young', 'Phillips',
  'Richardson', 'Mitchell', 'Bailey', 'Carter', 'Cook', 'Singh', 'Shaw', 'Bell', 'Collins', 'Morgan', 'Kelly', 'Begum',
  'Miller', 'Cox', 'Hussain', 'Marshall', 'Simpson', 'Price', 'Anderson', 'Adams', 'Wilkinson', 'Ali', 'Ahmed', 'Foster',
];

/** Half of each first-name list is female: `female` picks from that half. */
export function firstName(rng: Rng, lang: Lang, female?: boolean): string {
  const names = lang === 'fr' ? frenchFirstNames : britishFirstNames;
  const half = names.length / 2;
  const from = female === undefined ? 0 : female ? 0 : half;
  const to = female === undefined ? names.length : female ? half : names.length;
  return names[rng.int(from, to - 1)];
}

export function lastName(rng: Rng, lang: Lang, faker: Faker): string {
  // fakerFR spells some compound surnames in lower case after the first word ("Da silva").
  const capitalized = (name: string) => name.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  return lang === 'fr' ? capitalized(faker.person.lastName()) : rng.pick(britishSurnames);
}

export interface PersonName {
  first: string;
  last: string;
  female: boolean;
}

/** A first and last name that differ (fakerFR has surnames such as "Nicolas" or "Laurent"). */
export function personName(rng: Rng, lang: Lang, faker: Faker, female = rng.chance(0.5)): PersonName {
  const first = firstName(rng, lang, female);
  let last = lastName(rng, lang, faker);
  while (last === first) last = lastName(rng, lang, faker);
  return { first, last, female };
}

/** fakerFR's streets read well; fakerEN_GB's street() invents names ("Thiel Close"), its list of real ones does not. */
export function streetName(lang: Lang, faker: Faker): string {
  if (lang === 'fr') return faker.location.street();
  return faker.helpers.arrayElement(faker.definitions.location.street_name ?? ['High Street']);
}
