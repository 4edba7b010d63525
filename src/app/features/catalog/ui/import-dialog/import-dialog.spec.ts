import { provideZonelessChangeDetection, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { CatalogImportResult } from '@contract';
import { catalogTranslocoTesting } from '../../testing/catalog-transloco';
import { ImportDialog, type ImportDialogData, type ImportDialogView } from './import-dialog';

describe('ImportDialog', () => {
  let fixture: ComponentFixture<ImportDialog>;
  let element: HTMLElement;
  let data: ImportDialogData;
  const view = signal<ImportDialogView>({ phase: 'idle', fileName: null, result: null, error: null });

  const result = (overrides: Partial<CatalogImportResult>): CatalogImportResult => ({
    valid: true,
    dryRun: true,
    lines: [
      { line: 2, reference: 'PRT-1', action: 'create', errors: [] },
      { line: 3, reference: 'PRT-2', action: 'update', errors: [] },
    ],
    created: 1,
    updated: 1,
    unchanged: 0,
    ...overrides,
  });

  beforeEach(async () => {
    view.set({ phase: 'idle', fileName: null, result: null, error: null });
    data = {
      view,
      maxBytes: 100,
      describeError: () => ({ key: 'catalog.errors.import_rejected', params: {} }),
      chooseFile: jasmine.createSpy('chooseFile'),
      refuseFile: jasmine.createSpy('refuseFile'),
      confirm: jasmine.createSpy('confirm'),
    };
    TestBed.configureTestingModule({
      imports: [ImportDialog, catalogTranslocoTesting()],
      providers: [
        provideZonelessChangeDetection(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close: () => undefined } },
      ],
    });
    fixture = TestBed.createComponent(ImportDialog);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  const importButton = () => element.querySelector<HTMLButtonElement>('button.import')!;

  it('lists every problem line by line and keeps "Import" disabled', async () => {
    view.set({
      phase: 'checked',
      fileName: 'items.csv',
      error: null,
      result: result({
        valid: false,
        lines: [
          { line: 2, reference: 'PRT-1', action: 'create', errors: [] },
          {
            line: 3,
            reference: 'BAD',
            action: 'create',
            errors: [
              { column: 'unit_price', code: 'invalid_price', message: 'x' },
              { column: 'family', code: 'unknown_family', message: 'x', params: { family: 'Pumps' } },
            ],
          },
          { line: 4, reference: 'PRT-1', action: 'create', errors: [{ column: 'reference', code: 'duplicate_in_file', message: 'x', params: { line: 2 } }] },
        ],
      }),
    });
    await fixture.whenStable();
    const rows = Array.from(element.querySelectorAll('table.problems tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['3', 'BAD', 'unit_price', 'Expected a price such as 12.50 or 12,50.'],
      ['3', 'BAD', 'family', 'No family is named “Pumps”.'],
      ['4', 'PRT-1', 'reference', 'This reference is already on line 2.'],
    ]);
    expect(element.textContent).toContain('2 lines have errors');
    expect(importButton().disabled).toBeTrue();
    importButton().click();
    expect(data.confirm).not.toHaveBeenCalled();
  });

  it('enables "Import N lines" when every line is clean', async () => {
    view.set({ phase: 'checked', fileName: 'items.csv', error: null, result: result({}) });
    await fixture.whenStable();
    expect(element.querySelector('table.problems')).toBeNull();
    expect(importButton().disabled).toBeFalse();
    expect(importButton().textContent).toContain('Import 2 lines');
    importButton().click();
    expect(data.confirm).toHaveBeenCalled();
  });

  it('shows progress while importing, then what was done', async () => {
    view.set({ phase: 'importing', fileName: 'items.csv', error: null, result: result({}) });
    await fixture.whenStable();
    expect(element.querySelector('mat-progress-bar')).not.toBeNull();
    expect(importButton().disabled).toBeTrue();
    view.set({ phase: 'done', fileName: 'items.csv', error: null, result: result({ dryRun: false }) });
    await fixture.whenStable();
    expect(element.textContent).toContain('Import finished: 1 created, 1 updated, 0 unchanged.');
    expect(importButton()).toBeNull();
  });

  it('says so when the file changes nothing', async () => {
    view.set({ phase: 'checked', fileName: 'same.csv', error: null, result: result({ created: 0, updated: 0, unchanged: 2 }) });
    await fixture.whenStable();
    expect(element.textContent).toContain('there is nothing to import');
    expect(importButton().disabled).toBeTrue();
  });
});
