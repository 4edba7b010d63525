import type { FlatField } from './context';
import { answerComments, observations, type Lang } from './data/phrases';
import type { Rng } from '../../../../demo/random';

/** What the technician saw on site, from which each answer is derived. */
export interface AnswerFacts {
  rng: Rng;
  lang: Lang;
  timeZone: string;
  startedAt: number;
  endedAt: number;
  brand: string;
  boilerSerial: string;
  outdoorSerial: string;
  indoorSerial: string;
  signerName: string;
  signature: string;
  /** Photo attachment ids per photo field, made by the caller. */
  photos: Map<string, string[]>;
  leakFound: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "YYYY-MM-DD" and "HH:MM" as the customer's wall clock shows them. */
export function localParts(ms: number, timeZone: string): { date: string; time: string } {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

function outcome(rng: Rng): string {
  return rng.weighted([
    ['compliant', 90],
    ['not_compliant', 3],
    ['not_applicable', 7],
  ] as const);
}

function someOptions(rng: Rng, options: readonly string[], min: number, max: number): string[] {
  const picked = new Set(rng.sample(options, rng.int(min, Math.min(max, options.length))));
  return options.filter((o) => picked.has(o));
}

/** A value valid for the field's type and bounds (see contract/report-answer.ts). */
export function answerValue(field: FlatField, facts: AnswerFacts): unknown {
  const { rng } = facts;
  switch (field.id) {
    case 'visit_date':
    case 'commissioning_date':
      return localParts(facts.startedAt, facts.timeZone).date;
    case 'arrival_time':
      return localParts(facts.startedAt, facts.timeZone).time;
    case 'commissioning_time':
      return localParts(facts.endedAt - 20 * 60_000, facts.timeZone).time;
    case 'next_visit':
      return localParts(facts.startedAt + 365 * 86_400_000, facts.timeZone).date;
    case 'boiler_serial':
      return facts.boilerSerial;
    case 'outdoor_serial':
      return facts.outdoorSerial;
    case 'indoor_serial':
      return facts.indoorSerial;
    case 'boiler_brand':
      return field.options?.includes(facts.brand) ? facts.brand : 'Autre / Other';
    case 'fuel':
      return rng.weighted([[field.options![0], 80], [field.options![1], 8], [field.options![2], 12]] as const);
    case 'co_ppm':
      return rng.chance(0.03) ? rng.int(20, 60) : rng.int(0, 12);
    case 'water_pressure':
      return rng.chance(0.05) ? 0.6 : Math.round(rng.float(1, 2) * 10) / 10;
    case 'efficiency':
      return Math.round(rng.float(88, 104) * 10) / 10;
    case 'refrigerant':
      return rng.weighted([['R32', 80], ['R410A', 15], ['R290', 5]] as const);
    case 'refrigerant_charge':
      return Math.round(rng.float(0.6, 2.5) * 100) / 100;
    case 'pressure_test':
      return rng.int(38, 42);
    case 'leak_found':
    case 'ac_leak_found':
      return facts.leakFound;
    case 'burner_cleaned':
    case 'manual_given':
      return rng.chance(0.9);
    case 'certificate_given':
      return true;
    case 'observations':
    case 'remarks':
      return rng.pick(observations[facts.lang]);
  }
  switch (field.type) {
    case 'checkbox':
      return rng.chance(0.8);
    case 'text':
      return rng.pick(observations[facts.lang]);
    case 'number': {
      const min = field.min ?? 0;
      const max = field.max ?? min + 100;
      return Math.round(rng.float(min, max) * 10) / 10;
    }
    case 'date':
      return localParts(facts.startedAt, facts.timeZone).date;
    case 'time':
      return localParts(facts.startedAt, facts.timeZone).time;
    case 'choice': {
      const options = field.options ?? [];
      return field.multiple ? someOptions(rng, options, 1, 4) : rng.pick(options);
    }
    case 'validation':
      return outcome(rng);
    case 'signature':
      return { signerName: facts.signerName, image: facts.signature };
    case 'photo':
      return facts.photos.get(field.id) ?? [];
  }
}

export function answerComment(field: FlatField, rng: Rng, lang: Lang): string | null {
  return field.commentsAllowed && rng.chance(0.08) ? rng.pick(answerComments[lang]) : null;
}

/** Whether a condition on another field holds, for visibleWhen / mandatoryWhen. */
export function conditionHolds(condition: FlatField['visibleWhen'], answers: Map<string, unknown>): boolean {
  if (!condition) return true;
  const value = answers.get(condition.fieldId);
  switch (condition.operator) {
    case 'is_ticked':
      return value === true;
    case 'equals':
      return value === condition.value;
    case 'differs':
      return value !== condition.value;
    case 'is_one_of':
      return Array.isArray(condition.value) && condition.value.includes(String(value));
  }
}
