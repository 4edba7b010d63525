import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { SEARCH_DEBOUNCE_MS, SearchField } from './search-field';

describe('SearchField', () => {
  let fixture: ComponentFixture<SearchField>;
  let emitted: string[];
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [SearchField, translocoTesting()], providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(SearchField);
    fixture.componentRef.setInput('keys', 'customers.list');
    emitted = [];
    fixture.componentInstance.searched.subscribe((q) => emitted.push(q));
    await fixture.whenStable();
  });

  it('is labelled, and sends the trimmed text once the user stops typing', async () => {
    const box = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatInputHarness);
    expect(fixture.nativeElement.querySelector('mat-label').textContent.trim()).toBe('Search customers');
    await box.setValue(' boiler ');
    expect(emitted).toEqual([]);
    await wait(SEARCH_DEBOUNCE_MS + 100);
    expect(emitted).toEqual(['boiler']);
  });

  it('follows the query given from outside without sending it again, and clears with its button', async () => {
    fixture.componentRef.setInput('query', 'older');
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    expect(await (await loader.getHarness(MatInputHarness)).getValue()).toBe('older');
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Clear search"]' }))).click();
    await wait(SEARCH_DEBOUNCE_MS + 100);
    expect(emitted).toEqual(['']);
  });
});
