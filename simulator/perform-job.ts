import type {
  AnswerMap,
  FieldCatalog,
  FieldJobDetail,
  FieldItemChange,
  FieldTakeBackChange,
  InstalledUnitsBySite,
  TakeBackCheck,
  TemplateField,
  TakeBackStatus,
} from '@contract';
import { photo, signatureDataUrl } from '../demo/png';
import type { Rng } from '../demo/random';
import { firstMandatory, nextFieldsToAnswer, plausibleValue } from './answers';
import { duplicateJob } from './duplicate-job';
import { FieldApiError, type FieldClient } from './field-client';

export interface JobTally {
  answers: number;
  reserves: number;
  photos: number;
  barcodes: number;
  signatures: number;
  items: number;
  takeBacks: Record<TakeBackStatus, number>;
  /** Take-backs of a serial recorded at another customer: accepted, flagged for the office (issue 14 §1). */
  takeBacksRecordedElsewhere: number;
  earlyEndsRefused: number;
  pauses: number;
  /** Jobs duplicated to the pool (source, step 1.2), and duplicates refused because the setting is off. */
  duplicates: number;
  duplicatesRefused: number;
}

export const emptyTally = (): JobTally => ({
  answers: 0,
  reserves: 0,
  photos: 0,
  barcodes: 0,
  signatures: 0,
  items: 0,
  takeBacks: { ok: 0, needs_repair: 0, obsolete: 0 },
  takeBacksRecordedElsewhere: 0,
  earlyEndsRefused: 0,
  pauses: 0,
  duplicates: 0,
  duplicatesRefused: 0,
});

export interface PerformOptions {
  client: FieldClient;
  rng: Rng;
  technicianName: string;
  /** Waits between steps, already divided by the speed. */
  think: () => Promise<void>;
  /** Try to end before the report is complete (and expect the 422). */
  tryEarlyEnd: boolean;
  /** Duplicate the job first (source, step 1.2). */
  duplicateFirst: boolean;
  /** Which take-back status to use, so a run covers all three. */
  takeBackStatus: TakeBackStatus;
  /**
   * Take back a part the records put at another customer (issue 14 §1): the serial is read off a
   * unit installed at one of these jobs' customers (the technician's other jobs), not this one's.
   */
  takeBackFromElsewhere?: { id: string; customerName: string }[];
  tally: JobTally;
}

const RESERVE_NOTES = [
  'Fuite légère constatée au raccord, à reprendre.',
  'Pressure slightly below the recommended range.',
  'Pièce d’usure à remplacer lors de la prochaine visite.',
  'Access to the unit is obstructed; customer informed.',
];

/**
 * One job as a technician performs it in the source document: open it (maybe duplicate it),
 * acknowledge receipt (synchronized), start (a second tap repeats the start), fill the report
 * family by family with a pause in the middle, maybe raise a reserve, add photos and a barcode,
 * parts and a take-back, try to end too early once, sign, then end. Only the job manager calls this (auxiliaries cannot end).
 */
export async function performJob(jobId: string, options: PerformOptions): Promise<void> {
  const { client, rng, tally, think } = options;
  let job = await client.get<FieldJobDetail>(`/jobs/${jobId}`);
  if (options.duplicateFirst) await duplicateJob(jobId, options);
  // Reading changes nothing (GET is safe): the app says it has the job, as a real app does after a download.
  await client.write('POST', `/jobs/${jobId}/received`);
  await client.write('POST', `/jobs/${jobId}/start`);
  if (rng.chance(0.3)) await client.write('POST', `/jobs/${jobId}/start`); // the double tap: harmless
  await think();

  const definition = job.template?.definition ?? { families: [] };
  const answers: AnswerMap = {};
  // Leave one mandatory field for last, so that an early end has something to refuse.
  const heldBack = options.tryEarlyEnd ? firstMandatory(definition, answers) : null;
  const skip = new Set<string>(heldBack ? [heldBack.id] : []);
  let answeredSincePause = 0;
  let paused = false;
  for (let pending = nextFieldsToAnswer(definition, answers, skip); pending.length > 0; pending = nextFieldsToAnswer(definition, answers, skip)) {
    for (const field of pending) {
      const value = await valueFor(field, options, jobId);
      if (value === undefined) {
        skip.add(field.id);
        continue;
      }
      await client.write('PUT', `/jobs/${jobId}/answers/${field.id}`, { value });
      answers[field.id] = value;
      tally.answers++;
      if (field.reservesAllowed !== false && rng.chance(0.05)) await raiseReserve(jobId, field, options);
      if (!paused && ++answeredSincePause >= 4 && rng.chance(0.4)) {
        await client.write('POST', `/jobs/${jobId}/pause`);
        tally.pauses++;
        await think();
        await client.write('POST', `/jobs/${jobId}/resume`);
        paused = true;
      }
      await think();
    }
  }

  await addAttachments(jobId, options);
  await addParts(jobId, options);
  if (!(options.takeBackFromElsewhere && (await takeBackFromElsewhere(job, options.takeBackFromElsewhere, options)))) await takeBack(jobId, options);

  if (heldBack) {
    try {
      await client.write('POST', `/jobs/${jobId}/end`);
      throw new Error(`${job.number}: the end was accepted with "${heldBack.label}" unanswered`);
    } catch (error) {
      if (!(error instanceof FieldApiError) || error.code !== 'mandatory_fields_missing') throw error;
      tally.earlyEndsRefused++;
    }
    skip.delete(heldBack.id);
    const value = await valueFor(heldBack, options, jobId);
    if (value !== undefined) {
      await client.write('PUT', `/jobs/${jobId}/answers/${heldBack.id}`, { value });
      answers[heldBack.id] = value;
      tally.answers++;
    }
    // It may have revealed conditional fields.
    for (const field of nextFieldsToAnswer(definition, answers, new Set())) {
      const more = await valueFor(field, options, jobId);
      if (more === undefined) continue;
      await client.write('PUT', `/jobs/${jobId}/answers/${field.id}`, { value: more });
      answers[field.id] = more;
      tally.answers++;
    }
  }

  job = await client.get<FieldJobDetail>(`/jobs/${jobId}`);
  const customerName = job.contact?.name ?? job.customer.name;
  await client.write('PUT', `/jobs/${jobId}/signatures/customer`, { signerName: customerName, image: signatureDataUrl(rng) });
  await client.write('PUT', `/jobs/${jobId}/signatures/technician`, { signerName: options.technicianName, image: signatureDataUrl(rng) });
  tally.signatures += 2;
  await think();
  await client.write('POST', `/jobs/${jobId}/end`);
}

/** A value for the field, uploading what it needs first (a photo, a signature image). */
async function valueFor(field: TemplateField, options: PerformOptions, jobId: string): Promise<unknown> {
  const { rng } = options;
  if (field.type === 'photo') {
    const id = await uploadPhoto(jobId, options, field.label);
    return [id];
  }
  if (field.type === 'signature') return { signerName: options.technicianName, image: signatureDataUrl(rng) };
  return plausibleValue(field, rng, new Date());
}

async function uploadPhoto(jobId: string, options: PerformOptions, description: string): Promise<string> {
  const form = new FormData();
  form.set('kind', 'photo');
  form.set('description', description.slice(0, 500));
  form.set('file', new Blob([new Uint8Array(photo(options.rng).png)], { type: 'image/png' }), 'photo.png');
  const created = await options.client.write<{ id: string }>('POST', `/jobs/${jobId}/attachments`, form);
  options.tally.photos++;
  return created.id;
}

async function raiseReserve(jobId: string, field: TemplateField, options: PerformOptions): Promise<void> {
  const status = options.rng.weighted([
    ['unresolved', 70],
    ['resolved', 20],
    ['compliant', 10],
  ] as const);
  await options.client.write('POST', `/jobs/${jobId}/reserves`, { fieldId: field.id, status, description: options.rng.pick(RESERVE_NOTES) });
  options.tally.reserves++;
}

async function addAttachments(jobId: string, options: PerformOptions): Promise<void> {
  const { rng, client, tally } = options;
  if (rng.chance(0.6)) await uploadPhoto(jobId, options, 'Vue d’ensemble / overview');
  if (rng.chance(0.5)) {
    await client.write('POST', `/jobs/${jobId}/attachments`, {
      kind: 'barcode',
      value: `0${rng.int(100000000000, 999999999999)}`,
      format: 'EAN_13',
      description: 'Plaque signalétique / rating plate',
    });
    tally.barcodes++;
  }
}

/** A service line, and a serialized part from the van when there is one. */
async function addParts(jobId: string, options: PerformOptions): Promise<void> {
  const { client, rng, tally } = options;
  const services = await client.get<FieldCatalog>('/catalog?kind=service&limit=20');
  if (services.items.items.length > 0) {
    await client.write<FieldItemChange>('POST', `/jobs/${jobId}/items`, { itemId: rng.pick(services.items.items).id, quantity: 1 });
    tally.items++;
  }
  const parts = await client.get<FieldCatalog>('/catalog?kind=part&limit=100');
  const inVan = parts.items.items.filter((i) => i.isSerialized && (i.okSerials?.length ?? 0) > 0);
  if (inVan.length > 0 && rng.chance(0.5)) {
    const item = rng.pick(inVan);
    try {
      await client.write('POST', `/jobs/${jobId}/items`, { itemId: item.id, quantity: 1, serial: rng.pick(item.okSerials!) });
      tally.items++;
    } catch (error) {
      // Another technician's job may have taken the same unit meanwhile: the app would show the error.
      if (!(error instanceof FieldApiError) || error.status !== 422) throw error;
    }
  }
}

/**
 * Issue 14 §1: the serial on the part is one the records put at another customer. The check says
 * so (never which customer) and fills the part in; the take-back is accepted, flagged for the
 * office. False when none of the other customers has a unit to read (the usual take-back then).
 */
async function takeBackFromElsewhere(job: FieldJobDetail, others: { id: string; customerName: string }[], options: PerformOptions): Promise<boolean> {
  const { client, rng, tally } = options;
  const here = new Set((await client.get<InstalledUnitsBySite>(`/jobs/${job.id}/installed-units`)).sites.flatMap((s) => s.units.map((u) => u.serial)));
  for (const other of others.filter((o) => o.customerName !== job.customer.name)) {
    const units = (await client.get<InstalledUnitsBySite>(`/jobs/${other.id}/installed-units`)).sites.flatMap((s) => s.units).filter((u) => !here.has(u.serial));
    if (units.length === 0) continue;
    const serial = rng.pick(units).serial;
    const check = await client.write<TakeBackCheck>('POST', `/jobs/${job.id}/take-backs/check`, { serial });
    // Installed at another customer when listed; another technician may have moved it to a depot since.
    if ((check.recordedAt !== 'another_customer' && check.recordedAt !== 'depot') || !check.item) continue;
    try {
      const added = await client.write<FieldTakeBackChange>('POST', `/jobs/${job.id}/take-backs`, { serial, itemId: check.item.id, status: options.takeBackStatus });
      if (!added.takeBack.recordedElsewhere) throw new Error(`${job.number}: the take-back of ${serial} was not flagged for the office`);
    } catch (error) {
      // Another technician's job may be taking the same unit back: the app shows the error, the technician picks another.
      if (!(error instanceof FieldApiError) || error.code !== 'serial_already_taken_back') throw error;
      continue;
    }
    tally.takeBacks[options.takeBackStatus]++;
    tally.takeBacksRecordedElsewhere++;
    return true;
  }
  return false;
}

/**
 * Step 6 of the source: type a serial, check it; found → item filled in; not found → pick a family
 * among the customer's, then an item; choose the status; confirm.
 */
async function takeBack(jobId: string, options: PerformOptions): Promise<void> {
  const { client, rng, tally } = options;
  // The technician reads the serial off the equipment: one installed here, or now and then one we never recorded.
  const installed = (await client.get<InstalledUnitsBySite>(`/jobs/${jobId}/installed-units`)).sites.flatMap((s) => s.units);
  const serial = installed.length > 0 && rng.chance(0.7) ? rng.pick(installed).serial : `TB-${rng.int(10_000_000, 99_999_999)}`;
  const check = await client.write<TakeBackCheck>('POST', `/jobs/${jobId}/take-backs/check`, { serial });
  let itemId: string | undefined = check.item?.id;
  if (!check.found) {
    const families = check.customerFamilies.filter((f) => f.items.length > 0);
    if (families.length === 0) return; // nothing was ever installed here: nothing to take back
    itemId = rng.pick(rng.pick(families).items).id;
  }
  if (!itemId) return;
  await client.write('POST', `/jobs/${jobId}/take-backs`, { serial, itemId, status: options.takeBackStatus });
  tally.takeBacks[options.takeBackStatus]++;
}
