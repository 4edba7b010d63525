import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { JobTakeBack, TakeBackDiscrepancy } from '@contract';
import en from '../../../../../public/i18n/en.json';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { type FlaggedTakeBack, TakeBackDiscrepancies, flaggedTakeBacks } from './take-back-discrepancies';

const open: TakeBackDiscrepancy = {
  recordedAt: 'another_customer',
  customer: { id: 'c-b', name: 'Pâtisserie B' },
  reportedSerial: null,
  resolution: null,
  resolvedBy: null,
  resolvedAt: null,
};
const takeBack = (id: string, serial: string, discrepancy: TakeBackDiscrepancy | null): JobTakeBack => ({
  id,
  serial,
  serialUnitId: 'su-1',
  itemId: 'i-1',
  itemName: 'Boiler',
  itemReference: 'BOI-1',
  familyId: 'f-1',
  familyName: 'Boilers',
  status: 'ok',
  wasFound: false,
  recordedElsewhere: !!discrepancy && !discrepancy.resolution,
  discrepancy,
  createdAt: '2026-12-09T09:00:00.000Z',
  updatedAt: '2026-12-09T09:00:00.000Z',
});

describe('TakeBackDiscrepancies', () => {
  async function render(takeBacks: JobTakeBack[], actionable: boolean) {
    TestBed.configureTestingModule({
      imports: [TakeBackDiscrepancies, translocoTesting({ langs: { en } })],
      providers: [provideZonelessChangeDetection(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(TakeBackDiscrepancies);
    fixture.componentRef.setInput('takeBacks', takeBacks);
    fixture.componentRef.setInput('jobNumber', 'J-000123');
    fixture.componentRef.setInput('actionable', actionable);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }
  const buttons = (element: HTMLElement) => [...element.querySelectorAll('button')].map((b) => b.textContent!.trim());

  it('says where an open one is recorded and offers Confirm move / Correct serial to the office', async () => {
    const { fixture, element } = await render([takeBack('tb-1', 'SN-1', null), takeBack('tb-2', 'SN-B', open)], true);
    expect(element.querySelectorAll('[role="group"]').length).toBe(1);
    expect(element.textContent).toContain('SN-B is recorded at customer Pâtisserie B — taken back here on J-000123.');
    expect(element.querySelector('a')!.getAttribute('href')).toBe('/customers/c-b');
    expect(buttons(element)).toEqual(['Confirm move', 'Correct serial']);

    const confirmed: FlaggedTakeBack[] = [];
    const corrected: FlaggedTakeBack[] = [];
    fixture.componentInstance.confirmMove.subscribe((t) => confirmed.push(t));
    fixture.componentInstance.correctSerial.subscribe((t) => corrected.push(t));
    element.querySelectorAll('button')[0]!.click();
    element.querySelectorAll('button')[1]!.click();
    expect(confirmed.map((t) => t.id)).toEqual(['tb-2']);
    expect(corrected.map((t) => t.id)).toEqual(['tb-2']);
  });

  it('is read-only where the office may not settle it, and shows the answer once given', async () => {
    const depot: TakeBackDiscrepancy = { ...open, recordedAt: 'depot', customer: undefined, depot: { id: 'd-1', name: 'Main' } };
    const answered: TakeBackDiscrepancy = { ...open, resolution: 'corrected', reportedSerial: 'SN-TYPO', resolvedBy: { id: 'u-1', name: 'Dana' }, resolvedAt: '2026-12-09T10:00:00.000Z' };
    const { element } = await render([takeBack('tb-3', 'SN-D', depot), takeBack('tb-4', 'SN-OK', answered)], false);
    expect(buttons(element)).toEqual([]);
    expect(element.textContent).toContain('SN-D is recorded in depot Main');
    expect(element.textContent).toContain('Serial corrected by Dana');
    expect(element.textContent).toContain('the technician had typed SN-TYPO');
  });

  it('lists open ones first and nothing for take-backs found where recorded', () => {
    const done = takeBack('tb-5', 'A', { ...open, resolution: 'confirmed' });
    expect(flaggedTakeBacks([done, takeBack('tb-6', 'B', null), takeBack('tb-7', 'C', open)]).map((t) => t.id)).toEqual(['tb-7', 'tb-5']);
  });
});
