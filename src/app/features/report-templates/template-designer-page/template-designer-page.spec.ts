import type { ComponentFixture } from '@angular/core/testing';
import type { MockStore } from '@ngrx/store/testing';
import { openPage } from '../../../../testing/page-testing';
import { reportTemplate } from '../../../../testing/report-templates';
import { translocoTesting } from '../../../../testing/transloco-testing';
import {
  type DesignerProblem,
  type TemplateDesignerState,
  TemplateDesignerPageActions,
  selectCanEditTemplates,
  templateDesignerFeature,
} from '../data-access';
import { TemplateDesignerPage } from './template-designer-page';

interface Options {
  admin?: boolean;
  dirty?: boolean;
  problems?: DesignerProblem[];
  conflict?: boolean;
}

const initialTemplateDesignerState = templateDesignerFeature.reducer(undefined, { type: '@@init' });

/** The designer's slice once the template has loaded (version 4), edited three times since. */
function loaded(options: Options): TemplateDesignerState {
  const template = reportTemplate();
  return {
    ...initialTemplateDesignerState,
    templateId: 't-1',
    template,
    name: template.name,
    draft: template.draft,
    baseVersion: 4,
    revision: 3,
    savedRevision: (options.dirty ?? true) ? 0 : 3,
    load: 'loaded',
    serverProblems: options.problems ?? [],
    conflict: options.conflict ? { latest: null, load: 'idle' } : null,
  };
}

describe('TemplateDesignerPage', () => {
  let fixture: ComponentFixture<TemplateDesignerPage>;
  let store: MockStore;
  let element: HTMLElement;

  async function open(options: Options = {}) {
    ({ fixture, store, element } = await openPage(TemplateDesignerPage, {
      imports: [translocoTesting()],
      initialState: { templateDesigner: loaded(options) },
      arrange: (s) => s.overrideSelector(selectCanEditTemplates, options.admin ?? true),
      inputs: { id: 't-1' },
    }));
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
    store.setState({ templateDesigner: { ...loaded({}), savedRevision: 3 } });
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
