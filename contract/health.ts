import { z } from 'zod';

export const HealthStatus = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
});
export type HealthStatus = z.infer<typeof HealthStatus>;
