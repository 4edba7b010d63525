import type { SerialUnitStatus } from '@contract';

/** What happens to a unit; each action starts from one status only. */
export type UnitAction = 'install' | 'uninstall' | 'take_back' | 'repair';

/** The statuses a unit may move to, from each status (DOMAIN.md, "Parts & services"). */
export const ALLOWED_TRANSITIONS: Readonly<Record<SerialUnitStatus, readonly SerialUnitStatus[]>> = {
  ok: ['installed'],
  installed: ['ok', 'needs_repair', 'obsolete'],
  needs_repair: ['ok', 'obsolete'],
  obsolete: [],
};

/** The one status each action starts from, and where it may lead. */
const ACTIONS: Readonly<Record<UnitAction, { from: SerialUnitStatus; to: readonly SerialUnitStatus[] }>> = {
  install: { from: 'ok', to: ['installed'] },
  uninstall: { from: 'installed', to: ['ok'] },
  take_back: { from: 'installed', to: ['ok', 'needs_repair', 'obsolete'] },
  repair: { from: 'needs_repair', to: ['ok', 'obsolete'] },
};

export interface TransitionRefusal {
  code: 'invalid_transition';
  message: string;
  details: { from: SerialUnitStatus; to: SerialUnitStatus; action: UnitAction };
}

const STATUS_WORDS: Record<SerialUnitStatus, string> = {
  ok: 'OK',
  installed: 'installed',
  needs_repair: 'needing repair',
  obsolete: 'obsolete',
};

/** Null when `action` may take a unit from `from` to `to`, else why not. Pure: no database. */
export function refuseTransition(from: SerialUnitStatus, action: UnitAction, to: SerialUnitStatus): TransitionRefusal | null {
  const rule = ACTIONS[action];
  if (rule.from === from && rule.to.includes(to) && ALLOWED_TRANSITIONS[from].includes(to)) return null;
  const message =
    from === 'obsolete'
      ? 'This unit is obsolete: it is retired for good.'
      : `A unit ${STATUS_WORDS[from]} cannot be ${to === from ? 'moved' : `set ${STATUS_WORDS[to]}`} this way (${action.replace('_', ' ')}).`;
  return { code: 'invalid_transition', message, details: { from, to, action } };
}
