import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { movementNoteKeys, movementNoteText } from '@contract/rules';
import { TranslocoService } from '@jsverse/transloco';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { MovementNote, type MovementWithNote } from './movement-note';

const confirmed: MovementWithNote = {
  note: 'Taken back at Boulangerie A on job J-000777; was recorded at Pâtisserie B; move confirmed by Dana Dispatch.',
  noteKey: 'take_back_confirmed_from_customer',
  noteParams: { customer: 'Boulangerie A', job: 'J-000777', recordedAt: 'Pâtisserie B', confirmedBy: 'Dana Dispatch' },
};
const shortfall: MovementWithNote = {
  note: 'Used 3.5 on job J-000012; the van held 2: 1.5 missing from the stock count (stock shortfall).',
  noteKey: 'used_with_shortfall',
  noteParams: { quantity: '3.5', job: 'J-000012', held: '2', missing: '1.5' },
};

describe('MovementNote', () => {
  async function render(movement: MovementWithNote, lang = 'en') {
    TestBed.configureTestingModule({
      imports: [MovementNote, translocoTesting()],
      providers: [provideZonelessChangeDetection(), provideRouter([])],
    });
    TestBed.inject(TranslocoService).setActiveLang(lang);
    const fixture = TestBed.createComponent(MovementNote);
    fixture.componentRef.setInput('movement', movement);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }
  const text = (element: HTMLElement) => element.textContent!.replace(/\s+/g, ' ').trim();
  const links = (element: HTMLElement) => [...element.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);

  it('says a take-back confirmed by the office in English, the job a link', async () => {
    const { element } = await render(confirmed);
    expect(text(element)).toBe(confirmed.note!);
    expect(links(element)).toEqual([['J-000777', '/jobs/J-000777']]);
  });

  it('says it in French, and follows a change of language', async () => {
    const { fixture, element } = await render(confirmed, 'fr');
    expect(text(element)).toBe(
      "Repris chez Boulangerie A lors de l'intervention J-000777 ; était enregistré chez Pâtisserie B ; déplacement confirmé par Dana Dispatch.",
    );
    expect(links(element)).toEqual([['J-000777', '/jobs/J-000777']]);
    TestBed.inject(TranslocoService).setActiveLang('en');
    await fixture.whenStable();
    expect(text(element)).toBe(confirmed.note!);
  });

  it('writes quantities the French way', async () => {
    const { element } = await render(shortfall, 'fr');
    expect(text(element)).toBe(
      "3,5 utilisé(s) lors de l'intervention J-000012 ; le véhicule en avait 2 : 1,5 manquant(s) au stock (manque de stock).",
    );
  });

  it('says a settled stock shortfall in French, what the office typed after a dash as typed', async () => {
    const settled: MovementWithNote = {
      note: 'Stock shortfall of job J-000012 settled: written off as a stock loss — Lost on site',
      noteKey: 'shortfall_settled_written_off',
      noteParams: { job: 'J-000012', comment: 'Lost on site' },
    };
    const { element } = await render(settled, 'fr');
    expect(text(element)).toBe("Manque de stock de l'intervention J-000012 régularisé : passé en perte — Lost on site");
    expect(links(element)).toEqual([['J-000012', '/jobs/J-000012']]);
  });

  it('shows a typed note, an older one without a key, or an unknown key as written', async () => {
    expect(text((await render({ note: 'Leaking at the flange' }, 'fr')).element)).toBe('Leaking at the flange');
    TestBed.resetTestingModule();
    const unknown = { note: 'Moved by a newer server', noteKey: 'teleported', noteParams: {} } as unknown as MovementWithNote;
    const { element } = await render(unknown, 'fr');
    expect(text(element)).toBe('Moved by a newer server');
    expect(links(element)).toEqual([]);
    TestBed.resetTestingModule();
    expect(text((await render({ note: null, noteKey: null, noteParams: null })).element)).toBe('');
  });

  it('has, for every key, the English the server writes in the note column', async () => {
    const { fixture } = await render(confirmed);
    const params = { customer: 'C', job: 'J-1', recordedAt: 'R', confirmedBy: 'X', quantity: '1', held: '0', missing: '1' };
    for (const noteKey of movementNoteKeys) {
      fixture.componentRef.setInput('movement', { note: null, noteKey, noteParams: params });
      await fixture.whenStable();
      expect(text(fixture.nativeElement)).withContext(noteKey).toBe(movementNoteText(noteKey, params));
    }
  });
});
