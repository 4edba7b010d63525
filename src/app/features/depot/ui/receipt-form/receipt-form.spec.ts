import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ReceiptRequest } from '@contract';
import { depotTranslocoTesting, itemRef } from '../../../../../testing/depots';
import { ReceiptForm } from './receipt-form';

describe('ReceiptForm', () => {
  let fixture: ComponentFixture<ReceiptForm>;
  let element: HTMLElement;
  let sent: ReceiptRequest[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ReceiptForm, depotTranslocoTesting()],
      providers: [provideZonelessChangeDetection()],
    });
    fixture = TestBed.createComponent(ReceiptForm);
    fixture.componentRef.setInput('depotName', 'Main warehouse');
    sent = [];
    fixture.componentInstance.submitted.subscribe((r) => sent.push(r));
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  /** The item picker reports a choice the way the autocomplete does. */
  async function choose(item = itemRef()) {
    const picker = fixture.debugElement.query((d) => d.name === 'fd-item-picker');
    picker.triggerEventHandler('selected', item);
    await fixture.whenStable();
  }

  async function paste(text: string) {
    const textarea = element.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = text;
    textarea.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function submit() {
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
  }

  const lineRows = () => [...element.querySelectorAll<HTMLElement>('.review .line')];

  it('sends the pasted serials, one per line, for a serialized item', async () => {
    await choose();
    await paste('VTD-1\nVTD-2\n\nVTD-3\n');
    expect(element.textContent).toContain('3 serial numbers');
    await submit();
    expect(sent).toEqual([{ lines: [{ itemId: 'i-boiler', serials: ['VTD-1', 'VTD-2', 'VTD-3'] }] }]);
  });

  it('shows the server’s problems next to the pasted lines they are about', async () => {
    await choose();
    await paste('VTD-1\n\nVTD-2\nVTD-3');
    await submit();
    fixture.componentRef.setInput('problems', [
      { line: 2, requestLine: 1, serial: 'VTD-2', code: 'already_known', message: 'Known' },
      { line: 3, requestLine: 1, serial: 'VTD-3', code: 'invalid_serial', message: 'Bad' },
    ]);
    await fixture.whenStable();

    const rows = lineRows();
    expect(rows.map((r) => r.querySelector('.number')?.textContent?.trim())).toEqual(['1', '3', '4']);
    expect(rows[0].classList).not.toContain('bad');
    expect(rows[1].classList).toContain('bad');
    expect(rows[1].querySelector('.serial')?.textContent).toBe('VTD-2');
    expect(rows[1].querySelector('.problem')?.textContent).toContain('Already known');
    expect(rows[2].querySelector('.problem')?.textContent).toContain('Invalid characters found');
    expect(element.textContent).toContain('2 lines have a problem: nothing was received.');
  });

  it('stops showing the problems once the lines are edited (they were about the old text)', async () => {
    await choose();
    await paste('VTD-1\nVTD-2');
    await submit();
    fixture.componentRef.setInput('problems', [{ line: 2, requestLine: 1, serial: 'VTD-2', code: 'already_known', message: '' }]);
    await fixture.whenStable();
    expect(lineRows().length).toBe(2);
    await paste('VTD-1\nVTD-9');
    expect(lineRows().length).toBe(0);
  });

  it('catches a serial pasted twice before sending anything', async () => {
    await choose();
    await paste('A\nB\nA');
    await submit();
    expect(sent).toEqual([]);
    const bad = lineRows().filter((r) => r.classList.contains('bad'));
    expect(bad.length).toBe(1);
    expect(bad[0].textContent).toContain('Same serial as line 1');
  });

  it('asks for a quantity for an item without serial numbers', async () => {
    await choose(itemRef({ id: 'i-valve', isSerialized: false, unit: 'metre' }));
    expect(element.querySelector('textarea')).toBeNull();
    const quantity = element.querySelector('input[type="number"]') as HTMLInputElement;
    quantity.value = '12.5';
    quantity.dispatchEvent(new Event('input'));
    await submit();
    expect(sent).toEqual([{ lines: [{ itemId: 'i-valve', quantity: 12.5 }] }]);
  });

  it('refuses decimals on pieces before the server does', async () => {
    await choose(itemRef({ id: 'i-filter', isSerialized: false, unit: 'unit' }));
    const quantity = element.querySelector('input[type="number"]') as HTMLInputElement;
    quantity.value = '1.5';
    quantity.dispatchEvent(new Event('input'));
    await submit();
    expect(sent).toEqual([]);
    quantity.value = '2';
    quantity.dispatchEvent(new Event('input'));
    await submit();
    expect(sent).toEqual([{ lines: [{ itemId: 'i-filter', quantity: 2 }] }]);
  });

  it('asks for the item before anything else', async () => {
    await submit();
    expect(sent).toEqual([]);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Choose the item received.');
  });
});
