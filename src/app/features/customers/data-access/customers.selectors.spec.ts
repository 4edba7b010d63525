import { customer } from '../../../../testing/fixtures';
import { selectListQueryFromUrl, selectSelectedCustomer } from './customers.selectors';

describe('customers selectors', () => {
  it('reads the list query from the address bar, only on the list page', () => {
    expect(selectListQueryFromUrl.projector('/customers?q=dup&sort=updatedAt', { q: 'dup', sort: 'updatedAt' })).toEqual({
      q: 'dup',
      sort: 'updatedAt',
    });
    expect(selectListQueryFromUrl.projector('/customers', {})).toEqual({ q: '', sort: 'name' });
    expect(selectListQueryFromUrl.projector('/customers/c-1', {})).toBeNull();
  });

  it('falls back to the name sort for an unknown sort in the URL', () => {
    expect(selectListQueryFromUrl.projector('/customers?sort=evil', { sort: 'evil' })?.sort).toBe('name');
  });

  it('selects the customer named by the route', () => {
    const c = customer();
    expect(selectSelectedCustomer.projector({ 'c-1': c }, 'c-1')).toBe(c);
    expect(selectSelectedCustomer.projector({ 'c-1': c }, 'c-2')).toBeNull();
    expect(selectSelectedCustomer.projector({ 'c-1': c }, undefined)).toBeNull();
  });
});
