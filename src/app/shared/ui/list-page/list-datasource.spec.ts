import { signal } from '@angular/core';
import type { IDatasource } from 'ag-grid-community';
import { datasourcePerQuery } from './list-datasource';

describe('datasourcePerQuery', () => {
  it('creates a datasource per query and per restart, none before the first query', () => {
    const query = signal<{ q: string } | null>(null);
    const attempt = signal(0);
    const created: string[] = [];
    const datasource = datasourcePerQuery(query, ({ q }) => {
      created.push(q);
      return { getRows: () => undefined } as IDatasource;
    }, attempt);

    expect(datasource()).toBeNull();
    query.set({ q: 'boiler' });
    const first = datasource();
    expect(first).not.toBeNull();
    expect(datasource()).toBe(first);
    attempt.set(1);
    expect(datasource()).not.toBe(first);
    query.set({ q: 'pump' });
    datasource();
    expect(created).toEqual(['boiler', 'boiler', 'pump']);
  });
});
