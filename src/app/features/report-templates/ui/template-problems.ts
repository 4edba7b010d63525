import type { TemplateDefinition } from '@contract';

/** A problem as found by the live check or the server, before it is placed. */
export interface ProblemInput {
  path: (string | number)[];
  code: string;
  message: string;
}

/** A problem placed at what it is about: a field's property (`label`, `options` #2, `visibleWhen.value`…). */
export interface LocatedProblem {
  code: string;
  message: string;
  property: string;
  /** `options` item, when the problem is about one option. */
  index?: number;
  /** `fieldId`, `operator` or `value` of a condition. */
  part?: string;
}

export interface ProblemIndex {
  template: LocatedProblem[];
  families: Record<string, LocatedProblem[]>;
  fields: Record<string, LocatedProblem[]>;
  count: number;
}

export const noProblems: ProblemIndex = { template: [], families: {}, fields: {}, count: 0 };

function located(problem: ProblemInput, rest: (string | number)[]): LocatedProblem {
  const [property = '', second] = rest;
  const result: LocatedProblem = { code: problem.code, message: problem.message, property: String(property) };
  if (typeof second === 'number') result.index = second;
  else if (typeof second === 'string') result.part = second;
  return result;
}

function push(map: Record<string, LocatedProblem[]>, id: string, problem: LocatedProblem): void {
  (map[id] ??= []).push(problem);
}

/** Places each problem at its family or field by id, so they follow drags and renames on screen. */
export function indexProblems(definition: TemplateDefinition, problems: readonly ProblemInput[]): ProblemIndex {
  const index: ProblemIndex = { template: [], families: {}, fields: {}, count: problems.length };
  for (const problem of problems) {
    const [root, familyIndex, kind, fieldIndex, ...rest] = problem.path;
    const family = root === 'families' && typeof familyIndex === 'number' ? definition.families[familyIndex] : undefined;
    const field = family && kind === 'fields' && typeof fieldIndex === 'number' ? family.fields[fieldIndex] : undefined;
    if (field) push(index.fields, field.id, located(problem, rest));
    else if (family) push(index.families, family.id, located(problem, [kind ?? '']));
    else index.template.push(located(problem, problem.path));
  }
  return index;
}

/** The i18n key of a problem's sentence; the server's own sentence for what the console does not know. */
export function problemKey(problem: LocatedProblem): { key: string; params: Record<string, unknown> } {
  return problem.code === 'server'
    ? { key: 'validation.rejected', params: { message: problem.message } }
    : { key: `reportTemplates.problems.${problem.code}`, params: {} };
}
