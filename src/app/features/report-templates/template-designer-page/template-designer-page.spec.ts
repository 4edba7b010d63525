import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { reportTemplate } from '../../../../testing/report-templates';
import { translocoTesting } from '../../../../testing/transloco-testing';
import type { CallState } from '../../../shared/util/call-state';
import {
  TemplateDesignerPageActions,
  selectBaseVersion,
  selectCanEditTemplates,
  selectComparisonView,
  selectConflictView,
  selectDescription,
  selectDesignerLoad,
  selectDraft,
  selectIsDirty,
  selectName,
  selectProblems,
  selectPublishCallState,
  selectPublishProblems,
  selectRevision,
  selectSaveCallState,
  selectSelectedFieldId,
  selectTemplate,
  selectVersionLoad,
} from '../data-access';
import type { DesignerProblem } from '../data-access';
import { TemplateDesignerPage } from './template-designer-page';

describe('TemplateDesignerPage', () => {
  let fixture: ComponentFixture<TemplateDesignerPage>;
  let store: MockStore;
  let element: HTMLElement;

  async function open(options: { admin?: boolean; dirty?: boolean; problems?: DesignerProblem[]; conflict?: boolean } = {}) {
    TestBed.configureTestingModule({
      imports: [TemplateDesignerPage, translocoTesting()],
      providers: [provideZonelessChangeDetection(), provideRouter([]), provideMockStore()],
    });
    store = TestBed.inject(MockStore);
    const template = reportTemplate();
    store.overrideSelector(selectTemplate, template);
    store.overrideSelector(selectName, template.name);
    store.overrideSelector(selectDescription, '');
    store.overrideSelector(selectDraft, template.draft);
    store.overrideSelector(selectSelectedFieldId, null);
    store.overrideSelector(selectIsDirty, options.dirty ?? true);
    store.overrideSelector(selectBaseVersion, 4);
    store.overrideSelector(selectRevision, 3);
    store.overrideSelector(selectDesignerLoad, 'loaded' as CallState);
    store.overrideSelector(selectSaveCallState, 'idle' as CallState);
    store.overrideSelector(selectPublishCallState, 'idle' as CallState);
    store.overrideSelector(selectProblems, options.problems ?? []);
    store.overrideSelector(selectPublishProblems, []);
    store.overrideSelector(selectCanEditTemplates, options.admin ?? true);
    store.overrideSelector(selectConflictView, options.conflict ? { load: 'idle' as CallState, latest: null, changes: [] } : null);
    store.overrideSelector(selectComparisonView, null);
    store.overrideSelector(selectVersionLoad, 'idle' as CallState);
    spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(TemplateDesignerPage);
    fixture.componentRef.setInput('id', 't-1');
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  function button(text: string): HTMLButtonElement | undefined {
    return Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim().endsWith(text));
  }

  it('opens the template named by the route', async () => {
    await open();
    expect(store.dispatch).toHaveBeenCalledWith(TemplateDesignerPageActions.opened({ id: 't-1' }));
  });

  it('saves the draft with the version it started from', async () => {
    await open();
    button('Save')!.click();
    const template = reportTemplate();
    expect(store.dispatch).toHaveBeenCalledWith(
      TemplateDesignerPageActions.saveSubmitted({
        id: 't-1',
        version: 4,
        revision: 3,
        input: { name: template.name, description: null, draft: template.draft },
      }),
    );
  });

  it('sends nothing while a field has a problem, and says how many to fix', async () => {
    await open({ problems: [{ path: ['families', 0, 'fields', 1, 'label'], code: 'empty_label', message: '' }] });
    button('Save')!.click();
    await fixture.whenStable();
    expect(store.dispatch).not.toHaveBeenCalledWith(jasmine.objectContaining({ type: TemplateDesignerPageActions.saveSubmitted.type }));
    expect(element.textContent).toContain('1 problem to fix before saving.');
  });

  it('asks before leaving only with unsaved edits', async () => {
    await open({ dirty: true });
    expect(fixture.componentInstance.hasUnsavedChanges()).toBeTrue();
    store.overrideSelector(selectIsDirty, false);
    store.refreshState();
    expect(fixture.componentInstance.hasUnsavedChanges()).toBeFalse();
  });

  it('after a 412, offers to load the other version', async () => {
    await open({ conflict: true });
    expect(element.textContent).toContain('Someone else saved this template');
    button('Load their version')!.click();
    expect(store.dispatch).toHaveBeenCalledWith(TemplateDesignerPageActions.latestVersionRequested({ id: 't-1' }));
  });

  it('is read-only for those who are not administrators', async () => {
    await open({ admin: false });
    expect(button('Save')).toBeUndefined();
    expect(button('Publish')).toBeUndefined();
    expect(element.textContent).toContain('Only administrators can change report templates.');
  });
});
