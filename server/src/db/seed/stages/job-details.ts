import type { Catalog, ContactRef, CustomerRef, Depots, InstalledUnit, ItemRef, JobTypeRef, People, Person, SeedContext, SerialNumbers } from '../context';
import { answerComment, answerValue, conditionHolds, type AnswerFacts } from '../answer-values';
import { DAY, MINUTE, iso } from '../clock';
import { leakPhotoDescriptions, photoDescriptions, reserveComments, reserveDescriptions, type Lang } from '../data/phrases';
import { photo } from '../png';
import { movement } from './stock';

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
  /** Reserves made so far: the first three take the three statuses, so each one shows up. */
  reserveCount: { value: number };
}

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
    brand: boilerUnit ? brandOf(boilerUnit.item) : job.brand,
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

function brandOf(item: ItemRef): string {
  const known = ['Saunier Duval', 'De Dietrich', 'Worcester Bosch', 'Viessmann', 'Vaillant', 'Frisquet', 'Chaffoteaux'];
  return known.find((b) => item.name.startsWith(b)) ?? 'Autre / Other';
}

function addPhotos(shared: DetailShared, job: DetailedJob, count: number, around: number, leak: boolean): string[] {
  const { ctx } = shared;
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const { rng } = ctx;
    const image = photo(rng);
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

/** One reserve (sometimes two) on answered fields; returns how many stay unresolved. */
function addReserves(shared: DetailShared, job: DetailedJob, answers: Map<string, unknown>, raisedAt: number): number {
  const { ctx, people } = shared;
  const { rng } = ctx;
  const candidates = job.type.template.fields.filter((f) => f.reservesAllowed && answers.has(f.id));
  const preferred = candidates.filter((f) => answers.get(f.id) === 'not_compliant' || answers.get(f.id) === true);
  const fields = rng.sample(preferred.length > 0 ? preferred : candidates, rng.chance(0.15) ? 2 : 1);
  let open = 0;
  for (const field of fields) {
    const forced = (['unresolved', 'resolved', 'compliant'] as const)[shared.reserveCount.value++];
    const raisedAs = forced === 'compliant' || (!forced && rng.chance(0.2)) ? 'compliant' : 'unresolved';
    const reserveId = ctx.ids.next();
    const events: { type: string; from: string | null; to: string | null; comment: string | null; data: object; actor: string; at: number }[] = [
      { type: 'raised', from: null, to: raisedAs, comment: null, data: { fieldId: field.id }, actor: job.manager.id, at: raisedAt },
    ];
    let status: 'unresolved' | 'resolved' | 'compliant' = raisedAs;
    let assigneeId: string | null = null;
    let resolvedAt: number | null = null;
    const latest = ctx.now - 30 * MINUTE;
    let t = raisedAt + rng.int(1, 20) * 60 * MINUTE;
    if (status === 'unresolved' && t < latest && (forced !== 'unresolved' || rng.chance(0.5))) {
      assigneeId = people.supervisor.id;
      events.push({ type: 'assigned', from: null, to: null, comment: null, data: { assigneeId }, actor: people.supervisor.id, at: t });
      t += rng.int(2, 96) * 60 * MINUTE;
      const outcome = forced === 'resolved' ? 'resolved' : forced === 'unresolved' ? null : rng.weighted([['resolved', 50], ['compliant', 10], [null, 40]] as const);
      if (outcome) {
        if (t >= latest) t = Math.max(events[events.length - 1].at + MINUTE, latest - rng.int(1, 20) * MINUTE);
        events.push({ type: 'status_changed', from: 'unresolved', to: outcome, comment: rng.pick(reserveComments[job.lang]), data: {}, actor: people.supervisor.id, at: t });
        status = outcome;
        if (outcome === 'resolved') resolvedAt = t;
      } else if (rng.chance(0.5) && t < latest) {
        events.push({ type: 'commented', from: null, to: null, comment: rng.pick(reserveComments[job.lang]), data: {}, actor: people.supervisor.id, at: t });
      }
    }
    ctx.writer.add('reserves', {
      id: reserveId,
      jobId: job.id,
      customerId: job.customer.id,
      templateId: job.type.template.id,
      fieldId: field.id,
      fieldLabel: field.label,
      familyLabel: field.familyLabel,
      status,
      description: rng.pick(reserveDescriptions[job.lang]),
      raisedBy: job.manager.id,
      raisedAt: iso(raisedAt),
      assigneeId,
      followUpJobId: null,
      resolvedAt: resolvedAt === null ? null : iso(resolvedAt),
      updatedAt: iso(events[events.length - 1].at),
      version: events.length,
    });
    for (const e of events) {
      ctx.writer.add('reserveEvents', {
        id: ctx.ids.next(),
        reserveId,
        type: e.type,
        fromStatus: e.from as 'unresolved' | null,
        toStatus: e.to as 'unresolved' | null,
        comment: e.comment,
        data: JSON.stringify(e.data),
        actorId: e.actor,
        occurredAt: iso(e.at),
      });
    }
    if (status === 'unresolved') open++;
  }
  return open;
}

interface ItemsResult {
  total: number;
  installedSerial: string | null;
  installedItem: ItemRef | null;
}

/** Parts and services used, serialized installs and take-backs, with their stock movements. */
function addItems(shared: DetailShared, job: DetailedJob): ItemsResult {
  const { ctx, catalog } = shared;
  const { rng } = ctx;
  const code = job.type.code;
  const lines: { item: ItemRef; quantity: number; unitId?: string; serial?: string }[] = [];
  const workedHours = (job.endedAt - job.startedAt) / 3_600_000;

  if (code === 'maintenance' || code === 'inspection') lines.push({ item: catalog.serviceFlatRates[code], quantity: 1 });
  else lines.push({ item: catalog.labour, quantity: Math.max(0.5, Math.ceil(workedHours * 4) / 4) });
  if (code === 'repair' || code === 'installation') lines.push({ item: catalog.serviceFlatRates[code], quantity: 1 });
  if (rng.chance(0.9)) lines.push({ item: rng.weighted([[catalog.travel[0], 70], [catalog.travel[1], 22], [catalog.travel[2], 8]] as const), quantity: 1 });

  const partCount = { maintenance: rng.int(0, 2), repair: rng.int(1, 3), installation: rng.int(2, 5), inspection: rng.int(0, 1) }[code];
  for (const item of rng.sample(catalog.partsFor[code], partCount)) lines.push({ item, quantity: quantityOf(rng, item) });

  let installedSerial: string | null = null;
  let installedItem: ItemRef | null = null;
  const wantsUnit = code === 'installation' ? rng.chance(0.85) : code === 'repair' && rng.chance(0.2);
  if (wantsUnit) {
    const pool = code === 'installation' ? catalog.airConditioners.filter((i) => i.name.startsWith(job.brand)) : catalog.serializedFor.repair;
    const item = rng.pick(pool.length > 0 ? pool : catalog.airConditioners);
    const unit = installNewUnit(shared, job, item);
    lines.push({ item, quantity: 1, unitId: unit.id, serial: unit.serial });
    installedSerial = unit.serial;
    installedItem = item;
  }
  maybeTakeBack(shared, job);

  let total = 0;
  const addedAt = iso(job.endedAt - rng.int(5, 15) * MINUTE);
  for (const line of lines) {
    const lineTotal = Math.round(line.quantity * line.item.priceCents);
    total += lineTotal;
    ctx.writer.add('jobItems', {
      id: ctx.ids.next(),
      jobId: job.id,
      itemId: line.item.id,
      quantity: line.quantity,
      serialUnitId: line.unitId ?? null,
      serial: line.serial ?? null,
      unitPriceCents: line.item.priceCents,
      taxRateBp: line.item.taxRateBp,
      lineTotalCents: lineTotal,
      addedBy: job.manager.id,
      createdAt: addedAt,
      updatedAt: addedAt,
    });
  }
  return { total, installedSerial, installedItem };
}

function quantityOf(rng: SeedContext['rng'], item: ItemRef): number {
  if (item.unit === 'metre') return rng.int(2, 12);
  if (item.unit === 'kg') return rng.int(5, 25) / 10;
  return rng.chance(0.8) ? 1 : 2;
}

/** A new unit: received at the warehouse, loaded in the manager's van, fitted on this job. */
function installNewUnit(shared: DetailShared, job: DetailedJob, item: ItemRef): { id: string; serial: string } {
  const { ctx, depots, people } = shared;
  const { rng } = ctx;
  const receivedAt = job.startedAt - DAY * rng.int(10, 60);
  const loadedAt = job.startedAt - DAY * rng.int(1, 7);
  const installedAt = Math.max(job.startedAt + MINUTE, job.endedAt - rng.int(15, 40) * MINUTE);
  const van = depots.vanOf.get(job.manager.id) as string;
  const id = ctx.ids.next();
  const serial = shared.serials.make(item, new Date(receivedAt).getUTCFullYear());
  ctx.writer.add('serialUnits', {
    id,
    itemId: item.id,
    serial,
    status: 'installed',
    depotId: null,
    customerId: job.customer.id,
    siteId: job.siteId,
    lastJobId: job.id,
    createdAt: iso(receivedAt),
    updatedAt: iso(installedAt),
    version: 3,
  });
  movement(ctx, { kind: 'receipt', item, unitId: id, to: depots.mainId, actor: people.admin.id, at: receivedAt, status: 'ok' });
  movement(ctx, { kind: 'transfer', item, unitId: id, from: depots.mainId, to: van, actor: people.dispatcher.id, at: loadedAt, status: 'ok' });
  movement(ctx, { kind: 'install', item, unitId: id, from: van, customerId: job.customer.id, jobId: job.id, actor: job.manager.id, at: installedAt, status: 'installed' });
  return { id, serial };
}

/**
 * Installations often replace the old equipment, repairs a faulty controller or meter: the
 * unit leaves the customer for the manager's van (ok, needs repair) or is retired (obsolete).
 */
function maybeTakeBack(shared: DetailShared, job: DetailedJob): void {
  const { ctx, depots } = shared;
  const { rng } = ctx;
  const units = shared.installed.get(job.customer.id);
  if (!units) return;
  const code = job.type.code;
  const unit = units.find((u) => (code === 'installation' ? u.item.equipment : code === 'repair' && !u.item.equipment));
  if (!unit || !rng.chance(code === 'installation' ? 0.35 : 0.25)) return;
  units.splice(units.indexOf(unit), 1);

  const status =
    code === 'installation'
      ? rng.weighted([['obsolete', 55], ['needs_repair', 20], ['ok', 25]] as const)
      : rng.weighted([['needs_repair', 50], ['obsolete', 30], ['ok', 20]] as const);
  const van = depots.vanOf.get(job.manager.id) as string;
  const at = Math.max(job.startedAt + MINUTE, job.endedAt - rng.int(20, 50) * MINUTE);
  const depotId = status === 'obsolete' ? null : van;
  ctx.writer.add('takeBacks', {
    id: ctx.ids.next(),
    jobId: job.id,
    serial: unit.serial,
    serialUnitId: unit.id,
    itemId: unit.item.id,
    status,
    wasFound: 1,
    createdBy: job.manager.id,
    createdAt: iso(at),
    updatedAt: iso(at),
  });
  movement(ctx, {
    kind: 'take_back',
    item: unit.item,
    unitId: unit.id,
    to: depotId,
    customerId: job.customer.id,
    jobId: job.id,
    actor: job.manager.id,
    at,
    status,
    note: status === 'obsolete' ? (job.lang === 'fr' ? 'Retiré définitivement' : 'Retired for good') : null,
  });
  const jobId = job.id;
  ctx.writer.afterInsert(async (trx) => {
    await trx
      .updateTable('serialUnits')
      .set((eb) => ({ status, depotId, customerId: null, siteId: null, lastJobId: jobId, updatedAt: iso(at), version: eb('version', '+', 1) }))
      .where('id', '=', unit.id)
      .execute();
  });
}
