import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { jobsTranslocoTesting } from '../../testing/jobs-transloco';
import { JobColumnChooser } from './job-column-chooser';

describe('JobColumnChooser', () => {
  let fixture: ComponentFixture<JobColumnChooser>;
  let emitted: string[][];

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [JobColumnChooser, jobsTranslocoTesting()], providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(JobColumnChooser);
    fixture.componentRef.setInput('columns', [
      { id: 'status', label: 'Status' },
      { id: 'template', label: 'Report template' },
      { id: 'worked', label: 'Worked' },
    ]);
    fixture.componentRef.setInput('hidden', ['template']);
    emitted = [];
    fixture.componentInstance.hiddenChanged.subscribe((hidden) => emitted.push(hidden));
    await fixture.whenStable();
  });

  it('ticks the shown columns; unticking hides one, ticking shows one again', async () => {
    const trigger = fixture.nativeElement.querySelector('button') as HTMLButtonElement;
    expect(trigger.textContent).toContain('Columns');
    trigger.click();
    await fixture.whenStable();
    const boxes = Array.from(document.querySelectorAll<HTMLInputElement>('.mat-mdc-menu-panel input[type="checkbox"]'));
    expect(boxes.map((b) => b.checked)).toEqual([true, false, true]);
    expect(document.querySelector('.mat-mdc-menu-panel')?.textContent).toContain('Report template');

    boxes[2]!.click();
    boxes[1]!.click();
    expect(emitted).toEqual([['template', 'worked'], []]);
  });
});
