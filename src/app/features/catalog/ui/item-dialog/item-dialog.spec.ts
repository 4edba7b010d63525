import { provideZonelessChangeDetection, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { CatalogFamily, CatalogItemDetail } from '@contract';
import { catalogTranslocoTesting } from '../../testing/catalog-transloco';
import { ItemDialog, type ItemDialogData, type ItemDialogView } from './item-dialog';

const families: CatalogFamily[] = [
  { id: 'f-1', name: 'Pumps', sortOrder: 10, itemCount: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1 },
];

const existing: CatalogItemDetail = {
  id: 'i-1',
  familyId: 'f-1',
  familyName: 'Pumps',
  kind: 'part',
  reference: 'PRT-1',
  name: 'Circulateur',
  description: null,
  unit: 'unit',
  unitPriceCents: 18950,
  currency: 'EUR',
  taxRateBp: 550,
  isSerialized: true,
  isStockTracked: true,
  isActive: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 3,
  serialUnitCount: 4,
  stockQuantity: 0,
};

describe('ItemDialog', () => {
  let fixture: ComponentFixture<ItemDialog>;
  let element: HTMLElement;
  let data: ItemDialogData;
  let close: jasmine.Spy;
  const view = signal<ItemDialogView>({ isNew: true, item: null, loading: false, loadError: null, saving: false, saveError: null, currency: 'EUR' });

  async function open(initial: ItemDialogView, readOnly = false) {
    view.set(initial);
    close = jasmine.createSpy('close');
    data = {
      view,
      families: signal(families),
      readOnly,
      familyId: 'f-1',
      describeError: (e) => ({ key: `catalog.errors.${e.code}`, params: {} }),
      create: jasmine.createSpy('create'),
      update: jasmine.createSpy('update'),
      requestLatest: jasmine.createSpy('requestLatest'),
    };
    TestBed.configureTestingModule({
      imports: [ItemDialog, catalogTranslocoTesting()],
      providers: [
        provideZonelessChangeDetection(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    fixture = TestBed.createComponent(ItemDialog);
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  const input = (name: string) => element.querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`)!;
  async function type(name: string, value: string) {
    const field = input(name);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }
  const submit = async () => {
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  const errors = () => Array.from(element.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());

  it('shows what is wrong at each field and sends nothing', async () => {
    await open({ isNew: true, item: null, loading: false, loadError: null, saving: false, saveError: null, currency: 'EUR' });
    await type('reference', 'has space');
    await type('unitPrice', '12.345');
    await submit();
    expect(errors()).toContain('Letters, digits and . _ / - only (at most 40)');
    expect(errors()).toContain('Enter an amount such as 12.50 or 12,50');
    expect(errors()).toContain('This field is required');
    expect(data.create).not.toHaveBeenCalled();
  });

  it('creates with the reference upper-cased and amounts in hundredths (comma or dot)', async () => {
    await open({ isNew: true, item: null, loading: false, loadError: null, saving: false, saveError: null, currency: 'EUR' });
    await type('reference', 'prt-9');
    await type('name', '  Joint fibre ');
    await type('unitPrice', '1 250,5');
    await type('taxRate', '5,5');
    await submit();
    expect(data.create).toHaveBeenCalledWith({
      familyId: 'f-1',
      kind: 'part',
      reference: 'PRT-9',
      name: 'Joint fibre',
      description: null,
      unit: 'unit',
      unitPriceCents: 125050,
      taxRateBp: 550,
      isSerialized: false,
      isStockTracked: false,
      isActive: true,
    });
    view.set({ ...view(), saving: true });
    await fixture.whenStable();
    view.set({ ...view(), saving: false });
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(true);
  });

  it('updates only what changed, against the version shown; says why a flag is locked', async () => {
    await open({ isNew: false, item: existing, loading: false, loadError: null, saving: false, saveError: null, currency: 'EUR' });
    expect(input('unitPrice').value).toBe('189.50');
    expect(input('taxRate').value).toBe('5.5');
    expect(element.textContent).toContain('4 serial units exist');
    await type('unitPrice', '199');
    await submit();
    expect(data.update).toHaveBeenCalledWith('i-1', 3, { unitPriceCents: 19900 });
  });

  it('after a 412 keeps the edits, loads the latest version and bases the next save on it', async () => {
    await open({ isNew: false, item: existing, loading: false, loadError: null, saving: false, saveError: null, currency: 'EUR' });
    await type('name', 'Mine');
    await submit();
    view.set({ ...view(), saving: true });
    await fixture.whenStable();
    view.set({ ...view(), saving: false, saveError: { status: 412, code: 'version_mismatch', message: 'stale' } });
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Someone else changed this item');
    expect(close).not.toHaveBeenCalled();

    (Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.includes('Load the latest version')) as HTMLButtonElement).click();
    expect(data.requestLatest).toHaveBeenCalledWith('i-1');
    view.set({ ...view(), item: { ...existing, unitPriceCents: 100, version: 4 } });
    await fixture.whenStable();
    expect(input('name').value).toBe('Mine', 'the edit is kept');
    expect(element.textContent).toContain('Latest version (4) loaded');
    await submit();
    expect(data.update).toHaveBeenCalledWith('i-1', 4, { name: 'Mine', unitPriceCents: 18950 });
  });

  it('shows a taken reference at the field', async () => {
    await open({ isNew: true, item: null, loading: false, loadError: null, saving: false, saveError: null, currency: 'EUR' });
    await type('reference', 'PRT-1');
    await type('name', 'Pump');
    await type('unitPrice', '1');
    await submit();
    view.set({ ...view(), saving: true });
    await fixture.whenStable();
    view.set({ ...view(), saving: false, saveError: { status: 409, code: 'reference_taken', message: 'x' } });
    await fixture.whenStable();
    expect(errors()).toContain('Another item already has this reference.');
  });

  it('is read-only for those who may not edit', async () => {
    await open({ isNew: false, item: existing, loading: false, loadError: null, saving: false, saveError: null, currency: 'EUR' }, true);
    expect(input('name').disabled).toBeTrue();
    expect(element.querySelector('button[type="submit"]')).toBeNull();
    expect(element.querySelector('h2')?.textContent).toContain('Item');
  });
});
