import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import en from '../../../../../public/i18n/en.json';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { type ListState, ListSummary } from './list-summary';

const things = {
  total: { one: '{{count}} thing', other: '{{count}} things' },
  totalAbout: { one: 'About {{count}} thing', other: 'About {{count}} things' },
  clearFilters: 'Clear filters',
  none: 'No thing yet.',
  noMatch: 'No thing matches these filters.',
};
const loaded: ListState = { loading: false, total: 3, error: null, filtered: false };

describe('ListSummary', () => {
  let fixture: ComponentFixture<ListSummary>;
  let element: HTMLElement;
  let events: string[];

  async function render(state: ListState) {
    TestBed.configureTestingModule({
      imports: [ListSummary, translocoTesting({ langs: { en: { ...en, things } } })],
      providers: [provideZonelessChangeDetection()],
    });
    fixture = TestBed.createComponent(ListSummary);
    fixture.componentRef.setInput('keys', 'things');
    fixture.componentRef.setInput('state', state);
    events = [];
    fixture.componentInstance.retry.subscribe(() => events.push('retry'));
    fixture.componentInstance.clearFilters.subscribe(() => events.push('clearFilters'));
    await fixture.whenStable();
    element = fixture.nativeElement;
  }
  const buttons = () => Array.from(element.querySelectorAll('button'));

  it('says how many rows the list holds, and offers nothing more while it is not filtered', async () => {
    await render(loaded);
    expect(element.querySelector('.status-bar .total')?.textContent).toContain('3 things');
    expect(buttons()).toEqual([]);
  });

  it('says an estimated total as such', async () => {
    await render({ ...loaded, total: 730_000, totalIsEstimate: true });
    expect(element.querySelector('.status-bar .total')?.textContent?.trim()).toBe('About 730,000 things');
  });

  it('says a capped count as "more than", never as the number the server stopped at', async () => {
    await render({ ...loaded, total: 100_001 });
    expect(element.querySelector('.status-bar .total')?.textContent?.trim()).toBe('More than 100,000');
  });

  it('says a count up to the cap as it is', async () => {
    await render({ ...loaded, total: 100_000 });
    expect(element.querySelector('.status-bar .total')?.textContent?.trim()).toBe('100,000 things');
  });

  it('offers to clear the filters while they narrow the list', async () => {
    await render({ ...loaded, filtered: true });
    const clear = buttons().find((b) => b.textContent?.includes('Clear filters'));
    clear!.click();
    expect(events).toEqual(['clearFilters']);
  });

  it('says why the list failed, with a retry', async () => {
    await render({ loading: false, total: null, error: { status: 0, code: 'network_error', message: 'offline' }, filtered: false });
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    buttons().find((b) => b.textContent?.includes('Try again'))!.click();
    expect(events).toEqual(['retry']);
  });

  it('tells an empty list apart from an empty result of filters, once loaded', async () => {
    await render({ ...loaded, total: 0 });
    expect(element.querySelector('.empty')?.textContent).toContain('No thing yet.');
    fixture.componentRef.setInput('state', { ...loaded, total: 0, filtered: true });
    await fixture.whenStable();
    expect(element.querySelector('.empty')?.textContent).toContain('No thing matches these filters.');
    fixture.componentRef.setInput('state', { ...loaded, total: 0, loading: true });
    await fixture.whenStable();
    expect(element.querySelector('.empty')).toBeNull();
  });
});
