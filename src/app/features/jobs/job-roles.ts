import type { Role } from '@contract';

/** DOMAIN.md: administrators and dispatchers create, schedule and assign jobs; supervisors read. */
export const JOB_WRITERS: readonly Role[] = ['admin', 'dispatcher'];
