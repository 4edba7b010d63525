import type { TemplateProblem } from '@contract';

/** A problem shown at a field: found live in the draft, or named by the server's 400. */
export interface DesignerProblem {
  /** Relative to the definition (`['families', 0, 'fields', 2, 'label']`); `['name']` for the template's name. */
  path: (string | number)[];
  code: TemplateProblem['code'] | 'server';
  message: string;
}

const knownCodes: readonly string[] = [
  'empty_label',
  'choice_without_options',
  'duplicate_option',
  'min_above_max',
  'duplicate_id',
  'unknown_condition_field',
  'condition_on_self',
  'condition_cycle',
  'condition_value_invalid',
  'empty_family',
];

function toPath(path: unknown): (string | number)[] {
  const parts = Array.isArray(path) ? path : typeof path === 'string' ? path.split('.') : [];
  return parts.map((part) => (typeof part === 'string' && /^\d+$/.test(part) ? Number(part) : part)) as (string | number)[];
}

/**
 * The issues of a 400 (`details.issues`: `segments` from the body root, else the dot `path`) as
 * problems of the definition: `['draft', 'families', 0, …]` loses its `draft`.
 */
export function problemsFromError(details: unknown): DesignerProblem[] {
  const issues = (details as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.map((issue: { path?: unknown; segments?: unknown; code?: unknown; message?: unknown }) => {
    const path = toPath(Array.isArray(issue.segments) ? issue.segments : issue.path);
    const code = typeof issue.code === 'string' && knownCodes.includes(issue.code) ? issue.code : 'server';
    return {
      path: path[0] === 'draft' ? path.slice(1) : path,
      code: code as DesignerProblem['code'],
      message: typeof issue.message === 'string' ? issue.message : '',
    };
  });
}
