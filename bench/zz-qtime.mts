import { createDb } from '../server/src/db/create-db';
import { listJobs } from '../server/src/modules/jobs/jobs-list.repository';
import { JobListQuery } from '../contract';
const times = new Map<string, number[]>();
const h = createDb({ dataDir: process.argv[2]!, log: (e) => { const k = e.query.sql.slice(0, 140); (times.get(k) ?? times.set(k, []).get(k)!).push(e.queryDurationMillis); } });
const q = JobListQuery.parse({ limit: '50' });
for (let i = 0; i < 50; i++) await listJobs(h.db, q);
const t0 = performance.now(); for (let i = 0; i < 50; i++) await listJobs(h.db, q); console.log('listJobs avg ms', ((performance.now() - t0) / 50).toFixed(2));
for (const [k, v] of times) { v.sort((a,b)=>a-b); console.log(v[Math.floor(v.length/2)].toFixed(3), 'ms', k); }
await h.close();
