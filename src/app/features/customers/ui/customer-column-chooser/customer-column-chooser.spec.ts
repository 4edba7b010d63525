import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CustomFieldDefinition } from '@contract';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { CustomerColumnChooser } from './customer-column-chooser';

const field = (key: string, labelEn: string): CustomFieldDefinition => ({
  id: key,
  entity: 'customer',
  key,
  labelEn,
  labelFr: labelEn,
  type: 'text',
  options: [],
  mandatory: false,
  sortOrder: 0,
  active: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  version: 1,
});

describe('CustomerColumnChooser', () => {
  let fixture: ComponentFixture<CustomerColumnChooser>;
  let emitted: string[][];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [CustomerColumnChooser, translocoTesting()],
      providers: [provideZonelessChangeDetection()],
    });
    fixture = TestBed.createComponent(CustomerColumnChooser);
    fixture.componentRef.setInput('fields', [field('region', 'Region'), field('level', 'Level')]);
    fixture.componentRef.setInput('shown', ['level']);
    emitted = [];
    fixture.componentInstance.shownChanged.subscribe((keys) => emitted.push(keys));
    await fixture.whenStable();
  });

  function checkboxes(): HTMLInputElement[] {
    return Array.from(document.querySelectorAll<HTMLInputElement>('.mat-mdc-menu-panel input[type="checkbox"]'));
  }

  it('lists the fields with the shown ones ticked, and adds or removes a column on click', async () => {
    (fixture.nativeElement.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();
    const boxes = checkboxes();
    expect(boxes.map((b) => b.checked)).toEqual([false, true]);
    expect(document.querySelector('.mat-mdc-menu-panel')?.textContent).toContain('Region');

    boxes[0]!.click();
    boxes[1]!.click();
    expect(emitted).toEqual([['level', 'region'], []]);
  });
});
