import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { GridColumnChooser } from './grid-column-chooser';

describe('GridColumnChooser', () => {
  let fixture: ComponentFixture<GridColumnChooser>;
  let emitted: string[][];

  async function render(columns: { id: string; label: string }[], shown: string[]) {
    TestBed.configureTestingModule({ imports: [GridColumnChooser, translocoTesting()], providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(GridColumnChooser);
    fixture.componentRef.setInput('label', 'customers.list.columns');
    fixture.componentRef.setInput('emptyLabel', 'customers.list.noCustomFields');
    fixture.componentRef.setInput('columns', columns);
    fixture.componentRef.setInput('shown', shown);
    emitted = [];
    fixture.componentInstance.shownChanged.subscribe((ids) => emitted.push(ids));
    await fixture.whenStable();
    const trigger = fixture.nativeElement.querySelector('button') as HTMLButtonElement;
    expect(trigger.textContent).toContain('Columns');
    trigger.click();
    await fixture.whenStable();
  }

  const panel = () => document.querySelector('.mat-mdc-menu-panel');
  const checkboxes = () => Array.from(document.querySelectorAll<HTMLInputElement>('.mat-mdc-menu-panel input[type="checkbox"]'));

  it('ticks the shown columns; ticking shows one (last), unticking hides one', async () => {
    await render(
      [
        { id: 'status', label: 'Status' },
        { id: 'template', label: 'Report template' },
        { id: 'worked', label: 'Worked' },
      ],
      ['status', 'worked'],
    );
    const boxes = checkboxes();
    expect(boxes.map((b) => b.checked)).toEqual([true, false, true]);
    expect(panel()?.textContent).toContain('Report template');

    boxes[1]!.click();
    boxes[2]!.click();
    expect(emitted).toEqual([['status', 'worked', 'template'], ['status']]);
  });

  it('says when there is nothing to choose', async () => {
    await render([], []);
    expect(checkboxes()).toEqual([]);
    expect(panel()?.textContent).toContain('No custom fields for customers');
  });
});
