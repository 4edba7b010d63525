import { evaluateReport, type AnswerMap, type TemplateDefinition, type TemplateField } from '@contract';
import type { Rng } from '../demo/random';

/** What a technician would type on site, by field type: always valid for the field (bounds, options). */
export function plausibleValue(field: TemplateField, rng: Rng, now: Date): unknown {
  switch (field.type) {
    case 'checkbox':
      // Most boxes are ticked; an unticked one lets "show when ticked" conditions stay hidden sometimes.
      return field.mandatory || rng.chance(0.7);
    case 'text':
      return field.barcode ? `SN-${rng.int(100000, 999999)}` : rng.pick(NOTES);
    case 'number': {
      const min = field.min ?? 0;
      const max = field.max ?? Math.max(min + 100, 100);
      return Math.round(rng.float(min, max) * 10) / 10;
    }
    case 'date':
      return now.toISOString().slice(0, 10);
    case 'time':
      return now.toISOString().slice(11, 16);
    case 'choice': {
      const options = field.options ?? [];
      if (!field.multiple) return rng.pick(options);
      const picked = rng.sample(options, rng.int(1, Math.min(3, options.length)));
      return options.filter((o) => picked.includes(o));
    }
    case 'validation':
      return rng.weighted([
        ['compliant', 88],
        ['not_compliant', 4],
        ['not_applicable', 8],
      ] as const);
    case 'signature':
    case 'photo':
      return undefined; // made by the caller: they need an image or an uploaded attachment
  }
}

const NOTES = [
  'RAS, installation propre.',
  'Nettoyage effectué, joints remplacés.',
  'Everything checked, customer informed.',
  'Filtre changé, pression contrôlée.',
  'Minor wear on the seals; to watch at the next visit.',
];

/**
 * The fields to answer, in template order, among those visible given the answers so far. Answering
 * one may reveal others (conditions), so the caller asks again until nothing is left.
 */
export function nextFieldsToAnswer(definition: TemplateDefinition, answers: AnswerMap, skip: ReadonlySet<string>): TemplateField[] {
  const state = evaluateReport(definition, answers);
  const fields: TemplateField[] = [];
  for (const family of definition.families) {
    for (const field of family.fields) {
      if (state.fields[field.id]?.visible && !(field.id in answers) && !skip.has(field.id)) fields.push(field);
    }
  }
  return fields;
}

/** The first visible mandatory field, to leave unanswered until the (refused) early end. */
export function firstMandatory(definition: TemplateDefinition, answers: AnswerMap): TemplateField | null {
  const state = evaluateReport(definition, answers);
  for (const family of definition.families) {
    for (const field of family.fields) if (state.fields[field.id]?.mandatory) return field;
  }
  return null;
}
