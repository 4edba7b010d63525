import type { DetailedJob, DetailShared } from './detail-types';
import { addItems, type ItemsResult } from './job-items';
import { addReserves } from './reserves';
import { answerComment, answerValue, conditionHolds, type AnswerFacts } from '../answer-values';
import { MINUTE, iso } from '../clock';
import { leakPhotoDescriptions, photoDescriptions, type Lang } from '../data/phrases';

export interface DetailResult {
  openReserves: number;
  totalExclTaxCents: number;
}

const TIME_ZONES: Record<Lang, string> = { fr: 'Europe/Paris', en: 'Europe/London' };

export function addJobDetails(shared: DetailShared, job: DetailedJob): DetailResult {
  const { ctx } = shared;
  const { rng } = ctx;
  const span = Math.max(MINUTE, job.endedAt - job.startedAt);
  const at = (fraction: number) => Math.round((job.startedAt + span * fraction) / 1000) * 1000;

  const units: ItemsResult = job.returned ? addItems(shared, job) : { total: 0, installedSerial: null, installedItem: null };
  const boilerUnit = shared.installed.get(job.customer.id)?.find((u) => u.item.familyName.startsWith('Chaudières'));
  const leakFound = job.returned && rng.chance(0.08);
  const template = job.type.template;

  const photos = new Map<string, string[]>();
  const answers = new Map<string, unknown>();
  const facts: AnswerFacts = {
    rng,
    lang: job.lang,
    timeZone: TIME_ZONES[job.customer.lang],
    startedAt: job.startedAt,
    endedAt: job.endedAt,
    brand: job.brand,
    boilerSerial: boilerUnit?.serial ?? shared.serials.make(rng.pick(shared.catalog.boilers), new Date(job.startedAt).getUTCFullYear() - rng.int(1, 12)),
    outdoorSerial: units.installedSerial ?? shared.serials.make(rng.pick(shared.catalog.airConditioners), new Date(job.startedAt).getUTCFullYear()),
    indoorSerial: shared.serials.make(units.installedItem ?? rng.pick(shared.catalog.airConditioners), new Date(job.startedAt).getUTCFullYear()),
    signerName: job.contact.name,
    signature: rng.pick(shared.signatures),
    photos,
    leakFound,
  };

  const firstFamily = new Set(template.definition.families[0].fields.map((f) => f.id));
  const fields = job.returned ? template.fields : template.fields.filter((f) => firstFamily.has(f.id));
  fields.forEach((field, index) => {
    if (!conditionHolds(field.visibleWhen, answers)) return;
    const mandatory = field.mandatory || (field.mandatoryWhen !== undefined && conditionHolds(field.mandatoryWhen, answers));
    if (!mandatory && !rng.chance(0.75)) return;
    const answeredAt = at((index + 1) / (fields.length + 2));
    const answeredBy = job.auxiliaries.length > 0 && rng.chance(0.2) ? job.auxiliaries[0] : job.manager;
    if (field.type === 'photo') {
      const leak = field.id.includes('leak');
      photos.set(field.id, addPhotos(shared, job, rng.int(1, 2), answeredAt, leak));
    }
    const value = answerValue(field, facts);
    answers.set(field.id, value);
    ctx.writer.add('reportAnswers', {
      id: ctx.ids.next(),
      jobId: job.id,
      fieldId: field.id,
      value: JSON.stringify(value),
      comment: answerComment(field, rng, job.lang),
      answeredBy: answeredBy.id,
      answeredAt: iso(answeredAt),
      version: 1,
    });
  });

  if (!job.returned) return { openReserves: 0, totalExclTaxCents: 0 };

  const extraPhotos = rng.weighted([[0, 45], [1, 40], [2, 15]] as const);
  addPhotos(shared, job, extraPhotos, at(0.3), false);
  if (rng.chance(0.3)) addBarcode(shared, job, units.installedSerial ?? boilerUnit?.serial ?? null, at(0.2));
  addSignatures(shared, job);
  const openReserves = rng.chance(0.08) ? addReserves(shared, job, answers, at(0.6)) : 0;
  return { openReserves, totalExclTaxCents: units.total };
}

function addPhotos(shared: DetailShared, job: DetailedJob, count: number, around: number, leak: boolean): string[] {
  const { ctx } = shared;
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const { rng } = ctx;
    const image = rng.pick(shared.photos);
    const id = ctx.ids.next();
    const takenAt = around + n * rng.int(1, 4) * MINUTE;
    const stamp = iso(takenAt).replace(/[-:]/g, '').slice(0, 15).replace('T', '_');
    ctx.writer.add('attachments', {
      id,
      jobId: job.id,
      kind: 'photo',
      description: rng.pick((leak ? leakPhotoDescriptions : photoDescriptions)[job.lang]),
      barcodeValue: null,
      barcodeFormat: null,
      fileName: `IMG_${stamp}.png`,
      contentType: 'image/png',
      sizeBytes: image.png.length,
      width: image.width,
      height: image.height,
      visibleToTechnician: 1,
      createdBy: job.manager.id,
      createdAt: iso(takenAt),
    });
    ctx.writer.add('attachmentContents', { attachmentId: id, content: image.png, thumbnail: image.thumbnail });
    ids.push(id);
  }
  return ids;
}

function addBarcode(shared: DetailShared, job: DetailedJob, serial: string | null, at: number): void {
  const { ctx } = shared;
  const ean = ean13(ctx.rng.digits(12));
  ctx.writer.add('attachments', {
    id: ctx.ids.next(),
    jobId: job.id,
    kind: 'barcode',
    description: serial ? (job.lang === 'fr' ? 'Plaque signalétique' : 'Rating plate') : job.lang === 'fr' ? 'Étiquette de la pièce' : 'Part label',
    barcodeValue: serial ?? ean,
    barcodeFormat: serial ? 'CODE_128' : 'EAN_13',
    fileName: null,
    contentType: null,
    sizeBytes: null,
    width: null,
    height: null,
    visibleToTechnician: 1,
    createdBy: job.manager.id,
    createdAt: iso(at),
  });
}

function ean13(twelve: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
  return `${twelve}${(10 - (sum % 10)) % 10}`;
}

function addSignatures(shared: DetailShared, job: DetailedJob): void {
  const { ctx } = shared;
  const signedAt = job.endedAt - ctx.rng.int(1, 6) * MINUTE;
  for (const [signer, signerName] of [
    ['customer', job.contact.name],
    ['technician', job.manager.name],
  ] as const) {
    ctx.writer.add('signatures', {
      id: ctx.ids.next(),
      jobId: job.id,
      signer,
      signerName,
      image: ctx.rng.pick(shared.signatures),
      signedBy: job.manager.id,
      signedAt: iso(signedAt),
    });
  }
}
