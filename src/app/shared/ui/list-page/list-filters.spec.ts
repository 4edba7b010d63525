import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { SEARCH_DEBOUNCE_MS } from '../search-field/search-field';
import { type ListChoiceChange, ListFilters, listChoice } from './list-filters';

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
    fixture.componentRef.setInput('keys', 'customers.list');
    fixture.componentRef.setInput('choices', [
      listChoice('sort', 'customers.list.sortBy', 'updatedAt', { name: 'customers.list.sortName', updatedAt: 'customers.list.sortUpdated' }),
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

  it('shows the query it is given, and sends one search once the user stops typing', async () => {
    fixture.componentRef.setInput('query', 'older');
    await fixture.whenStable();
    expect(input.value).toBe('older');
    for (const text of ['d', 'du', 'dup']) typeText(text);
    expect(searched).toEqual([]);
    await wait(SEARCH_DEBOUNCE_MS + 100);
    expect(searched).toEqual(['dup']);
  });

  it('shows each menu with its value, and reports the option the user picks', async () => {
    const select = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSelectHarness);
    expect(await select.getValueText()).toBe('Last updated');
    await select.open();
    await select.clickOptions({ text: 'Name' });
    expect(chosen).toEqual([{ key: 'sort', value: 'name' }]);
  });
});
