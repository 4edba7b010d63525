import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { FieldType, JobAnswer, TemplateField } from '@contract';
import en from '../../../../../public/i18n/en.json';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { ReportAnswer } from './report-answer';

const field = (type: FieldType, extra: Partial<TemplateField> = {}): TemplateField => ({
  id: 'f-1',
  type,
  label: 'Pressure',
  mandatory: false,
  commentsAllowed: true,
  reservesAllowed: true,
  ...extra,
});
const answer = (value: unknown, extra: Partial<JobAnswer> = {}): JobAnswer => ({
  fieldId: 'f-1',
  value,
  comment: null,
  answeredBy: 'u-10',
  answeredByName: null,
  answeredAt: '2026-12-09T09:00:00.000Z',
  ...extra,
});

describe('ReportAnswer', () => {
  async function render(f: TemplateField, a: JobAnswer | null): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [ReportAnswer, translocoTesting({ langs: { en: en } })],
      providers: [provideZonelessChangeDetection()],
    });
    const fixture = TestBed.createComponent(ReportAnswer);
    fixture.componentRef.setInput('field', f);
    fixture.componentRef.setInput('answer', a);
    await fixture.whenStable();
    return fixture.nativeElement;
  }
  const text = (element: HTMLElement) => element.textContent!.replace(/\s+/g, ' ').trim();

  it('says when a field has no answer', async () => {
    expect(text(await render(field('text'), null))).toBe('Not answered');
  });

  it('shows a ticked checkbox as Yes and an unticked one as No', async () => {
    expect(text(await render(field('checkbox'), answer(true)))).toContain('Yes');
    TestBed.resetTestingModule();
    expect(text(await render(field('checkbox'), answer(false)))).toContain('No');
  });

  it('shows a number with its unit, and text as written with its comment', async () => {
    expect(text(await render(field('number', { unit: 'bar' }), answer(1.5)))).toBe('1.5 bar');
    TestBed.resetTestingModule();
    const element = await render(field('text'), answer('Valve replaced', { comment: 'Old one leaked' }));
    expect(element.querySelector('.text')!.textContent).toBe('Valve replaced');
    expect(element.querySelector('.comment')!.textContent).toContain('Old one leaked');
  });

  it('shows a date as a calendar day and a time as written', async () => {
    expect(text(await render(field('date'), answer('2026-12-09')))).toBe('9 Dec 2026');
    TestBed.resetTestingModule();
    expect(text(await render(field('time'), answer('08:30')))).toBe('08:30');
  });

  it('lists the options picked in a multiple choice', async () => {
    const element = await render(field('choice', { multiple: true, options: ['Gas', 'Water', 'Power'] }), answer(['Gas', 'Power']));
    expect(Array.from(element.querySelectorAll('li')).map((li) => li.textContent!.trim())).toEqual(['Gas', 'Power']);
  });

  it('names the outcome of a compliance item', async () => {
    expect(text(await render(field('validation'), answer('not_compliant')))).toContain('Not compliant');
  });

  it('shows a signature as an image with the signer', async () => {
    const image = 'data:image/png;base64,iVBORw0KGgo=';
    const element = await render(field('signature'), answer({ signerName: 'Jeanne Martin', image }));
    const img = element.querySelector('img')!;
    expect(img.getAttribute('src')).toBe(image);
    expect(img.getAttribute('alt')).toBe('Signature of Jeanne Martin');
    expect(text(element)).toContain('Jeanne Martin');
  });

  it('shows photos as thumbnails linking to the originals', async () => {
    const element = await render(field('photo', { label: 'Leak' }), answer(['a-1', 'a-2']));
    const links = Array.from(element.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/api/attachments/a-1', '/api/attachments/a-2']);
    expect(links[0].querySelector('img')!.getAttribute('src')).toBe('/api/attachments/a-1?variant=thumbnail');
    expect(links[1].querySelector('img')!.getAttribute('alt')).toBe('Leak, photo 2');
  });

  it('opens photos in the page lightbox instead of a new tab when asked', async () => {
    TestBed.configureTestingModule({
      imports: [ReportAnswer, translocoTesting({ langs: { en: en } })],
      providers: [provideZonelessChangeDetection()],
    });
    const fixture = TestBed.createComponent(ReportAnswer);
    fixture.componentRef.setInput('field', field('photo'));
    fixture.componentRef.setInput('answer', answer(['a-1', 'a-2']));
    fixture.componentRef.setInput('lightbox', true);
    const opened: unknown[] = [];
    fixture.componentInstance.photoOpened.subscribe((o) => opened.push(o));
    await fixture.whenStable();
    const click = new MouseEvent('click', { cancelable: true });
    (fixture.nativeElement as HTMLElement).querySelectorAll('a')[1].dispatchEvent(click);
    expect(click.defaultPrevented).toBeTrue();
    expect(opened).toEqual([{ ids: ['a-1', 'a-2'], index: 1 }]);
  });
});
