import type { Kysely, SelectQueryBuilder } from 'kysely';
import { countedAnswers, fromMilli, jobTotals, type JobAnswer, type TemplateDefinition, type JobEvent, type JobItemLine, type JobReport, type JobTakeBack, type JobTechnician, type TakeBackDiscrepancy } from '@contract';
import type { Database } from '../../db/database';
import { attachmentRows, toAttachment } from '../attachments';
import { pinnedTemplate, withExistingPhotos } from './pinned-template.repository';

/**
 * Everything technicians produced on a job, in the shapes of contract/job-report.ts. Shared by the
 * console's job page and review and by the technician API's job detail (`forTechnician` hides the
 * office's private documents, and keeps the answers a condition hides: see countedAnswers).
 */
export async function loadJobReport(
  db: Kysely<Database>,
  job: { id: string; currency: string; templateId: string | null; templateVersion: number | null },
  options: { forTechnician?: boolean } = {},
): Promise<JobReport> {
  const [answers, reserves, attachments, signatures, items, takeBacks, template] = await Promise.all([
    answerRows(db).where('reportAnswers.jobId', '=', job.id).execute(),
    reserveRows(db).where('reserves.jobId', '=', job.id).orderBy('reserves.raisedAt').execute(),
    (() => {
      let q = attachmentRows(db).where('attachments.jobId', '=', job.id);
      if (options.forTechnician) q = q.where('attachments.visibleToTechnician', '=', 1);
      return q.orderBy('attachments.createdAt').orderBy('attachments.id').execute();
    })(),
    db
      .selectFrom('signatures')
      .select(['signer', 'signerName', 'image', 'signedBy', 'signedAt'])
      .where('jobId', '=', job.id)
      .orderBy('signer')
      .execute(),
    itemLineRows(db).where('jobItems.jobId', '=', job.id).orderBy('jobItems.createdAt').orderBy('jobItems.id').execute(),
    takeBackRows(db).where('takeBacks.jobId', '=', job.id).orderBy('takeBacks.createdAt').orderBy('takeBacks.id').execute(),
    // The app keeps a hidden answer to bring it back when its condition holds again; every other reader gets the counted ones.
    options.forTechnician ? undefined : pinnedTemplate(db, job),
  ]);

  const itemLines = items.map(toItemLine);
  return {
    answers: template ? readableAnswers(template.definition, answers.map(toAnswer), attachments) : answers.map(toAnswer),
    reserves,
    attachments: attachments.map(toAttachment),
    signatures,
    items: itemLines,
    takeBacks: takeBacks.map(options.forTechnician ? toTakeBack : toOfficeTakeBack),
    totals: jobTotals(itemLines, job.currency),
  };
}

/** What the office and the customer read: the answers that count (countedAnswers), never naming a photo that is gone. */
function readableAnswers(definition: TemplateDefinition, answers: JobAnswer[], attachments: { id: string; kind: string }[]): JobAnswer[] {
  const photos = new Set(attachments.filter((a) => a.kind === 'photo').map((a) => a.id));
  return withExistingPhotos(definition, countedAnswers(definition, answers), photos);
}

/** A job's answers with who answered: filter them (job, field), then map with toAnswer. */
export function answerRows(db: Kysely<Database>) {
  return db
    .selectFrom('reportAnswers')
    .leftJoin('users', 'users.id', 'reportAnswers.answeredBy')
    .select([
      'reportAnswers.fieldId',
      'reportAnswers.value',
      'reportAnswers.comment',
      'reportAnswers.answeredBy',
      'users.displayName as answeredByName',
      'reportAnswers.answeredAt',
    ]);
}

type AnswerRow = Awaited<ReturnType<ReturnType<typeof answerRows>['execute']>>[number];

export const toAnswer = (row: AnswerRow): JobAnswer => ({ ...row, value: JSON.parse(row.value) as unknown });

/**
 * A query of reserves with what every list of reserves shows (the job's report, the triage grid):
 * the field it is about, its state, and who raised it (joined as `raiser`).
 */
export function withReserveColumns(reserves: SelectQueryBuilder<Database, 'reserves', object>) {
  return reserves
    .innerJoin('users as raiser', 'raiser.id', 'reserves.raisedBy')
    .select([
      'reserves.id',
      'reserves.fieldId',
      'reserves.familyLabel',
      'reserves.fieldLabel',
      'reserves.status',
      'reserves.description',
      'raiser.displayName as raisedByName',
      'reserves.raisedAt',
      'reserves.assigneeId',
      'reserves.updatedAt',
      'reserves.version',
    ]);
}

/** A job's reserves as its report lists them (JobReserve): filter and order them. */
export function reserveRows(db: Kysely<Database>) {
  return withReserveColumns(db.selectFrom('reserves')).select('reserves.raisedBy');
}

/** The rows of a job that name a catalog item by `itemId`: its parts and services, its take-backs. */
type ItemNamingTable = 'jobItems' | 'takeBacks';

/** Such rows with their catalog item (`catalogItems`) and its family (`catalogFamilies`) joined. */
function withItemAndFamily<T extends ItemNamingTable>(db: Kysely<Database>, table: T) {
  // Kysely cannot follow a table name that is a type parameter; the signature keeps callers typed.
  const joined = db
    .selectFrom(table as 'jobItems')
    .innerJoin('catalogItems', 'catalogItems.id', `${table}.itemId` as 'jobItems.itemId')
    .innerJoin('catalogFamilies', 'catalogFamilies.id', 'catalogItems.familyId');
  return joined as unknown as SelectQueryBuilder<Database, T | 'catalogItems' | 'catalogFamilies', object>;
}

/** Item lines with their catalog item and family: filter and order them, then map with toItemLine. */
export function itemLineRows(db: Kysely<Database>) {
  return withItemAndFamily(db, 'jobItems').select([
    'jobItems.id',
    'jobItems.itemId',
    'catalogItems.reference',
    'catalogItems.name',
    'catalogItems.kind',
    'catalogItems.familyId',
    'catalogFamilies.name as familyName',
    'catalogItems.unit',
    'jobItems.quantityMilli',
    'jobItems.shortfallMilli',
    'jobItems.shortfallResolution',
    'jobItems.serial',
    'jobItems.serialUnitId',
    'jobItems.unitPriceCents',
    'jobItems.taxRateBp',
    'jobItems.lineTotalCents',
    'jobItems.createdAt',
  ]);
}

type ItemLineRow = Awaited<ReturnType<ReturnType<typeof itemLineRows>['executeTakeFirstOrThrow']>>;

/** Numbers as numbers whatever the driver (PostgreSQL answers double precision and bigint as it likes). */
export function toItemLine({ quantityMilli, shortfallMilli, ...row }: ItemLineRow): JobItemLine {
  return {
    ...row,
    quantity: fromMilli(quantityMilli),
    shortfall: fromMilli(shortfallMilli),
    unitPriceCents: Number(row.unitPriceCents),
    taxRateBp: Number(row.taxRateBp),
    lineTotalCents: Number(row.lineTotalCents),
  };
}

/**
 * Take-backs with their catalog item and family, and where a serial recorded elsewhere was recorded:
 * filter and order them, then map with toTakeBack (technician) or toOfficeTakeBack.
 */
export function takeBackRows(db: Kysely<Database>) {
  return withItemAndFamily(db, 'takeBacks')
    .leftJoin('customers as recordedCustomer', 'recordedCustomer.id', 'takeBacks.recordedCustomerId')
    .leftJoin('depots as recordedDepot', 'recordedDepot.id', 'takeBacks.recordedDepotId')
    .leftJoin('users as resolver', 'resolver.id', 'takeBacks.resolvedBy')
    .select([
      'takeBacks.id',
      'takeBacks.serial',
      'takeBacks.serialUnitId',
      'takeBacks.itemId',
      'catalogItems.name as itemName',
      'catalogItems.reference as itemReference',
      'catalogItems.familyId',
      'catalogFamilies.name as familyName',
      'takeBacks.status',
      'takeBacks.wasFound',
      'takeBacks.createdAt',
      'takeBacks.updatedAt',
      'takeBacks.recordedPlace',
      'takeBacks.recordedCustomerId',
      'recordedCustomer.name as recordedCustomerName',
      'takeBacks.recordedDepotId',
      'recordedDepot.name as recordedDepotName',
      'takeBacks.reportedSerial',
      'takeBacks.resolution',
      'takeBacks.resolvedBy',
      'resolver.displayName as resolverName',
      'takeBacks.resolvedAt',
    ]);
}

type TakeBackRow = Awaited<ReturnType<ReturnType<typeof takeBackRows>['executeTakeFirstOrThrow']>>;

/** What the technician reads: only that the office will check a serial recorded elsewhere, never where. */
export function toTakeBack(row: TakeBackRow): JobTakeBack {
  return {
    id: row.id,
    serial: row.serial,
    serialUnitId: row.serialUnitId,
    itemId: row.itemId,
    itemName: row.itemName,
    itemReference: row.itemReference,
    familyId: row.familyId,
    familyName: row.familyName,
    status: row.status,
    wasFound: Number(row.wasFound) === 1,
    recordedElsewhere: row.recordedPlace !== null && row.resolution === null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** What the office reads: the discrepancy too (where the unit was recorded, and the office's answer). */
export function toOfficeTakeBack(row: TakeBackRow): JobTakeBack {
  return { ...toTakeBack(row), discrepancy: toDiscrepancy(row) };
}

function toDiscrepancy(row: TakeBackRow): TakeBackDiscrepancy | null {
  if (row.recordedPlace === null) return null;
  return {
    recordedAt: row.recordedPlace,
    ...(row.recordedCustomerId && row.recordedCustomerName ? { customer: { id: row.recordedCustomerId, name: row.recordedCustomerName } } : {}),
    ...(row.recordedDepotId && row.recordedDepotName ? { depot: { id: row.recordedDepotId, name: row.recordedDepotName } } : {}),
    reportedSerial: row.reportedSerial,
    resolution: row.resolution,
    resolvedBy: row.resolvedBy && row.resolverName ? { id: row.resolvedBy, name: row.resolverName } : null,
    resolvedAt: row.resolvedAt,
  };
}

/** The job's technicians, job manager first. */
export async function loadJobTechnicians(db: Kysely<Database>, jobId: string): Promise<JobTechnician[]> {
  const rows = await db
    .selectFrom('jobTechnicians')
    .innerJoin('users', 'users.id', 'jobTechnicians.userId')
    .select(['jobTechnicians.userId', 'users.displayName as name', 'jobTechnicians.role'])
    .where('jobTechnicians.jobId', '=', jobId)
    .execute();
  return rows.sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'manager' ? -1 : 1));
}

/** The job's history, oldest first. */
export async function loadJobEvents(db: Kysely<Database>, jobId: string): Promise<JobEvent[]> {
  const rows = await db
    .selectFrom('jobEvents')
    .leftJoin('users', 'users.id', 'jobEvents.actorId')
    .select([
      'jobEvents.id',
      'jobEvents.type',
      'jobEvents.fromStatus',
      'jobEvents.toStatus',
      'jobEvents.actorId',
      'users.displayName as actorName',
      'jobEvents.source',
      'jobEvents.data',
      'jobEvents.occurredAt',
    ])
    .where('jobEvents.jobId', '=', jobId)
    .orderBy('jobEvents.occurredAt')
    .orderBy('jobEvents.id')
    .execute();
  return rows.map((r) => ({ ...r, data: JSON.parse(r.data) as Record<string, unknown> }));
}
