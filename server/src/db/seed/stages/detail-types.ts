import type { Catalog, ContactRef, CustomerRef, Depots, InstalledUnit, JobTypeRef, People, Person, SeedContext, SerialNumbers } from '../context';
import type { Lang } from '../data/phrases';
import type { photo } from '../../../../../demo/png';

// The shapes job-details.ts hands to job-items.ts and reserves.ts, apart so that neither imports it back.

/** Everything the report of one job is built from. */
export interface DetailedJob {
  id: string;
  type: JobTypeRef;
  customer: CustomerRef;
  siteId: string;
  contact: ContactRef;
  manager: Person;
  auxiliaries: Person[];
  lang: Lang;
  startedAt: number;
  /** End of work; for a job still under way, the moment the data stops (now or the pause). */
  endedAt: number;
  /** Equipment make named in the description (the installed boiler's when there is one). */
  brand: string;
  /** Returned to the manager (completed or validated): full report. Otherwise the first family only. */
  returned: boolean;
}

export interface DetailShared {
  ctx: SeedContext;
  people: People;
  catalog: Catalog;
  depots: Depots;
  serials: SerialNumbers;
  installed: Map<string, InstalledUnit[]>;
  signatures: string[];
  /** Site photos drawn once and picked per attachment: drawing one per photo cost ~15 s of a seed. */
  photos: ReturnType<typeof photo>[];
  /** Reserves made so far: the first three take the three statuses, so each one shows up. */
  reserveCount: { value: number };
}
