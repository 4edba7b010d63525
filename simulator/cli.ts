import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { runSimulation, type SimulationSummary } from './simulation';

const USAGE = `Usage: npm run simulate -- [--technicians 10] [--jobs 50] [--url http://127.0.0.1:3000] [--speed 10]
  Demo technicians (tech01… signed in with the demo password) perform their next scheduled jobs
  over HTTP, as their apps would. --speed 1 is a technician's pace, 10 ten times faster, 0 no waiting.`;

function numberOption(value: string | undefined, fallback: number, name: string, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) {
    console.error(`--${name} must be a number ≥ ${min} (got "${value}")\n\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

const { values } = parseArgs({
  options: {
    technicians: { type: 'string' },
    jobs: { type: 'string' },
    url: { type: 'string' },
    speed: { type: 'string' },
    seed: { type: 'string' },
    password: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const url = (values.url ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
const technicians = numberOption(values.technicians, 10, 'technicians', 1);
const jobs = numberOption(values.jobs, 50, 'jobs', 1);
const bar = new SingleBar({ format: 'jobs {bar} {value}/{total} | {duration}s', hideCursor: true }, Presets.shades_classic);
console.log(`Simulating ${technicians} technicians performing up to ${jobs} jobs on ${url}…`);
let started = false;

try {
  const summary = await runSimulation({
    url,
    technicians,
    jobs,
    speed: numberOption(values.speed, 10, 'speed', 0),
    seed: numberOption(values.seed, 42, 'seed', 0),
    password: values.password ?? 'fielddesk-demo',
    retryRate: 0.1,
    onJobDone: (done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
  });
  if (started) bar.stop();
  printSummary(summary);
  process.exit(summary.failures.length > 0 || summary.http.retryMismatches > 0 ? 1 : 0);
} catch (error) {
  if (started) bar.stop();
  console.error(`The simulation could not run: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Is the server running (npm start) at that address, with the demo data?');
  process.exit(1);
}

function printSummary(s: SimulationSummary): void {
  const t = s.tally;
  console.log(`
Summary (${s.seconds} s)
  technicians           ${s.technicians}
  jobs ended            ${s.jobsEnded} of ${s.jobsPlanned}
  answers               ${t.answers}
  pauses                ${t.pauses}
  reserves raised       ${t.reserves}
  photos / barcodes     ${t.photos} / ${t.barcodes}
  signatures            ${t.signatures}
  parts & services      ${t.items}
  take-backs            ok ${t.takeBacks.ok}, needs repair ${t.takeBacks.needs_repair}, obsolete ${t.takeBacks.obsolete} (${t.takeBacksRecordedElsewhere} recorded at another customer: flagged for the office)
  early ends refused    ${t.earlyEndsRefused} (422, mandatory fields missing)
  jobs duplicated       ${t.duplicates} to the pool${t.duplicatesRefused > 0 ? ` (${t.duplicatesRefused} refused: job creation in the app is off)` : ''}
  HTTP requests         ${s.http.requests} (${s.http.retries} retried with the same key, ${s.http.retryMismatches} different answers)`);
  for (const f of s.failures) console.log(`  FAILED ${f.job}: ${f.error}`);
}
