import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { concatMap, exhaustMap, from, map, mergeMap, of, switchMap, withLatestFrom } from 'rxjs';
import { ReportTemplatesApiActions, TemplateDesignerPageActions, TemplateListPageActions } from './report-templates.actions';
import { ReportTemplatesApi } from './report-templates-api';
import { templateDesignerFeature } from './template-designer.feature';
import { apiEffect, callApi } from '../../../shared/data/api-effect';
import { apiProblem, notice, notifyEffect, problemNotShownInForm } from '../../../core/notifications/notify-effect';
import { navigateEffect, route } from '../../../core/router/navigate-effect';

/**
 * The list and the job types, on opening and again after archiving or restoring (the server may
 * clear defaults) or a refused write (the list may be stale).
 */
const listChanged = [
  TemplateListPageActions.opened,
  TemplateListPageActions.retried,
  ReportTemplatesApiActions.templateArchived,
  ReportTemplatesApiActions.templateRestored,
  ReportTemplatesApiActions.listWriteFailed,
] as const;

export const loadList = apiEffect(ReportTemplatesApi, switchMap, {
  on: [...listChanged],
  call: (api) => api.list(),
  succeeded: (page) => ReportTemplatesApiActions.listLoaded({ items: page.items }),
  failed: (error) => ReportTemplatesApiActions.listLoadFailed({ error }),
});

export const loadJobTypes = apiEffect(ReportTemplatesApi, switchMap, {
  on: [...listChanged],
  call: (api) => api.jobTypes(),
  succeeded: (jobTypes) => ReportTemplatesApiActions.jobTypesLoaded({ jobTypes }),
  failed: (error) => ReportTemplatesApiActions.jobTypesLoadFailed({ error }),
});

export const createTemplate = apiEffect(ReportTemplatesApi, concatMap, {
  on: [TemplateListPageActions.createSubmitted],
  call: (api, { input }) => api.create(input),
  succeeded: (template) => ReportTemplatesApiActions.templateCreated({ template }),
  failed: (error) => ReportTemplatesApiActions.createFailed({ error }),
});

export const openCreatedTemplate = navigateEffect(route(ReportTemplatesApiActions.templateCreated, ({ template }) => ['/report-templates', template.id]));

export const duplicateTemplate = apiEffect(ReportTemplatesApi, concatMap, {
  on: [TemplateListPageActions.duplicateClicked],
  call: (api, { id }) => api.duplicate(id),
  succeeded: (template, { id }) => ReportTemplatesApiActions.templateDuplicated({ sourceId: id, template }),
  failed: (error, { id }) => ReportTemplatesApiActions.listWriteFailed({ id, error }),
});

/** The list holds no versions: archive and restore read the template's version first, for If-Match. */
export const archiveOrRestoreTemplate = createEffect(
  (actions$ = inject(Actions), api = inject(ReportTemplatesApi)) =>
    actions$.pipe(
      ofType(TemplateListPageActions.archiveConfirmed, TemplateListPageActions.restoreClicked),
      concatMap((action) => {
        const archive = action.type === TemplateListPageActions.archiveConfirmed.type;
        return callApi(
          api.get(action.id).pipe(concatMap((t) => (archive ? api.archive(t.id, t.version) : api.restore(t.id, t.version)))),
          (template) =>
            archive ? ReportTemplatesApiActions.templateArchived({ template }) : ReportTemplatesApiActions.templateRestored({ template }),
          (error) => ReportTemplatesApiActions.listWriteFailed({ id: action.id, error }),
        );
      }),
    ),
  { functional: true },
);

/** The global default lives in the settings: read their version, then change only that key. */
export const setDefaultTemplate = createEffect(
  (actions$ = inject(Actions), api = inject(ReportTemplatesApi)) =>
    actions$.pipe(
      ofType(TemplateListPageActions.defaultChosen),
      concatMap(({ templateId }) =>
        callApi(
          api.settings().pipe(concatMap((settings) => api.setDefaultTemplate(settings.version, templateId))),
          (settings) => ReportTemplatesApiActions.defaultTemplateSet({ templateId: settings.defaultTemplateId }),
          (error) => ReportTemplatesApiActions.listWriteFailed({ id: templateId ?? '', error }),
        ),
      ),
    ),
  { functional: true },
);

export const setJobTypeDefault = apiEffect(ReportTemplatesApi, concatMap, {
  on: [TemplateListPageActions.jobTypeDefaultChosen],
  call: (api, { jobTypeId, version, templateId }) => api.setJobTypeDefault(jobTypeId, version, templateId),
  succeeded: (jobType) => ReportTemplatesApiActions.jobTypeDefaultSet({ jobType }),
  failed: (error, { jobTypeId }) => ReportTemplatesApiActions.listWriteFailed({ id: jobTypeId, error }),
});

const named = (key: string) => ({ template }: { template: { name: string } }) => ({ key, params: { name: template.name } });

export const reportListWrites = notifyEffect(
  notice(ReportTemplatesApiActions.templateDuplicated, named('reportTemplates.list.duplicated')),
  notice(ReportTemplatesApiActions.templateArchived, named('reportTemplates.list.archived')),
  notice(ReportTemplatesApiActions.templateRestored, named('reportTemplates.list.restored')),
  notice(ReportTemplatesApiActions.defaultTemplateSet, ({ templateId }) => ({
    key: templateId ? 'reportTemplates.list.defaultSet' : 'reportTemplates.list.defaultCleared',
  })),
  notice(ReportTemplatesApiActions.jobTypeDefaultSet, 'reportTemplates.jobTypes.saved'),
  notice(ReportTemplatesApiActions.listWriteFailed, apiProblem),
  notice(ReportTemplatesApiActions.createFailed, apiProblem),
);

export const loadTemplate = apiEffect(ReportTemplatesApi, switchMap, {
  on: [TemplateDesignerPageActions.opened, TemplateDesignerPageActions.retried],
  call: (api, { id }) => api.get(id),
  succeeded: (template) => ReportTemplatesApiActions.templateLoaded({ template }),
  failed: (error, { id }) => ReportTemplatesApiActions.templateLoadFailed({ id, error }),
});

export const saveTemplate = apiEffect(ReportTemplatesApi, concatMap, {
  on: [TemplateDesignerPageActions.saveSubmitted],
  call: (api, { id, version, input }) => api.save(id, version, input),
  succeeded: (template, { revision }) => ReportTemplatesApiActions.templateSaved({ template, revision }),
  failed: (error) => ReportTemplatesApiActions.saveFailed({ error }),
});

/** Unsaved edits go first (PUT), then the publish uses the version that save answered. */
export const publishTemplate = createEffect(
  (actions$ = inject(Actions), api = inject(ReportTemplatesApi)) =>
    actions$.pipe(
      ofType(TemplateDesignerPageActions.publishConfirmed),
      concatMap(({ id, version, input, revision }) => {
        const saved$ = input ? api.save(id, version, input).pipe(map((t) => t.version)) : of(version);
        return callApi(
          saved$.pipe(concatMap((latest) => api.publish(id, latest))),
          (template) => ReportTemplatesApiActions.templatePublished({ template, revision }),
          (error) => ReportTemplatesApiActions.publishFailed({ error }),
        );
      }),
    ),
  { functional: true },
);

/** 400 and 412 are shown in the designer itself; anything else gets a snackbar. */
export const reportDesignerWrites = notifyEffect(
  notice(ReportTemplatesApiActions.templateSaved, 'reportTemplates.designer.saved'),
  notice(ReportTemplatesApiActions.templatePublished, ({ template }) => ({
    key: 'reportTemplates.designer.published',
    params: { version: template.currentVersion },
  })),
  notice(ReportTemplatesApiActions.saveFailed, problemNotShownInForm),
  notice(ReportTemplatesApiActions.publishFailed, problemNotShownInForm),
);

export const loadLatestVersion = apiEffect(ReportTemplatesApi, exhaustMap, {
  on: [TemplateDesignerPageActions.latestVersionRequested],
  call: (api, { id }) => api.get(id),
  succeeded: (template) => ReportTemplatesApiActions.latestLoaded({ template }),
  failed: (error) => ReportTemplatesApiActions.latestLoadFailed({ error }),
});

/** Published versions are frozen: each is fetched once, when a comparison first needs it. */
export const loadComparedVersions = createEffect(
  (actions$ = inject(Actions), api = inject(ReportTemplatesApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(TemplateDesignerPageActions.versionsCompared),
      withLatestFrom(store.select(templateDesignerFeature.selectVersions)),
      mergeMap(([{ id, from: first, to }, cached]) => {
        const missing = [...new Set([first, to])].filter((n): n is number => n !== 'draft' && !cached[n]);
        return from(missing).pipe(
          mergeMap((versionNumber) =>
            callApi(
              api.version(id, versionNumber),
              (version) => ReportTemplatesApiActions.versionLoaded({ version }),
              (error) => ReportTemplatesApiActions.versionLoadFailed({ versionNumber, error }),
            ),
          ),
        );
      }),
    ),
  { functional: true },
);
