import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { SEARCH_DEBOUNCE_MS } from '../../../../shared/ui/search-field/search-field';
import { CustomerSearch } from './customer-search';

describe('CustomerSearch', () => {
  let fixture: ComponentFixture<CustomerSearch>;
  let input: HTMLInputElement;
  let emitted: string[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [CustomerSearch, translocoTesting()],
      providers: [provideZonelessChangeDetection()],
    });
    fixture = TestBed.createComponent(CustomerSearch);
    emitted = [];
    fixture.componentInstance.searchChanged.subscribe((q) => emitted.push(q));
    await fixture.whenStable();
    input = fixture.nativeElement.querySelector('input');
  });

  const typeText = (value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('is labelled "Search customers"', () => {
    expect(fixture.nativeElement.querySelector('mat-label').textContent.trim()).toBe('Search customers');
  });

  it('waits for the user to stop typing, then sends one search', async () => {
    typeText('d');
    typeText('du');
    typeText('dup');
    expect(emitted).toEqual([]);
    await wait(SEARCH_DEBOUNCE_MS + 100);
    expect(emitted).toEqual(['dup']);
  });

  it('follows a query changed from outside (Back) without sending it again', async () => {
    fixture.componentRef.setInput('q', 'older');
    await fixture.whenStable();
    expect(input.value).toBe('older');
    await wait(SEARCH_DEBOUNCE_MS + 100);
    expect(emitted).toEqual([]);
  });
});
