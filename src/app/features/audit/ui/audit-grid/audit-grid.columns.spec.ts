import type { AuditEntry } from '@contract';
import type { ColDef, ICellRendererParams, ITooltipParams, ValueGetterParams } from 'ag-grid-community';
import { changeSummary } from '../audit-changes/change-rows';
import { type AuditCellTexts, auditColumns } from './audit-grid.columns';

const labels = { when: 'When', who: 'Who', action: 'Action', object: 'Object', changes: 'What changed', ip: 'From address' };
const texts: AuditCellTexts = {
  relative: (iso) => `ago(${iso})`,
  date: (iso) => `on(${iso})`,
  actor: (entry) => entry.actor?.displayName ?? 'System',
  role: (role) => `role:${role}`,
  action: (action) => `did:${action}`,
  type: (type) => `type:${type}`,
  link: (entry) => (entry.entityType === 'customer' ? `/customers/${entry.entityId}` : null),
};

const entry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  id: 'a-1',
  occurredAt: '2026-03-01T10:00:00.000Z',
  actor: { id: 'u-1', displayName: 'Ada <Admin>' },
  actorRole: 'admin',
  actorIp: '10.0.0.1',
  action: 'update',
  entityType: 'customer',
  entityId: 'c-1',
  changes: { name: { before: 'Old', after: 'New' }, active: { before: true, after: false } },
  ...overrides,
});

const column = (id: string) => auditColumns(labels, texts).find((c) => c.colId === id)!;
const value = (c: ColDef<AuditEntry>, data: AuditEntry) => (c.valueGetter as (p: ValueGetterParams<AuditEntry>) => unknown)({ data } as ValueGetterParams<AuditEntry>);
const html = (c: ColDef<AuditEntry>, data: AuditEntry) => (c.cellRenderer as (p: ICellRendererParams<AuditEntry>) => string)({ data } as ICellRendererParams<AuditEntry>);
const tooltip = (c: ColDef<AuditEntry>, data: AuditEntry) => c.tooltipValueGetter!({ data } as ITooltipParams<AuditEntry>);

describe('auditColumns', () => {
  it('has one column per thing the trail says, in order', () => {
    expect(auditColumns(labels, texts).map((c) => c.headerName)).toEqual(Object.values(labels));
  });

  it('sums up what changed on one line, the same in its tooltip', () => {
    expect(changeSummary(entry().changes)).toBe('active: true → false; name: Old → New');
    expect(value(column('changes'), entry())).toBe('active: true → false; name: Old → New');
    expect(tooltip(column('changes'), entry())).toBe('active: true → false; name: Old → New');
  });

  it('says when relatively, with the date in the tooltip', () => {
    expect(value(column('when'), entry())).toBe('ago(2026-03-01T10:00:00.000Z)');
    expect(tooltip(column('when'), entry())).toBe('on(2026-03-01T10:00:00.000Z)');
  });

  it('names the actor (escaped) and their role, or the system', () => {
    expect(html(column('who'), entry())).toBe('Ada &lt;Admin&gt; <small class="muted">role:admin</small>');
    expect(html(column('who'), entry({ actor: null, actorRole: null }))).toBe('System');
  });

  it('links the object to its page where it has one, and shows its id', () => {
    expect(html(column('object'), entry())).toBe('<a href="/customers/c-1">type:customer</a> <small class="id">c-1</small>');
    expect(html(column('object'), entry({ entityType: 'job_type', entityId: null }))).toBe('type:job_type');
  });

  it('leaves a row still loading blank', () => {
    expect(html(column('who'), undefined as unknown as AuditEntry)).toBe('');
    expect(value(column('changes'), undefined as unknown as AuditEntry)).toBe('');
  });
});
