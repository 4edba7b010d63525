import type { JobAction, JobDetail, JobInput, JobStatus, TemplateDefinition } from '@contract';
import { aCustomer, aSite } from './customers';
import { leakCheck } from './templates';
import { as, createUser, signIn, type Credentials, type TestApp, type TestUser } from './test-app';
import { forceTransitions } from './job-rows';

/**
 * What a job needs, made once per test file: a customer with two sites and a contact, a published
 * template, a job type, technicians, and console users. Read by every jobs test (list, board,
 * field…): keep the names stable.
 */
export interface JobFixture {
  t: TestApp;
  admin: Credentials;
  dispatcher: Credentials;
  supervisor: Credentials;
  customer: { id: string; name: string; siteId: string; otherSiteId: string; contactId: string };
  template: { id: string; version: number; definition: TemplateDefinition };
  jobTypeId: string;
  manager: TestUser;
  auxiliary: TestUser;
  /** A third technician, free for reassignments. */
  spare: TestUser;
}

export async function jobFixture(t: TestApp, options: { customerName?: string; definition?: TemplateDefinition } = {}): Promise<JobFixture> {
  const admin = await signIn(t.app, await createUser(t.db, { role: 'admin', displayName: 'Ada Admin' }));
  const dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher', displayName: 'Dan Dispatcher' }));
  const supervisor = await signIn(t.app, await createUser(t.db, { role: 'supervisor', displayName: 'Sue Supervisor' }));
  const [manager, auxiliary, spare] = await Promise.all(
    ['Marc Manager', 'Alice Auxiliary', 'Sam Spare'].map((displayName) => createUser(t.db, { role: 'technician', displayName })),
  );
  const customerRes = await t.app.inject(
    as(admin, {
      method: 'POST',
      url: '/api/customers',
      payload: aCustomer({ name: options.customerName ?? 'Boulangerie Étoile', sites: [aSite(), aSite({ name: 'Warehouse', city: 'Lyon', postalCode: '69001' })] }),
    }),
  );
  if (customerRes.statusCode !== 201) throw new Error(`customer: ${customerRes.statusCode} ${customerRes.body}`);
  const customer = customerRes.json() as { id: string; name: string; sites: { id: string }[]; contacts: { id: string }[] };
  const definition = options.definition ?? leakCheck();
  const template = await publishedTemplate(t, admin, definition);
  const jobTypeId = crypto.randomUUID();
  await t.db
    .insertInto('jobTypes')
    .values({ id: jobTypeId, code: `maint_${jobTypeId.slice(0, 6)}`, nameEn: 'Maintenance', nameFr: 'Entretien', defaultTemplateId: null, isActive: 1, createdAt: new Date().toISOString() })
    .execute();
  return {
    t,
    admin,
    dispatcher,
    supervisor,
    customer: { id: customer.id, name: customer.name, siteId: customer.sites[0]!.id, otherSiteId: customer.sites[1]!.id, contactId: customer.contacts[0]!.id },
    template: { ...template, definition },
    jobTypeId,
    manager: manager!,
    auxiliary: auxiliary!,
    spare: spare!,
  };
}

/** Creates a template through the API and publishes it: answers its id and published version number. */
export async function publishedTemplate(t: TestApp, admin: Credentials, definition: TemplateDefinition, name = `Template ${crypto.randomUUID().slice(0, 6)}`) {
  const created = await t.app.inject(as(admin, { method: 'POST', url: '/api/report-templates', payload: { name, draft: definition } }));
  if (created.statusCode !== 201) throw new Error(`template: ${created.statusCode} ${created.body}`);
  const { id, version } = created.json() as { id: string; version: number };
  const published = await t.app.inject(as(admin, { method: 'POST', url: `/api/report-templates/${id}/publish`, headers: { 'if-match': String(version) }, payload: {} }));
  if (published.statusCode !== 200) throw new Error(`publish: ${published.statusCode} ${published.body}`);
  return { id, version: (published.json() as { currentVersion: number }).currentVersion };
}

/** 2030-01-<day> at <hour>:00 UTC: dates far from "now", easy to read in assertions. */
export const at = (day: number, hour: number) => new Date(Date.UTC(2030, 0, day, hour)).toISOString();

/** A scheduled job's body (manager, auxiliary, dates); override what the test is about. */
export function aJobInput(fx: JobFixture, overrides: Partial<JobInput> & Record<string, unknown> = {}): JobInput & Record<string, unknown> {
  return {
    customerId: fx.customer.id,
    siteId: fx.customer.siteId,
    contactId: fx.customer.contactId,
    description: 'Yearly boiler maintenance',
    plannedStart: at(10, 8),
    plannedEnd: at(10, 10),
    jobTypeId: fx.jobTypeId,
    templateId: fx.template.id,
    managerId: fx.manager.id,
    auxiliaryIds: [fx.auxiliary.id],
    customFields: {},
    schedule: 'scheduled',
    ...overrides,
  };
}

/** POST /api/jobs as the dispatcher; throws unless 201. */
export async function createJob(fx: JobFixture, overrides: Partial<JobInput> & Record<string, unknown> = {}): Promise<JobDetail> {
  const res = await fx.t.app.inject(as(fx.dispatcher, { method: 'POST', url: '/api/jobs', payload: aJobInput(fx, overrides) }));
  if (res.statusCode !== 201) throw new Error(`create job: ${res.statusCode} ${res.body}`);
  return res.json() as JobDetail;
}

/** The state machine's path from a new scheduled job to each status. */
const PATH_TO: Record<JobStatus, JobAction[]> = {
  created: [],
  draft: [],
  scheduled: [],
  synchronized: ['synchronize'],
  started: ['start'],
  paused: ['start', 'pause'],
  completed: ['start', 'end'],
  validated: ['start', 'end', 'validate'],
  cancelled: ['cancel'],
};

/**
 * A job in `status`, created through the API then moved through `transitionJob` (field steps do not
 * fill answers: the end is forced). Answers the job as GET /api/jobs/:id shows it.
 */
export async function aJobIn(fx: JobFixture, status: JobStatus, overrides: Partial<JobInput> & Record<string, unknown> = {}): Promise<JobDetail> {
  const base =
    status === 'created' ? { managerId: null, auxiliaryIds: [], ...overrides } : status === 'draft' ? { schedule: 'draft' as const, ...overrides } : overrides;
  const job = await createJob(fx, base);
  await forceTransitions(fx.t.db, job.id, PATH_TO[status]);
  return readJob(fx, job.id);
}

export async function readJob(fx: JobFixture, id: string): Promise<JobDetail> {
  const res = await fx.t.app.inject(as(fx.dispatcher, { method: 'GET', url: `/api/jobs/${id}` }));
  if (res.statusCode !== 200) throw new Error(`read job: ${res.statusCode} ${res.body}`);
  return res.json() as JobDetail;
}
