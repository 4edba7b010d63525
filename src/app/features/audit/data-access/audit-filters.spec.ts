import { auditParams, entityLink, noAuditFilters } from './audit-filters';

describe('audit filters → query parameters', () => {
  it('sends only what is set; an object id only with its type', () => {
    const params = auditParams({ ...noAuditFilters, actorId: 'u1', entityId: 'orphan' }, 50);
    expect(params.keys().sort()).toEqual(['actorId', 'limit']);
    const withType = auditParams({ ...noAuditFilters, entityType: 'customer', entityId: ' c1 ' }, 50, 'next');
    expect(withType.get('entityType')).toBe('customer');
    expect(withType.get('entityId')).toBe('c1');
    expect(withType.get('cursor')).toBe('next');
  });

  it('turns local calendar days into a range that includes the whole last day', () => {
    const params = auditParams({ ...noAuditFilters, fromDay: '2030-03-10', toDay: '2030-03-12' }, 50);
    expect(params.get('from')).toBe(new Date(2030, 2, 10).toISOString());
    expect(params.get('to')).toBe(new Date(2030, 2, 13).toISOString());
    expect(auditParams({ ...noAuditFilters, fromDay: 'soon' }, 50).has('from')).toBeFalse();
  });

  it('links objects to their page where one exists', () => {
    expect(entityLink('customer', 'c/1')).toBe('/customers/c%2F1');
    expect(entityLink('report_template', 't1')).toBe('/report-templates/t1');
    expect(entityLink('device_token', 'd1')).toBeNull();
    expect(entityLink('customer', null)).toBeNull();
  });
});
