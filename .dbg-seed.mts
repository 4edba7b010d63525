import { createDb } from './server/src/db/create-db';
import { migrateToLatest } from './server/src/db/migrate';
import { planCalendar, detailCutoff, slots, Planner } from './server/src/db/seed/stages/job-plan';
import { Rng } from './server/src/db/seed/random';
import { referenceNow } from './server/src/db/seed/clock';
const now = referenceNow(new Date());
const cal = planCalendar(300, now);
console.log('calendar', cal.pastCount, cal.futureCount, cal.counts.join(','));
console.log('cutoff', detailCutoff(cal, 7, now));
