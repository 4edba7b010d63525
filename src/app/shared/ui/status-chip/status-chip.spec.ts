import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { StatusChip, type StatusScheme } from './status-chip';

const jobs: StatusScheme = { labelPrefix: 'jobStatus.', tones: { cancelled: 'error' } };

describe('StatusChip', () => {
  async function render(inputs: Record<string, unknown>) {
    TestBed.configureTestingModule({ imports: [StatusChip, translocoTesting()], providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(StatusChip);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    const chip: HTMLElement = fixture.nativeElement.querySelector('.chip');
    return { text: chip.textContent?.trim(), tone: chip.dataset['tone'], background: getComputedStyle(chip).backgroundColor };
  }

  it('names a status of a scheme and gives it the scheme’s tone, neutral when the scheme has none', async () => {
    const cancelled = await render({ status: 'cancelled', scheme: jobs });
    expect(cancelled.text).toBe('Cancelled');
    expect(cancelled.tone).toBe('error');
    TestBed.resetTestingModule();
    const scheduled = await render({ status: 'scheduled', scheme: jobs });
    expect(scheduled.tone).toBe('neutral');
    expect(scheduled.background).not.toBe(cancelled.background);
  });

  it('shows a label with its tone as given', async () => {
    const chip = await render({ label: 'Open', tone: 'tertiary' });
    expect(chip.text).toBe('Open');
    expect(chip.tone).toBe('tertiary');
  });
});
