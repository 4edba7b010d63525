import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { UnitReportedElsewhere } from '@contract';
import en from '../../../../../public/i18n/en.json';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { ReportedElsewhere } from './reported-elsewhere';

const report: UnitReportedElsewhere = {
  takeBackId: 'tb-1',
  job: { id: 'j-1', number: 'J-000777' },
  takenBackAt: { id: 'c-a', name: 'Boulangerie A' },
  reportedAt: '2026-12-09T09:00:00.000Z',
  confirmed: false,
};

describe('ReportedElsewhere', () => {
  async function render(value: UnitReportedElsewhere, compact: boolean) {
    TestBed.configureTestingModule({
      imports: [ReportedElsewhere, translocoTesting({ langs: { en } })],
      providers: [provideZonelessChangeDetection(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(ReportedElsewhere);
    fixture.componentRef.setInput('report', value);
    fixture.componentRef.setInput('compact', compact);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it("marks a unit in a list with the job, opening the job's review", async () => {
    const element = await render(report, true);
    const link = element.querySelector('a')!;
    expect(link.textContent).toContain('Reported elsewhere · J-000777');
    expect(link.getAttribute('href')).toBe('/review/J-000777');
  });

  it('says on the serial page where it was taken back and that it stays recorded here until confirmed', async () => {
    const open = await render(report, false);
    expect(open.textContent).toContain('Reported taken back at Boulangerie A');
    expect(open.textContent).toContain('the unit stays recorded here');
    TestBed.resetTestingModule();
    const confirmed = await render({ ...report, confirmed: true }, false);
    expect(confirmed.textContent).toContain('leaves this record when that job ends');
  });
});
