import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { SEARCH_DEBOUNCE_MS } from '../search-field/search-field';
import { type ListChoiceChange, ListFilters } from './list-filters';

describe('ListFilters', () => {
  let fixture: ComponentFixture<ListFilters>;
  let input: HTMLInputElement;
  let searched: string[];
  let chosen: ListChoiceChange[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ListFilters, translocoTesting()],
      providers: [provideZonelessChangeDetection()],
    });
    fixture = TestBed.createComponent(ListFilters);
    fixture.componentRef.setInput('searchLabel', 'customers.list.search');
    fixture.componentRef.setInput('clearLabel', 'customers.list.clearSearch');
    fixture.componentRef.setInput('choices', [
      {
        key: 'sort',
        label: 'customers.list.sortBy',
        value: 'updatedAt',
        options: [
          { value: 'name', label: 'customers.list.sortName' },
          { value: 'updatedAt', label: 'customers.list.sortUpdated' },
        ],
      },
    ]);
    searched = [];
    chosen = [];
    fixture.componentInstance.searched.subscribe((q) => searched.push(q));
    fixture.componentInstance.chosen.subscribe((c) => chosen.push(c));
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
    expect(searched).toEqual([]);
    await wait(SEARCH_DEBOUNCE_MS + 100);
    expect(searched).toEqual(['dup']);
  });

  it('follows a query changed from outside (Back) without sending it again', async () => {
    fixture.componentRef.setInput('query', 'older');
    await fixture.whenStable();
    expect(input.value).toBe('older');
    await wait(SEARCH_DEBOUNCE_MS + 100);
    expect(searched).toEqual([]);
  });

  it('shows each menu with its value, and reports the option the user picks', async () => {
    const select = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSelectHarness);
    expect(await select.getValueText()).toBe('Last updated');
    await select.open();
    await select.clickOptions({ text: 'Name' });
    expect(chosen).toEqual([{ key: 'sort', value: 'name' }]);
  });
});
