import type { Role } from '@contract';

/** DOMAIN.md: administrators and dispatchers plan jobs; supervisors read them. */
export const JOB_WRITERS: readonly Role[] = ['admin', 'dispatcher'];

export const canWriteJobs = (role: Role | null): boolean => role !== null && JOB_WRITERS.includes(role);
