import type { Lang } from './data/phrases';
import type { Rng } from '../../../../demo/random';

/**
 * Phone numbers from the ranges the regulators keep for fiction (ARCEP: 01 99 00…, 06 39 98…;
 * Ofcom: 020 7946 0…, 07700 900…): they look real in the demo's "call" links and ring nobody.
 */
export function landline(rng: Rng, lang: Lang): string {
  if (lang === 'fr') return `01 99 00 ${rng.digits(2)} ${rng.digits(2)}`;
  return rng.chance(0.6) ? `020 7946 0${rng.digits(3)}` : `01632 960${rng.digits(3)}`;
}

export function mobile(rng: Rng, lang: Lang): string {
  if (lang === 'fr') return `06 39 98 ${rng.digits(2)} ${rng.digits(2)}`;
  return `07700 900${rng.digits(3)}`;
}
