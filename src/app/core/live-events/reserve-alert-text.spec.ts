import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import type { LiveEvent } from '@contract';
import en from '../../../../public/i18n/en.json';
import fr from '../../../../public/i18n/fr.json';
import { reserveAlertText } from './reserve-alert-text';

const raised: LiveEvent = {
  id: 3,
  type: 'reserve.raised',
  payload: {
    reserveId: 'r 1',
    jobId: 'j-1',
    number: 'J-000123',
    jobNumber: 'J-000123',
    fieldLabel: 'Boiler pressure',
    familyLabel: 'Heating',
    status: 'unresolved',
    description: 'Below 1 bar',
  },
  createdAt: '2026-11-26T08:00:00.000Z',
};

describe('reserveAlertText', () => {
  let transloco: TranslocoService;
  const translate = (key: string, params?: Record<string, unknown>) => transloco.translate<string>(key, params);

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { en, fr },
          translocoConfig: { availableLangs: ['en', 'fr'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
    });
    transloco = TestBed.inject(TranslocoService);
  });

  it('says which job, which field and which status, and links to the reserve', () => {
    const text = reserveAlertText(raised, translate)!;
    expect(text.toast).toBe('Reserve on J-000123 — Boiler pressure — Unresolved');
    expect(text.title).toBe('Reserve on J-000123');
    expect(text.body).toBe('Boiler pressure — Unresolved — Below 1 bar');
    expect(text.link).toBe('/reserves/r%201');
  });

  it('speaks French', () => {
    transloco.setActiveLang('fr');
    expect(reserveAlertText(raised, translate)!.toast).toBe('Réserve sur J-000123 — Boiler pressure — Non résolue');
  });

  it('ignores other events', () => {
    expect(reserveAlertText({ ...raised, type: 'job.updated' }, translate)).toBeNull();
  });
});
