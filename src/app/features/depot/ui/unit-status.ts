import type { SerialUnitStatus } from '@contract';
import type { ChipTone, StatusScheme } from '../../../shared/ui/status-chip/status-chip';

const TONES: Record<SerialUnitStatus, ChipTone> = {
  ok: 'primary',
  installed: 'secondary',
  needs_repair: 'tertiary',
  obsolete: 'error',
};

/** A serial unit's status as status chips show it: usable, at a customer, waiting for repair, retired. */
export const unitStatusScheme: StatusScheme = { labelPrefix: 'depot.status.', tones: TONES };
