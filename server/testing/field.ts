import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { JobStatus, Settings, TemplateDefinition } from '@contract';
import type { DbHandle } from '../src/db/create-db';
import { readSettings, writeSettings } from '../src/modules/settings/settings.repository';
import { aVan } from './depots';
import { aField } from './templates';
import { createUser, fieldToken, type Credentials, type TestApp, type TestUser } from './test-app';

/**
 * The technician API's fixture (issue 7), shared by the field-jobs, field-invoicing and
 * field-media tests: a customer with a site and a contact, a published template with
 * conditions, a job manager and an auxiliary (device tokens, vans), an outsider technician, and
 * a scheduled job of the two. Everything is written straight into the database.
 */

type Db = DbHandle['db'];
const now = () => new Date().toISOString();

/**
 * Checks: `leak` (checkbox) makes `leak-photo` mandatory and shows `leak-cause`.
 * Measures: `pressure` is the one plain mandatory field (0–10 bar); the others cover every type.
 */
export const fieldDefinition = (): TemplateDefinition => ({
  families: [
    {
      id: 'fam-check',
      label: 'Checks',
      fields: [
        aField('leak', { type: 'checkbox', label: 'Leak found?' }),
        aField('leak-photo', { type: 'photo', label: 'Photo of the leak', mandatoryWhen: { fieldId: 'leak', operator: 'is_ticked' } }),
        aField('leak-cause', { label: 'Cause of the leak', visibleWhen: { fieldId: 'leak', operator: 'is_ticked' } }),
      ],
    },
    {
      id: 'fam-measures',
      label: 'Measures',
      fields: [
        aField('pressure', { type: 'number', label: 'Pressure', mandatory: true, min: 0, max: 10, unit: 'bar' }),
        aField('visit-date', { type: 'date', label: 'Date of the last service' }),
        aField('arrival', { type: 'time', label: 'Arrival time' }),
        aField('state', { type: 'choice', label: 'State', options: ['good', 'worn', 'broken'] }),
        aField('checked', { type: 'choice', label: 'Parts checked', multiple: true, options: ['pump', 'valve', 'seal'] }),
        aField('compliance', { type: 'validation', label: 'Compliance' }),
      ],
    },
    {
      id: 'fam-end',
      label: 'Sign-off',
      fields: [
        aField('customer-sign', { type: 'signature', label: 'Customer signature' }),
        aField('notes', { label: 'Notes', commentsAllowed: false }),
      ],
    },
  ],
});

/** Answers for every mandatory field of fieldDefinition() with `leak` unticked. */
export const MANDATORY_ANSWERS = { pressure: 2.5 } as const;

export interface FieldTechnician extends Credentials {
  user: TestUser;
  token: string;
  vanId: string;
}

export interface FieldFixture {
  customerId: string;
  customerName: string;
  siteId: string;
  contactId: string;
  template: { id: string; name: string; version: number; definition: TemplateDefinition };
  /** Job manager of `job`. */
  manager: FieldTechnician;
  /** Auxiliary of `job`. */
  auxiliary: FieldTechnician;
  /** A technician on none of the fixture's jobs. */
  outsider: FieldTechnician;
  /** Scheduled (unless `status` says otherwise), planned today, manager + auxiliary. */
  job: { id: string; number: string };
}

export interface FieldJobOptions {
  status?: JobStatus;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  /** Defaults to the fixture's manager; null for none. */
  managerId?: string | null;
  /** Defaults to the fixture's auxiliary. */
  auxiliaryIds?: string[];
  actualStart?: string | null;
  pausedAt?: string | null;
  workedSeconds?: number;
  updatedAt?: string;
  description?: string;
}

export async function fieldFixture(
  t: TestApp,
  options: { definition?: TemplateDefinition; settings?: Partial<Settings> } & Pick<FieldJobOptions, 'status'> = {},
): Promise<FieldFixture> {
  const { db, app } = t;
  const customerId = crypto.randomUUID();
  const siteId = crypto.randomUUID();
  const contactId = crypto.randomUUID();
  const customerName = 'Boulangerie Étoile';
  const code = `C-F${customerId.slice(0, 6)}`;
  await db
    .insertInto('customers')
    .values({ id: customerId, code, name: customerName, searchName: customerName.toLowerCase(), email: 'contact@etoile.test', phone: '+33 1 23 45 67 89', notes: null, customFields: '{}', createdAt: now(), updatedAt: now(), version: 1 })
    .execute();
  await db
    .insertInto('sites')
    .values({ id: siteId, customerId, name: 'Shop', addressLine1: '12 rue de la Paix', addressLine2: null, postalCode: '75002', city: 'Paris', country: 'FR', latitude: 48.869, longitude: 2.331, accessNotes: 'Back door', createdAt: now(), updatedAt: now() })
    .execute();
  await db
    .insertInto('contacts')
    .values({ id: contactId, customerId, siteId, name: 'Élise Martin', jobTitle: null, phone: '+33 1 23 45 67 80', mobile: '+33 6 12 34 56 78', email: 'elise@etoile.test', isPrimary: 1, createdAt: now(), updatedAt: now() })
    .execute();

  const template = await aPublishedTemplate(db, options.definition ?? fieldDefinition());
  const technician = async (name: string): Promise<FieldTechnician> => {
    const user = await createUser(db, { role: 'technician', displayName: name });
    const credentials = await fieldToken(app, user);
    return { ...credentials, user, vanId: await aVan(db, user.id, `Van of ${name}`) };
  };
  const manager = await technician('Marc Manager');
  const auxiliary = await technician('Alice Auxiliary');
  const outsider = await technician('Oscar Outsider');
  if (options.settings) await setSettings(db, options.settings);

  const fixture: FieldFixture = { customerId, customerName, siteId, contactId, template, manager, auxiliary, outsider, job: { id: '', number: '' } };
  fixture.job = await aFieldJob(db, fixture, { status: options.status ?? 'scheduled' });
  return fixture;
}

export async function aPublishedTemplate(db: Db, definition: TemplateDefinition, name = 'Boiler service') {
  const id = crypto.randomUUID();
  const json = JSON.stringify(definition);
  await db
    .insertInto('reportTemplates')
    .values({ id, name, description: null, status: 'published', draft: json, currentVersion: 1, createdBy: null, updatedBy: null, createdAt: now(), updatedAt: now(), version: 1 })
    .execute();
  await db
    .insertInto('reportTemplateVersions')
    .values({ id: crypto.randomUUID(), templateId: id, versionNumber: 1, name, definition: json, publishedBy: null, publishedAt: now() })
    .execute();
  return { id, name, version: 1, definition };
}

/** Another job of the fixture's customer on its template, with its technicians. */
export async function aFieldJob(db: Db, fixture: FieldFixture, options: FieldJobOptions = {}): Promise<{ id: string; number: string }> {
  const id = crypto.randomUUID();
  const seq = Math.floor(Math.random() * 1_000_000_000);
  const number = `J-F${seq}`;
  const start = new Date(Date.now() + 60 * 60_000);
  const managerId = options.managerId === undefined ? fixture.manager.user.id : options.managerId;
  const auxiliaryIds = options.auxiliaryIds ?? [fixture.auxiliary.user.id];
  const description = options.description ?? 'Yearly boiler service';
  await db
    .insertInto('jobs')
    .values({
      id,
      number,
      seq,
      status: options.status ?? 'scheduled',
      customerId: fixture.customerId,
      siteId: fixture.siteId,
      contactId: fixture.contactId,
      templateId: fixture.template.id,
      templateVersion: fixture.template.version,
      description,
      managerId,
      plannedStart: options.plannedStart === undefined ? start.toISOString() : options.plannedStart,
      plannedEnd: options.plannedEnd === undefined ? new Date(start.getTime() + 2 * 60 * 60_000).toISOString() : options.plannedEnd,
      actualStart: options.actualStart ?? null,
      pausedAt: options.pausedAt ?? null,
      workedSeconds: options.workedSeconds ?? 0,
      openReserves: 0,
      totalExclTaxCents: 0,
      currency: 'EUR',
      customFields: '{}',
      searchText: `${number} ${fixture.customerName} ${description}`.toLowerCase(),
      createdFrom: 'console',
      createdAt: now(),
      updatedAt: options.updatedAt ?? now(),
      version: 1,
    })
    .execute();
  const rows = [
    ...(managerId ? [{ jobId: id, userId: managerId, role: 'manager' as const }] : []),
    ...auxiliaryIds.map((userId) => ({ jobId: id, userId, role: 'auxiliary' as const })),
  ];
  if (rows.length > 0) await db.insertInto('jobTechnicians').values(rows).execute();
  return { id, number };
}

/** Report answers written straight into the database (e.g. MANDATORY_ANSWERS before an end). */
export async function writeAnswers(db: Db, jobId: string, answers: Record<string, unknown>, answeredBy: string | null = null): Promise<void> {
  for (const [fieldId, value] of Object.entries(answers)) {
    await db
      .insertInto('reportAnswers')
      .values({ id: crypto.randomUUID(), jobId, fieldId, value: JSON.stringify(value), comment: null, answeredBy, answeredAt: now(), version: 1 })
      .execute();
  }
}

/** A photo attachment row of the job (no content: enough for a photo answer's ids). */
export async function aPhotoRow(db: Db, jobId: string, createdBy: string | null = null): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('attachments')
    .values({ id, jobId, kind: 'photo', description: null, barcodeValue: null, barcodeFormat: null, fileName: 'leak.jpg', contentType: 'image/jpeg', sizeBytes: 1000, width: 10, height: 10, visibleToTechnician: 1, createdBy, createdAt: now() })
    .execute();
  return id;
}

/** Replaces some settings (the rest stay). */
export async function setSettings(db: Db, patch: Partial<Settings>): Promise<void> {
  const { version, ...current } = await readSettings(db);
  if (!(await writeSettings(db, { ...current, ...patch }, version, null))) throw new Error('settings changed meanwhile');
}

/** A technician's request; writes get a fresh Idempotency-Key unless `key` is given. */
export function fieldRequest(
  technician: Credentials,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  key: string | null = method === 'GET' ? null : crypto.randomUUID(),
): InjectOptions {
  const headers: Record<string, string> = { ...technician.headers };
  if (key !== null) headers['idempotency-key'] = key;
  return { method, url, headers, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) };
}

/**
 * Sends a request as an app does: while the first request with its key still runs (409
 * idempotency_in_progress, Retry-After), it waits a little and retries.
 */
export async function sendRetrying(app: FastifyInstance, request: InjectOptions, attempts = 100): Promise<LightMyRequestResponse> {
  for (let i = 0; ; i++) {
    const res = await app.inject(request);
    if (res.statusCode !== 409 || res.json().error?.code !== 'idempotency_in_progress' || i >= attempts) return res;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
