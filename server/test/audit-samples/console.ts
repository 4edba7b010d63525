import { aCustomer } from '../helpers/customers';
import { leakCheck } from '../helpers/templates';
import type { AuditProbe, AuditSamples } from './probe';

/**
 * How to call each mutating route of sign-in, users, settings, custom fields, customers, report
 * templates and job types once, for the generated audit test. The data is made on the spot.
 */

const ifMatch = (t: { version: number }) => ({ 'if-match': String(t.version) });
const template = async (p: AuditProbe) =>
  (await p.call<{ id: string; version: number }>('POST', '/api/report-templates', { name: `T ${crypto.randomUUID().slice(0, 6)}`, draft: leakCheck() })).body;
/** A fresh user to act on. */
const aUser = async (probe: AuditProbe, role: 'technician' | 'dispatcher' = 'dispatcher') => (await probe.newUser(role)).id;
const aField = () => ({
  entity: 'customer' as const,
  key: `audit${crypto.randomUUID().slice(0, 8)}`,
  labelEn: 'Audited field',
  labelFr: 'Champ audité',
  type: 'text' as const,
});

export const consoleAuditSamples: AuditSamples = {
  'POST /api/auth/login': async (p) => {
    const user = await p.newUser('dispatcher');
    return { url: '/api/auth/login', body: { email: user.email, password: user.password }, credentials: {} };
  },
  'POST /api/auth/logout': async (p) => ({ url: '/api/auth/logout', credentials: (await p.signedIn('supervisor')).headers }),
  'POST /api/auth/me/password': async (p) => {
    const { password, headers } = await p.signedIn('supervisor');
    return { url: '/api/auth/me/password', body: { currentPassword: password, newPassword: 'a fresh password of 20+ characters' }, credentials: headers };
  },
  'POST /api/field/auth/token': async (p) => {
    const user = await p.newUser('technician');
    return { url: '/api/field/auth/token', body: { email: user.email, password: user.password, deviceName: 'Audit phone' }, credentials: {} };
  },
  'DELETE /api/field/auth/token': async (p) => ({ url: '/api/field/auth/token', credentials: (await p.signedIn('technician')).headers }),
  'POST /api/users': async () => ({ url: '/api/users', body: { email: `new-${crypto.randomUUID()}@test.fielddesk.test`, displayName: 'New Person', role: 'technician' } }),
  'PATCH /api/users/:id': async (p) => ({ url: `/api/users/${await aUser(p)}`, body: { displayName: 'Renamed', role: 'supervisor' }, headers: { 'if-match': '1' } }),
  'POST /api/users/:id/deactivate': async (p) => ({ url: `/api/users/${await aUser(p, 'technician')}/deactivate` }),
  'POST /api/users/:id/reactivate': async (p) => {
    const id = await aUser(p);
    await p.call('POST', `/api/users/${id}/deactivate`);
    return { url: `/api/users/${id}/reactivate` };
  },
  'POST /api/users/:id/reset-password': async (p) => ({ url: `/api/users/${await aUser(p)}/reset-password` }),
  'DELETE /api/users/:id/device-tokens/:tokenId': async (p) => {
    const { userId } = await p.signedIn('technician');
    const tokens = await p.call<{ items: { id: string }[] }>('GET', `/api/users/${userId}/device-tokens`);
    return { url: `/api/users/${userId}/device-tokens/${tokens.body.items[0]!.id}` };
  },
  'PATCH /api/settings': async (p) => {
    const { body } = await p.call<{ version: number; currency: string }>('GET', '/api/settings');
    return { url: '/api/settings', body: { currency: body.currency === 'GBP' ? 'EUR' : 'GBP' }, headers: ifMatch(body) };
  },
  'POST /api/custom-fields': async () => ({ url: '/api/custom-fields', body: aField() }),
  'PATCH /api/custom-fields/:id': async (p) => {
    const { body } = await p.call<{ id: string }>('POST', '/api/custom-fields', aField());
    return { url: `/api/custom-fields/${body.id}`, body: { active: false }, headers: { 'if-match': '1' } };
  },
  'POST /api/customers': async () => ({ url: '/api/customers', body: aCustomer() }),
  'PATCH /api/customers/:id': async (p) => {
    const { body } = await p.call<{ id: string }>('POST', '/api/customers', aCustomer());
    return { url: `/api/customers/${body.id}`, body: { name: 'Renamed customer' }, headers: { 'if-match': '1' }, as: 'admin' };
  },
  'POST /api/report-templates': async () => ({ url: '/api/report-templates', body: { name: 'Audited template' } }),
  'PUT /api/report-templates/:id': async (p) => {
    const t = await template(p);
    return { url: `/api/report-templates/${t.id}`, body: { name: 'Renamed', description: null, draft: leakCheck() }, headers: ifMatch(t) };
  },
  'POST /api/report-templates/:id/publish': async (p) => {
    const t = await template(p);
    return { url: `/api/report-templates/${t.id}/publish`, body: {}, headers: ifMatch(t) };
  },
  'POST /api/report-templates/:id/duplicate': async (p) => ({ url: `/api/report-templates/${(await template(p)).id}/duplicate`, body: {} }),
  'POST /api/report-templates/:id/archive': async (p) => {
    const t = await template(p);
    return { url: `/api/report-templates/${t.id}/archive`, body: {}, headers: ifMatch(t) };
  },
  'POST /api/report-templates/:id/restore': async (p) => {
    const t = await template(p);
    const archived = await p.call<{ version: number }>('POST', `/api/report-templates/${t.id}/archive`, {}, 'admin', ifMatch(t));
    return { url: `/api/report-templates/${t.id}/restore`, body: {}, headers: ifMatch(archived.body) };
  },
  'PATCH /api/job-types/:id': async (p) => {
    const t = await template(p);
    await p.call('POST', `/api/report-templates/${t.id}/publish`, {}, 'admin', ifMatch(t));
    const id = crypto.randomUUID();
    const code = `audit_${id.slice(0, 8)}`;
    await p.db.insertInto('jobTypes').values({ id, code, nameEn: 'Audit', nameFr: 'Audit', defaultTemplateId: null, isActive: 1, createdAt: new Date().toISOString() }).execute();
    return { url: `/api/job-types/${id}`, body: { defaultTemplateId: t.id }, headers: { 'if-match': '1' } };
  },
};
