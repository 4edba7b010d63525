import { z } from 'zod';
import { jobActions } from './rules/job-lifecycle';

export * from './rules/job-lifecycle';

export const JobAction = z.enum(jobActions);
export type JobAction = z.infer<typeof JobAction>;
