import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import en from '../../../../../public/i18n/en.json';
import jobDetailEn from '../../../../../public/i18n/job-detail/en.json';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { EditConflict } from './edit-conflict';

describe('EditConflict', () => {
  let fixture: ComponentFixture<EditConflict>;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [EditConflict, translocoTesting({ langs: { en: { ...en, jobDetail: jobDetailEn } } })],
      providers: [provideZonelessChangeDetection()],
    });
    fixture = TestBed.createComponent(EditConflict);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('texts', 'jobDetail.form');
    await fixture.whenStable();
  });

  it('says nothing while there is no conflict', () => {
    expect(element.textContent?.trim()).toBe('');
  });

  it('warns of the conflict and asks to load the latest version', async () => {
    fixture.componentRef.setInput('conflict', true);
    await fixture.whenStable();
    let asked = 0;
    fixture.componentInstance.loadLatest.subscribe(() => asked++);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Someone else saved this job');
    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Show what changed' }))).click();
    expect(asked).toBe(1);
  });

  it('shows the latest version beside the edits and offers to take it', async () => {
    fixture.componentRef.setInput('latestVersion', 4);
    fixture.componentRef.setInput('differences', [{ labelKey: 'jobDetail.form.description', latest: 'Boiler check', mine: '' }]);
    await fixture.whenStable();
    let taken = 0;
    fixture.componentInstance.useLatest.subscribe(() => taken++);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Version 4 is loaded');
    const cells = Array.from(element.querySelectorAll('tbody tr > *')).map((c) => c.textContent?.trim());
    expect(cells).toEqual(['Description', 'Boiler check', '—']);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Drop my edits/ }))).click();
    expect(taken).toBe(1);
  });
});
