import { expect, type APIRequestContext } from '@playwright/test';
import type { SessionUser } from '@contract';
import { Rng } from '../../demo/random';
import { FieldClient, signInTechnician } from '../../simulator/field-client';
import { emptyTally, performJob } from '../../simulator/perform-job';
import { now } from './clock';
import { DEMO_PASSWORD } from './demo';
import { consoleApi, createJob, jobBasics, type PlannedJob } from './planning';

const HOUR = 3_600_000;

/**
 * A job that a demo technician was given, performed and returned through the technician API, as
 * the app does (the simulator's steps): the journeys that read a returned job never depend on the seed having one.
 */
export async function aReturnedJob(request: APIRequestContext, baseURL: string, technicianEmail = 'tech03@demo.fielddesk.test'): Promise<PlannedJob> {
  const token = await signInTechnician(baseURL, technicianEmail, DEMO_PASSWORD);
  const rng = new Rng(13);
  const client = new FieldClient(baseURL, token, rng, 0, { requests: 0, retries: 0, retryMismatches: 0 });
  const technician = await client.get<SessionUser>('/me');

  const api = await consoleApi(request);
  const start = Math.floor(now() / HOUR) * HOUR;
  const job = await createJob(api, await jobBasics(api), {
    description: 'Returned job journey: yearly maintenance',
    managerId: technician.id,
    plannedStart: new Date(start).toISOString(),
    plannedEnd: new Date(start + 2 * HOUR).toISOString(),
  });
  await performJob(job.id, {
    client,
    rng,
    technicianName: technician.displayName,
    think: async () => undefined,
    tryEarlyEnd: false,
    duplicateFirst: false,
    takeBackStatus: 'ok',
    tally: emptyTally(),
  });
  const returned = await (await request.get(`/api/jobs/${job.id}`)).json();
  expect(returned.status).toBe('completed');
  return returned;
}
