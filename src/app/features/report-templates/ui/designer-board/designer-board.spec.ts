import { LiveAnnouncer } from '@angular/cdk/a11y';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { leakDefinition } from '../../../../../testing/report-templates';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { indexProblems } from '../template-problems';
import { DesignerBoard, type FieldMove } from './designer-board';

describe('DesignerBoard', () => {
  let fixture: ComponentFixture<DesignerBoard>;
  let element: HTMLElement;
  let moves: FieldMove[];
  let announcer: jasmine.SpyObj<LiveAnnouncer>;

  beforeEach(async () => {
    announcer = jasmine.createSpyObj<LiveAnnouncer>('LiveAnnouncer', ['announce']);
    announcer.announce.and.resolveTo();
    TestBed.configureTestingModule({
      imports: [DesignerBoard, translocoTesting()],
      providers: [provideZonelessChangeDetection(), { provide: LiveAnnouncer, useValue: announcer }],
    });
    fixture = TestBed.createComponent(DesignerBoard);
    fixture.componentRef.setInput('definition', leakDefinition());
    moves = [];
    fixture.componentInstance.fieldMoved.subscribe((m) => moves.push(m));
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  const summary = (fieldId: string) => element.querySelector<HTMLButtonElement>(`[data-field-summary="${fieldId}"]`)!;
  const press = (target: HTMLElement, key: string, altKey = true) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key, altKey, bubbles: true, cancelable: true }));

  it('moves a field down past the end of its family into the next one, and says so', () => {
    press(summary('pressure'), 'ArrowDown');
    expect(moves).toEqual([{ fieldId: 'pressure', toFamilyId: 'evidence', toIndex: 0 }]);
    expect(announcer.announce).toHaveBeenCalledWith('Pressure moved to Evidence, position 1', 'assertive');
  });

  it('moves a field up within its family, and ignores arrows without Alt', () => {
    press(summary('remarks'), 'ArrowDown', false);
    press(summary('remarks'), 'ArrowUp');
    expect(moves).toEqual([{ fieldId: 'remarks', toFamilyId: 'evidence', toIndex: 0 }]);
  });

  it('does not move anything when read-only', async () => {
    fixture.componentRef.setInput('readonly', true);
    await fixture.whenStable();
    press(summary('leak'), 'ArrowDown');
    expect(moves).toEqual([]);
    expect(element.querySelector('[cdkDragHandle]')).toBeNull();
    expect(element.textContent).not.toContain('Add field');
  });

  it('opens the settings of the selected field and marks fields with problems', async () => {
    const definition = leakDefinition();
    definition.families[0].fields[1].label = '';
    fixture.componentRef.setInput('definition', definition);
    fixture.componentRef.setInput('selectedFieldId', 'leak');
    fixture.componentRef.setInput('problems', indexProblems(definition, [{ path: ['families', 0, 'fields', 1, 'label'], code: 'empty_label', message: '' }]));
    await fixture.whenStable();
    expect(summary('leak').getAttribute('aria-expanded')).toBe('true');
    expect(element.querySelectorAll('fd-field-editor').length).toBe(1);
    expect(summary('pressure').textContent).toContain('1 problem');
  });
});
