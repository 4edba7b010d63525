import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { JobReport as Report, TemplateDefinition } from '@contract';
import en from '../../../../../public/i18n/en.json';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { JobReport } from './job-report';

const definition: TemplateDefinition = {
  families: [
    {
      id: 'fam-1',
      label: 'Checks',
      fields: [
        { id: 'leak', type: 'checkbox', label: 'Leak found?', mandatory: false, commentsAllowed: true, reservesAllowed: true },
        {
          id: 'leak-photo',
          type: 'photo',
          label: 'Photo of the leak',
          mandatory: false,
          commentsAllowed: true,
          reservesAllowed: true,
          visibleWhen: { fieldId: 'leak', operator: 'is_ticked' },
        },
        { id: 'pressure', type: 'number', label: 'Pressure', unit: 'bar', mandatory: true, commentsAllowed: true, reservesAllowed: true },
      ],
    },
  ],
};
const at = '2026-12-09T09:00:00.000Z';
const report = (leak: boolean): Report => ({
  answers: [
    { fieldId: 'leak', value: leak, comment: null, answeredBy: 'u-10', answeredByName: 'Tom Tech', answeredAt: at },
    { fieldId: 'pressure', value: 1.5, comment: null, answeredBy: 'u-10', answeredByName: 'Tom Tech', answeredAt: at },
  ],
  reserves: [
    {
      id: 'r-1',
      fieldId: 'pressure',
      familyLabel: 'Checks',
      fieldLabel: 'Pressure',
      status: 'unresolved',
      description: 'Pressure drops overnight',
      raisedBy: 'u-10',
      raisedByName: 'Tom Tech',
      raisedAt: at,
      assigneeId: null,
      updatedAt: at,
      version: 1,
    },
  ],
  attachments: [],
  signatures: [],
  items: [],
  takeBacks: [],
  totals: { exclTaxCents: 0, taxCents: 0, inclTaxCents: 0, currency: 'EUR' },
});

describe('JobReport', () => {
  async function render(leak: boolean, inputs: Record<string, unknown> = {}): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [JobReport, translocoTesting({ langs: { en: en } })],
      providers: [provideZonelessChangeDetection()],
    });
    const fixture = TestBed.createComponent(JobReport);
    fixture.componentRef.setInput('definition', definition);
    fixture.componentRef.setInput('report', report(leak));
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    fixture.componentInstance.edit.subscribe((field) => edited.push(field.id));
    await fixture.whenStable();
    return fixture.nativeElement;
  }
  let edited: string[] = [];
  beforeEach(() => (edited = []));
  const labels = (element: HTMLElement) => Array.from(element.querySelectorAll('dt')).map((dt) => dt.textContent!.trim());

  it('shows the fields the technician saw, in the template order, with their reserves', async () => {
    const element = await render(false);
    expect(element.querySelector('h3')!.textContent).toBe('Checks');
    expect(labels(element)).toEqual(['Leak found?', 'Pressure']);
    expect(element.textContent).toContain('Unresolved');
    expect(element.textContent).toContain('Pressure drops overnight');
  });

  it('shows a field its condition revealed', async () => {
    expect(labels(await render(true))).toEqual(['Leak found?', 'Photo of the leak', 'Pressure']);
  });

  it('never shows an answer its condition hides (the box was unticked after the photo was taken)', async () => {
    const hidden = report(false);
    const photoAnswer = { ...hidden.answers[0]!, fieldId: 'leak-photo', value: ['a-1'] };
    expect(labels(await render(false, { report: { ...hidden, answers: [...hidden.answers, photoAnswer] } }))).toEqual(['Leak found?', 'Pressure']);
  });

  it('keeps only the fields with a reserve or a comment when asked', async () => {
    const element = await render(false, { onlyFlagged: true });
    expect(labels(element)).toEqual(['Pressure']);
  });

  it('offers a labelled edit button per answer field (not photos) that reports the field', async () => {
    const element = await render(true, { editable: true });
    const buttons = Array.from(element.querySelectorAll<HTMLButtonElement>('button.edit'));
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Correct the answer to Leak found?', 'Correct the answer to Pressure']);
    buttons[1].click();
    expect(edited).toEqual(['pressure']);
    TestBed.resetTestingModule();
    expect((await render(true)).querySelector('button.edit')).toBeNull();
  });
});
