import { HttpErrorResponse } from '@angular/common/http';
import { Actions } from '@ngrx/effects';
import type { Action, Store } from '@ngrx/store';
import { defaultSettings } from '@contract/rules';
import { type Observable, lastValueFrom, of, throwError, toArray } from 'rxjs';
import { reportTemplate } from '../../../../testing/report-templates';
import { ReportTemplatesApiActions, TemplateDesignerPageActions, TemplateListPageActions } from './report-templates.actions';
import * as effects from './report-templates.effects';
import type { ReportTemplatesApi } from './report-templates-api';

const stale = () => throwError(() => new HttpErrorResponse({ status: 412, error: { error: { code: 'version_mismatch', message: 'Stale' } } }));
const input = { name: 'Leak check', description: null, draft: { families: [] } };

function run(effect: Observable<Action>): Promise<Action[]> {
  return lastValueFrom(effect.pipe(toArray()));
}

describe('report templates effects', () => {
  let api: jasmine.SpyObj<ReportTemplatesApi>;

  beforeEach(() => {
    api = jasmine.createSpyObj<ReportTemplatesApi>('ReportTemplatesApi', [
      'save',
      'publish',
      'get',
      'archive',
      'version',
      'settings',
      'setDefaultTemplate',
    ]);
  });

  it('saves with the version the edits started from and reports the revision saved', async () => {
    api.save.and.returnValue(of(reportTemplate({ version: 5 })));
    const actions = new Actions(of(TemplateDesignerPageActions.saveSubmitted({ id: 't-1', version: 4, input, revision: 7 })));
    const out = await run(effects.saveTemplate(actions, api));
    expect(api.save).toHaveBeenCalledWith('t-1', 4, input);
    expect(out).toEqual([ReportTemplatesApiActions.templateSaved({ template: reportTemplate({ version: 5 }), revision: 7 })]);
  });

  it('turns a stale save (412) into saveFailed with its status, for the conflict notice', async () => {
    api.save.and.returnValue(stale());
    const actions = new Actions(of(TemplateDesignerPageActions.saveSubmitted({ id: 't-1', version: 4, input, revision: 7 })));
    const [failed] = await run(effects.saveTemplate(actions, api));
    expect(failed.type).toBe(ReportTemplatesApiActions.saveFailed.type);
    expect((failed as ReturnType<typeof ReportTemplatesApiActions.saveFailed>).error).toEqual(
      jasmine.objectContaining({ status: 412, code: 'version_mismatch' }),
    );
  });

  it('saves unsaved edits before publishing, publishing the version the save answered', async () => {
    api.save.and.returnValue(of(reportTemplate({ version: 5 })));
    api.publish.and.returnValue(of(reportTemplate({ version: 6, currentVersion: 2 })));
    const actions = new Actions(of(TemplateDesignerPageActions.publishConfirmed({ id: 't-1', version: 4, input, revision: 3 })));
    const out = await run(effects.publishTemplate(actions, api));
    expect(api.publish).toHaveBeenCalledWith('t-1', 5);
    expect(out).toEqual([ReportTemplatesApiActions.templatePublished({ template: reportTemplate({ version: 6, currentVersion: 2 }), revision: 3 })]);
  });

  it('does not publish when saving first was refused', async () => {
    api.save.and.returnValue(stale());
    const actions = new Actions(of(TemplateDesignerPageActions.publishConfirmed({ id: 't-1', version: 4, input, revision: 3 })));
    const [failed] = await run(effects.publishTemplate(actions, api));
    expect(api.publish).not.toHaveBeenCalled();
    expect(failed.type).toBe(ReportTemplatesApiActions.publishFailed.type);
  });

  it('reads the template version before archiving it (If-Match)', async () => {
    api.get.and.returnValue(of(reportTemplate({ version: 8 })));
    api.archive.and.returnValue(of(reportTemplate({ status: 'archived', version: 9 })));
    const out = await run(effects.archiveOrRestoreTemplate(new Actions(of(TemplateListPageActions.archiveConfirmed({ id: 't-1' }))), api));
    expect(api.archive).toHaveBeenCalledWith('t-1', 8);
    expect(out[0].type).toBe(ReportTemplatesApiActions.templateArchived.type);
  });

  it('sets the global default with the settings’ version', async () => {
    api.settings.and.returnValue(of({ ...defaultSettings, version: 12 }));
    api.setDefaultTemplate.and.returnValue(of({ ...defaultSettings, version: 13, defaultTemplateId: 't-1' }));
    const out = await run(effects.setDefaultTemplate(new Actions(of(TemplateListPageActions.defaultChosen({ templateId: 't-1' }))), api));
    expect(api.setDefaultTemplate).toHaveBeenCalledWith(12, 't-1');
    expect(out).toEqual([ReportTemplatesApiActions.defaultTemplateSet({ templateId: 't-1' })]);
  });

  it('fetches only the versions a comparison lacks', async () => {
    const store = { select: () => of({ 1: {} }) } as unknown as Store;
    api.version.and.callFake((id, n) =>
      of({ templateId: id, versionNumber: n, name: 'x', definition: { families: [] }, publishedAt: '', publishedBy: null }),
    );
    const actions = new Actions(of(TemplateDesignerPageActions.versionsCompared({ id: 't-1', from: 1, to: 2 })));
    const out = await run(effects.loadComparedVersions(actions, api, store));
    expect(api.version.calls.allArgs()).toEqual([['t-1', 2]]);
    expect(out.length).toBe(1);
  });
});
