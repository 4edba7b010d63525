import { validationOutcomes } from './report-answer';
import type { Condition, TemplateDefinition, TemplateField } from '../report-template';

/**
 * The rules of a report, in ONE place: the console preview and the server (when a job ends)
 * both call `evaluateReport`. Pure functions, no I/O.
 */
export type AnswerMap = Record<string, unknown>;

export interface FieldState {
  visible: boolean;
  mandatory: boolean;
  answered: boolean;
  missing: boolean;
}
export interface MissingField {
  familyId: string;
  familyLabel: string;
  fieldId: string;
  fieldLabel: string;
}
/** Shown in red when `hasMandatory && !complete`; `visible` when at least one of its fields is. */
export interface FamilyState {
  visible: boolean;
  hasMandatory: boolean;
  complete: boolean;
}
export interface ReportEvaluation {
  fields: Record<string, FieldState>;
  families: Record<string, FamilyState>;
  /** In template order. */
  missing: MissingField[];
}

const nonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const nonEmptyArray = (value: unknown): value is unknown[] => Array.isArray(value) && value.length > 0;

/**
 * Whether a value counts as an answer for this field. A checkbox is answered when ticked: a
 * mandatory checkbox must be ticked (an unticked box cannot be told apart from an untouched one).
 */
export function isAnswered(field: TemplateField, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  switch (field.type) {
    case 'checkbox':
      return value === true;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'text':
    case 'date':
    case 'time':
      return nonEmptyString(value);
    case 'choice':
      return field.multiple ? nonEmptyArray(value) && value.every(nonEmptyString) : nonEmptyString(value);
    case 'validation':
      return (validationOutcomes as readonly unknown[]).includes(value);
    case 'signature': {
      const signature = value as { signerName?: unknown; image?: unknown };
      return typeof value === 'object' && nonEmptyString(signature.signerName) && nonEmptyString(signature.image);
    }
    case 'photo':
      return nonEmptyArray(value);
  }
}

/**
 * Whether a condition holds for the answer of its source field. A hidden or missing source
 * never satisfies a condition, and an unanswered source satisfies none of the operators
 * (a checkbox is always answered here: unticked is `false`).
 */
export function conditionHolds(condition: Condition, source: TemplateField | undefined, value: unknown): boolean {
  if (!source) return false;
  const current = source.type === 'checkbox' ? value === true : value;
  if (condition.operator === 'is_ticked') return source.type === 'checkbox' && current === true;
  if (source.type !== 'checkbox' && !isAnswered(source, value)) return false;
  const several = source.type === 'choice' && source.multiple === true && Array.isArray(current);
  switch (condition.operator) {
    case 'equals':
      return several ? (current as unknown[]).includes(condition.value) : current === condition.value;
    case 'differs':
      return several ? !(current as unknown[]).includes(condition.value) : current !== condition.value;
    case 'is_one_of': {
      const accepted: unknown[] = Array.isArray(condition.value) ? condition.value : [];
      return several ? (current as unknown[]).some((v) => accepted.includes(v)) : accepted.includes(current);
    }
  }
}

export function evaluateReport(definition: TemplateDefinition, answers: AnswerMap): ReportEvaluation {
  const byId = new Map<string, TemplateField>();
  for (const family of definition.families) for (const field of family.fields) byId.set(field.id, field);

  const visibility = new Map<string, boolean>();
  const inProgress = new Set<string>();
  // A condition holds only when its source field is visible: chains of conditions propagate.
  const holds = (condition: Condition): boolean => {
    const source = byId.get(condition.fieldId);
    return !!source && isVisible(source) && conditionHolds(condition, source, answers[source.id]);
  };
  function isVisible(field: TemplateField): boolean {
    const known = visibility.get(field.id);
    if (known !== undefined) return known;
    if (inProgress.has(field.id)) return false; // a cycle (refused by validation) never shows a field
    inProgress.add(field.id);
    const visible = !field.visibleWhen || holds(field.visibleWhen);
    inProgress.delete(field.id);
    visibility.set(field.id, visible);
    return visible;
  }

  const fields: Record<string, FieldState> = {};
  const families: Record<string, FamilyState> = {};
  const missing: MissingField[] = [];
  for (const family of definition.families) {
    let anyVisible = false;
    let hasMandatory = false;
    let complete = true;
    for (const field of family.fields) {
      const visible = isVisible(field);
      const mandatory = visible && (field.mandatory || (!!field.mandatoryWhen && holds(field.mandatoryWhen)));
      const answered = isAnswered(field, answers[field.id]);
      const isMissing = mandatory && !answered;
      fields[field.id] = { visible, mandatory, answered, missing: isMissing };
      anyVisible ||= visible;
      hasMandatory ||= mandatory;
      if (isMissing) {
        complete = false;
        missing.push({ familyId: family.id, familyLabel: family.label, fieldId: field.id, fieldLabel: field.label });
      }
    }
    families[family.id] = { visible: anyVisible, hasMandatory, complete };
  }
  return { fields, families, missing };
}

/**
 * Hidden answers (issue 14 §3). When a condition hides a field (the technician unticks "leak
 * found"), its earlier answer is kept — ticking the box again brings it back, as in the app — but it
 * stops counting: it is not mandatory (evaluateReport), and it is not part of the report the office,
 * the PDF, the exports or the customer read. This is the one place that says which answers count;
 * an answer to a field the template does not have is left to the caller (it has no place to show).
 */
export function countedAnswers<A extends { fieldId: string; value: unknown }>(definition: TemplateDefinition, answers: readonly A[]): A[] {
  const { fields } = evaluateReport(definition, Object.fromEntries(answers.map((a) => [a.fieldId, a.value])));
  return answers.filter((a) => fields[a.fieldId]?.visible !== false);
}
