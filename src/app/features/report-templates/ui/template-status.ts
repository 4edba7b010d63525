import type { StatusScheme } from '../../../shared/ui/status-chip/status-chip';

/** Draft / Published / Archived as status chips show them. */
export const templateStatusScheme: StatusScheme = { labelPrefix: 'reportTemplates.status.', tones: { published: 'primary', archived: 'retired' } };
