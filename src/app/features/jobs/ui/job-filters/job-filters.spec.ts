import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideAppDates } from '../../../../shared/util/app-dates';
import { jobsTranslocoTesting } from '../../testing/jobs-transloco';
import { SEARCH_DEBOUNCE_MS } from '../../../../shared/ui/search-field/search-field';
import { type JobFilterValues, JobFilters } from './job-filters';

describe('JobFilters', () => {
  let fixture: ComponentFixture<JobFilters>;
  let element: HTMLElement;
  let emitted: Partial<JobFilterValues>[];
  const none: JobFilterValues = { status: [], technicianId: null, customerId: null, from: null, to: null, hasOpenReserves: false, q: '' };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [JobFilters, jobsTranslocoTesting()],
      providers: [provideZonelessChangeDetection(), provideAppDates()],
    });
    fixture = TestBed.createComponent(JobFilters);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('values', none);
    fixture.componentRef.setInput('technicians', [{ id: 'u-7', name: 'Théo Martin' }]);
    fixture.componentRef.setInput('customerNames', { 'c-9': 'Boulangerie Martin' });
    emitted = [];
    fixture.componentInstance.changed.subscribe((change) => emitted.push(change));
    await fixture.whenStable();
  });

  const input = (selector: string) => element.querySelector<HTMLInputElement>(selector)!;
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('shows the values it is given (a shared link, Back) without reporting them as changes', async () => {
    fixture.componentRef.setInput('values', {
      ...none,
      q: 'fuite',
      status: ['scheduled', 'started'],
      technicianId: 'u-7',
      customerId: 'c-9',
      from: '2026-11-02',
      to: '2026-11-08',
      hasOpenReserves: true,
    });
    await fixture.whenStable();
    await wait(SEARCH_DEBOUNCE_MS + 50);
    expect(input('input[type="search"]').value).toBe('fuite');
    expect(element.querySelector('mat-select')?.textContent?.replace(/\s+/g, ' ')).toContain('Scheduled, Started');
    const [technician, customer] = Array.from(element.querySelectorAll<HTMLInputElement>('input[aria-autocomplete]'));
    expect(technician!.value).toBe('Théo Martin');
    expect(customer!.value).toBe('Boulangerie Martin');
    expect(input('input[matStartDate]').value).not.toBe('');
    expect(input('input[matEndDate]').value).not.toBe('');
    expect(element.querySelector<HTMLButtonElement>('mat-slide-toggle button')?.getAttribute('aria-checked')).toBe('true');
    expect(emitted).toEqual([]);
  });

  it('reports the text search once the user stops typing', async () => {
    const search = input('input[type="search"]');
    for (const value of ['f', 'fu', 'fuite ']) {
      search.value = value;
      search.dispatchEvent(new Event('input'));
    }
    expect(emitted).toEqual([]);
    await wait(SEARCH_DEBOUNCE_MS + 50);
    expect(emitted).toEqual([{ q: 'fuite' }]);
  });

  it('reports the planned range once both days are there, as local days', async () => {
    const start = input('input[matStartDate]');
    start.value = '02/11/2026'; // day first, as typed in France and the UK
    start.dispatchEvent(new Event('input'));
    start.dispatchEvent(new Event('change'));
    expect(emitted).toEqual([]);
    const end = input('input[matEndDate]');
    end.value = '08/11/2026';
    end.dispatchEvent(new Event('input'));
    end.dispatchEvent(new Event('change'));
    expect(emitted).toEqual([{ from: '2026-11-02', to: '2026-11-08' }]);
  });

  it('reports the open-reserves toggle', async () => {
    element.querySelector<HTMLButtonElement>('mat-slide-toggle button')!.click();
    expect(emitted).toEqual([{ hasOpenReserves: true }]);
  });
});
