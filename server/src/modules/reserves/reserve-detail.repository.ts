import type { Kysely } from 'kysely';
import type { ReserveDetail, ReserveEvent, ReserveEventType, ReserveFieldAnswer } from '@contract';
import type { Database } from '../../db/database';
import { attachmentRows, toAttachment } from '../attachments';
import { answerRows, pinnedTemplate } from '../job-report';
import { findReserveSummary } from './reserves.repository';

type Db = Kysely<Database>;

/** A reserve's history, oldest first, with who did what (reserve_events_reserve index). */
export async function loadReserveEvents(db: Db, reserveId: string): Promise<ReserveEvent[]> {
  const rows = await db
    .selectFrom('reserveEvents')
    .leftJoin('users as actor', 'actor.id', 'reserveEvents.actorId')
    .select([
      'reserveEvents.id',
      'reserveEvents.type',
      'reserveEvents.fromStatus',
      'reserveEvents.toStatus',
      'reserveEvents.comment',
      'reserveEvents.data',
      'reserveEvents.actorId',
      'actor.displayName as actorName',
      'reserveEvents.occurredAt',
    ])
    .where('reserveEvents.reserveId', '=', reserveId)
    .orderBy('reserveEvents.occurredAt')
    .orderBy('reserveEvents.id')
    .execute();
  const data = rows.map((r) => parseData(r.data));
  const userIds = [...new Set(data.map((d) => d.assigneeId).filter((v): v is string => typeof v === 'string'))];
  const jobIds = [...new Set(data.map((d) => d.followUpJobId).filter((v): v is string => typeof v === 'string'))];
  const names = new Map(
    userIds.length ? (await db.selectFrom('users').select(['id', 'displayName']).where('id', 'in', userIds).execute()).map((u) => [u.id, u.displayName]) : [],
  );
  const numbers = new Map(jobIds.length ? (await db.selectFrom('jobs').select(['id', 'number']).where('id', 'in', jobIds).execute()).map((j) => [j.id, j.number]) : []);
  return rows.map((r, i) => {
    const d = data[i]!;
    const assigneeId = typeof d.assigneeId === 'string' ? d.assigneeId : null;
    const followUpJobId = typeof d.followUpJobId === 'string' ? d.followUpJobId : null;
    return {
      id: r.id,
      type: r.type as ReserveEventType,
      fromStatus: r.fromStatus,
      toStatus: r.toStatus,
      comment: r.comment,
      assigneeId,
      assigneeName: assigneeId ? (names.get(assigneeId) ?? null) : null,
      followUpJobId,
      followUpJobNumber: followUpJobId ? (numbers.get(followUpJobId) ?? null) : null,
      actorId: r.actorId,
      actorName: r.actorName,
      occurredAt: r.occurredAt,
    };
  });
}

function parseData(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The reserve, its field's answer on the job's pinned template, the job's photos and the history. */
export async function loadReserveDetail(db: Db, id: string): Promise<ReserveDetail | undefined> {
  const summary = await findReserveSummary(db, id);
  if (!summary) return undefined;
  const job = await db
    .selectFrom('jobs')
    .select(['id', 'number', 'status', 'templateId', 'templateVersion'])
    .where('id', '=', summary.jobId)
    .executeTakeFirstOrThrow();
  const reserve = await db.selectFrom('reserves').select('followUpJobId').where('id', '=', id).executeTakeFirstOrThrow();
  const [answer, followUpJob, events] = await Promise.all([
    fieldAnswer(db, job, summary.fieldId),
    reserve.followUpJobId ? db.selectFrom('jobs').select(['id', 'number']).where('id', '=', reserve.followUpJobId).executeTakeFirst() : undefined,
    loadReserveEvents(db, id),
  ]);
  const answering = new Set(answer.fieldType === 'photo' && Array.isArray(answer.value) ? (answer.value as unknown[]) : []);
  const photos = (await jobPhotos(db, job.id)).map((p) => ({ ...p, answersField: answering.has(p.id) }));
  // Stable sort: the field's own photos first, then the others in the order they were taken.
  photos.sort((a, b) => Number(b.answersField) - Number(a.answersField));
  return {
    ...summary,
    answer,
    photos,
    followUpJob: followUpJob ?? null,
    job: { id: job.id, number: job.number, status: job.status },
    events,
  };
}

async function fieldAnswer(
  db: Db,
  job: { id: string; templateId: string | null; templateVersion: number | null },
  fieldId: string,
): Promise<ReserveFieldAnswer> {
  const version = await pinnedTemplate(db, job);
  const field = version?.definition.families.flatMap((f) => f.fields).find((f) => f.id === fieldId);
  const row = await answerRows(db)
    .where('reportAnswers.jobId', '=', job.id)
    .where('reportAnswers.fieldId', '=', fieldId)
    .executeTakeFirst();
  return {
    fieldType: field?.type ?? null,
    value: row ? (JSON.parse(row.value) as unknown) : null,
    comment: row?.comment ?? null,
    answeredByName: row?.answeredByName ?? null,
    answeredAt: row?.answeredAt ?? null,
  };
}

async function jobPhotos(db: Db, jobId: string) {
  const rows = await attachmentRows(db)
    .where('attachments.jobId', '=', jobId)
    .where('attachments.kind', '=', 'photo')
    .orderBy('attachments.createdAt')
    .orderBy('attachments.id')
    .execute();
  return rows.map(toAttachment);
}
