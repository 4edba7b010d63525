import type { FieldJobPage, SessionUser, TakeBackStatus } from '@contract';
import { Rng } from '../demo/random';
import { FieldClient, signInTechnician, type ClientStats } from './field-client';
import { emptyTally, performJob, type JobTally } from './perform-job';

export interface SimulationOptions {
  url: string;
  technicians: number;
  jobs: number;
  /** 1 = a technician's pace (seconds between taps); 10 = ten times faster; 0 = no waiting at all. */
  speed: number;
  password: string;
  seed: number;
  /** Share of writes sent twice with the same Idempotency-Key. */
  retryRate: number;
  onJobDone?: (done: number, total: number) => void;
}

export interface SimulationSummary {
  technicians: number;
  jobsPlanned: number;
  jobsEnded: number;
  failures: { job: string; error: string }[];
  tally: JobTally;
  http: ClientStats;
  seconds: number;
}

const TAKE_BACK_STATUSES: readonly TakeBackStatus[] = ['ok', 'needs_repair', 'obsolete'];
const demoTechnician = (n: number) => `tech${String(n).padStart(2, '0')}@demo.fielddesk.test`;

/**
 * Demo technicians perform their next scheduled jobs over HTTP, each on their own, all at once,
 * as real apps would. The first job of the run is duplicated to the pool first, and tries to end
 * too early (and must get the 422).
 */
export async function runSimulation(options: SimulationOptions): Promise<SimulationSummary> {
  const started = Date.now();
  const rng = new Rng(options.seed);
  const http: ClientStats = { requests: 0, retries: 0, retryMismatches: 0 };
  const tally = emptyTally();
  const failures: SimulationSummary['failures'] = [];

  const crews = await Promise.all(
    Array.from({ length: options.technicians }, async (_, i) => {
      const email = demoTechnician(i + 1);
      const token = await signInTechnician(options.url, email, options.password);
      const client = new FieldClient(options.url, token, new Rng(options.seed + i + 1), options.retryRate, http);
      const me = await client.get<SessionUser>('/me');
      const page = await client.get<FieldJobPage>('/jobs?limit=100&status=scheduled&status=synchronized');
      const own = page.items.filter((j) => j.myRole === 'manager').sort((a, b) => (a.plannedStart ?? '').localeCompare(b.plannedStart ?? ''));
      // Every job the technician can open, with its customer: where a part recorded at another customer can be read off (issue 14 §1).
      const known = page.items.map((j) => ({ id: j.id, customerName: j.customerName }));
      return { client, name: me.displayName, queue: own.map((j) => ({ id: j.id, number: j.number, customerName: j.customerName })), known };
    }),
  );

  // Deal the jobs round-robin so every technician works, up to the number asked for.
  const plan = crews.map(() => [] as { id: string; number: string; customerName: string }[]);
  let planned = 0;
  for (let round = 0; planned < options.jobs; round++) {
    let dealt = false;
    crews.forEach((crew, i) => {
      if (planned < options.jobs && crew.queue[round]) {
        plan[i].push(crew.queue[round]);
        planned++;
        dealt = true;
      }
    });
    if (!dealt) break;
  }

  // One job of the run takes back a part the records put at another customer (issue 14 §1): the first
  // whose technician also has a job at another customer, to read a recorded serial off.
  const elsewhereJobId = plan
    .flatMap((jobs, i) => jobs.map((job) => ({ job, crew: crews[i]! })))
    .find(({ job, crew }) => crew.known.some((k) => k.customerName !== job.customerName))?.job.id;

  let done = 0;
  let jobIndex = 0;
  const think = async () => {
    if (options.speed <= 0) return;
    const ms = rng.int(2_000, 8_000) / options.speed;
    await new Promise((resolve) => setTimeout(resolve, ms));
  };
  await Promise.all(
    crews.map(async (crew, i) => {
      for (const job of plan[i]) {
        const index = jobIndex++;
        try {
          await performJob(job.id, {
            client: crew.client,
            rng,
            technicianName: crew.name,
            think,
            tryEarlyEnd: index === 0,
            duplicateFirst: index === 0,
            takeBackStatus: TAKE_BACK_STATUSES[index % TAKE_BACK_STATUSES.length],
            takeBackFromElsewhere: job.id === elsewhereJobId ? crew.known : undefined,
            tally,
          });
        } catch (error) {
          failures.push({ job: job.number, error: error instanceof Error ? error.message : String(error) });
        }
        options.onJobDone?.(++done, planned);
      }
    }),
  );

  return {
    technicians: crews.length,
    jobsPlanned: planned,
    jobsEnded: planned - failures.length,
    failures,
    tally,
    http,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}
