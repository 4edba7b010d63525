import type { Kysely } from 'kysely';
import { evaluateReport, type JobReport, type JobStatus, type JobTechnician, type TemplateDefinition } from '@contract';
import type { Database } from '../../db/database';
import { notFound } from '../../shared/errors';
import { EMPTY_DEFINITION, pinnedTemplate, loadJobReport, loadJobTechnicians } from '../job-report';
import { findJobRow } from '../jobs';

/** Photos are embedded at most this many, so one report cannot grow without bound. */
export const MAX_EMBEDDED_PHOTOS = 60;

export interface ReportPdfData {
  number: string;
  status: JobStatus;
  description: string;
  customerName: string;
  site: { name: string; lines: string[] } | null;
  technicians: JobTechnician[];
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  workedSeconds: number;
  currency: string;
  definition: TemplateDefinition;
  /** Field ids the answers' conditions show. */
  visibleFields: Set<string>;
  report: JobReport;
  /** JPEG or PNG bytes by attachment id (thumbnails when there are some). */
  images: Map<string, Buffer>;
}

/** Everything the job report PDF shows, read for one job (404 when there is none). */
export async function loadReportPdfData(db: Kysely<Database>, jobId: string): Promise<ReportPdfData> {
  const job = await findJobRow(db, jobId);
  if (!job) throw notFound('This job');
  const [customer, site, technicians, template, report] = await Promise.all([
    db.selectFrom('customers').select('name').where('id', '=', job.customerId).executeTakeFirstOrThrow(),
    job.siteId ? db.selectFrom('sites').selectAll().where('id', '=', job.siteId).executeTakeFirst() : undefined,
    loadJobTechnicians(db, job.id),
    pinnedTemplate(db, job),
    loadJobReport(db, job),
  ]);
  const definition = template?.definition ?? EMPTY_DEFINITION;
  const answers = Object.fromEntries(report.answers.map((a) => [a.fieldId, a.value]));
  const evaluation = evaluateReport(definition, answers);
  const visibleFields = new Set(Object.entries(evaluation.fields).filter(([, state]) => state.visible).map(([id]) => id));
  return {
    number: job.number,
    status: job.status,
    description: job.description,
    customerName: customer.name,
    site: site
      ? { name: site.name, lines: [site.addressLine1, site.addressLine2, `${site.postalCode} ${site.city}`, site.country].filter((l): l is string => !!l) }
      : null,
    technicians,
    plannedStart: job.plannedStart,
    plannedEnd: job.plannedEnd,
    actualStart: job.actualStart,
    actualEnd: job.actualEnd,
    workedSeconds: Number(job.workedSeconds),
    currency: job.currency,
    definition,
    visibleFields,
    report,
    images: await photoImages(db, report),
  };
}

async function photoImages(db: Kysely<Database>, report: JobReport): Promise<Map<string, Buffer>> {
  const ids = report.attachments
    .filter((a) => a.kind === 'photo')
    .slice(0, MAX_EMBEDDED_PHOTOS)
    .map((a) => a.id);
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('attachmentContents').select(['attachmentId', 'content', 'thumbnail']).where('attachmentId', 'in', ids).execute();
  const images = new Map<string, Buffer>();
  for (const row of rows) {
    const bytes = row.thumbnail ?? row.content;
    if (isJpegOrPng(bytes)) images.set(row.attachmentId, Buffer.from(bytes));
  }
  return images;
}

/** pdfkit embeds JPEG and PNG only (originals may be WebP: their thumbnails are JPEG). */
function isJpegOrPng(bytes: Buffer | Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xd8) || (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47);
}
