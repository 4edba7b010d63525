import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SerialUnitEvent } from '@contract';
import { TranslocoService } from '@jsverse/transloco';
import { depotTranslocoTesting, unitEvent } from '../../../../../testing/depots';
import { SerialTimeline } from './serial-timeline';

describe('SerialTimeline', () => {
  const received = unitEvent({ id: 'e1', kind: 'receipt', occurredAt: '2026-01-10T09:00:00.000Z' });
  const installed = unitEvent({
    id: 'e2',
    kind: 'install',
    occurredAt: '2026-02-01T14:30:00.000Z',
    actor: { id: 'u-t', displayName: 'Léa Martin' },
    fromDepot: { id: 'd-van-1', name: 'Van 1' },
    toDepot: null,
    customer: { id: 'c-7', name: 'Boulangerie Martin' },
    job: { id: 'j-1', number: 'J-000123' },
    statusAfter: 'installed',
  });
  const takenBack = unitEvent({
    id: 'e3',
    kind: 'take_back',
    occurredAt: '2026-03-05T08:00:00.000Z',
    actor: null,
    toDepot: { id: 'd-van-1', name: 'Van 1' },
    customer: { id: 'c-7', name: 'Boulangerie Martin' },
    job: { id: 'j-2', number: 'J-000200' },
    statusAfter: 'needs_repair',
    note: 'Leaking',
  });

  async function render(events: SerialUnitEvent[]) {
    TestBed.configureTestingModule({
      imports: [SerialTimeline, depotTranslocoTesting()],
      providers: [provideZonelessChangeDetection(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(SerialTimeline);
    fixture.componentRef.setInput('events', events);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const titles = (element: HTMLElement) => [...element.querySelectorAll('.event .title')].map((e) => e.textContent?.trim());

  it('tells the events oldest first, even when they arrive out of order', async () => {
    const { element } = await render([takenBack, received, installed]);
    expect(titles(element)).toEqual(['Received', 'Installed at a customer', 'Taken back']);
  });

  it('says who did each thing, and when, with the exact time kept for hover and focus', async () => {
    const { element } = await render([received, installed, takenBack]);
    const events = [...element.querySelectorAll<HTMLElement>('.event')];
    expect(events[0].querySelector('.who')?.textContent).toContain('by Alice Admin');
    expect(events[1].querySelector('.who')?.textContent).toContain('by Léa Martin');
    expect(events[2].querySelector('.who')?.textContent).toContain('automatically');
    const time = events[1].querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2026-02-01T14:30:00.000Z');
    expect(time?.getAttribute('tabindex')).toBe('0');
    expect(time?.textContent?.trim()).toMatch(/ago|now/);
    expect(time?.getAttribute('aria-label')).toContain('2026');
  });

  it('links the customer and the job of an installation, and the depots of a move', async () => {
    const { element } = await render([installed]);
    const hrefs = [...element.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(hrefs).toEqual([
      ['Van 1', '/depots/d-van-1'],
      ['Boulangerie Martin', '/customers/c-7'],
      ['J-000123', '/jobs/J-000123'],
    ]);
  });

  it('shows the status a taken-back unit came back with, and the note', async () => {
    const { element } = await render([takenBack]);
    expect(element.querySelector('.event fd-status-chip')?.textContent?.trim()).toBe('Needs repair');
    expect(element.querySelector('.note')?.textContent).toContain('Leaking');
  });

  it("says the server's notes in the user's language, the job a link; a typed note as typed", async () => {
    const settled = unitEvent({
      id: 'e4',
      kind: 'take_back',
      occurredAt: '2026-03-06T08:00:00.000Z',
      note: 'Taken back on job J-000200',
      noteKey: 'take_back_on_job',
      noteParams: { job: 'J-000200' },
    });
    const { fixture, element } = await render([takenBack, settled]);
    const notes = () => [...element.querySelectorAll('.note')].map((n) => n.textContent?.trim());
    expect(notes()).toEqual(['Leaking', 'Taken back on job J-000200']);
    TestBed.inject(TranslocoService).setActiveLang('fr');
    await fixture.whenStable();
    expect(notes()).toEqual(['Leaking', "Repris lors de l'intervention J-000200"]);
    expect(element.querySelectorAll('.note')[1].querySelector('a')?.getAttribute('href')).toBe('/jobs/J-000200');
  });

  it('tells a repair that ended in retirement apart from one that made the unit usable', async () => {
    const { element } = await render([
      unitEvent({ id: 'r1', kind: 'repair', statusAfter: 'ok', occurredAt: '2026-04-01T00:00:00.000Z' }),
      unitEvent({ id: 'r2', kind: 'repair', statusAfter: 'obsolete', occurredAt: '2026-05-01T00:00:00.000Z' }),
    ]);
    expect(titles(element)).toEqual(['Repaired: usable again', 'Declared obsolete after inspection']);
  });

  it('speaks French when the user does', async () => {
    const { fixture, element } = await render([installed]);
    TestBed.inject(TranslocoService).setActiveLang('fr');
    await fixture.whenStable();
    expect(titles(element)).toEqual(['Installée chez un client']);
    expect(element.querySelector('.who')?.textContent).toContain('par Léa Martin');
  });
});
