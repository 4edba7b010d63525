import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, exhaustMap, from, map, mergeMap, of, switchMap, tap, withLatestFrom } from 'rxjs';
import { Notifier } from '../../../core/notifications/notifier';
import { toApiErrorInfo } from '../../../shared/util/api-error';
import { ReportTemplatesApiActions, TemplateDesignerPageActions, TemplateListPageActions } from './report-templates.actions';
import { ReportTemplatesApi } from './report-templates-api';
import { templateDesignerFeature } from './template-designer.feature';

const error = (e: unknown) => toApiErrorInfo(e);

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

export const loadList = createEffect(
  (actions$ = inject(Actions), api = inject(ReportTemplatesApi)) =>
    actions$.pipe(
      ofType(...listChanged),
      switchMap(() =>
        api.list().pipe(
          map((page) => ReportTemplatesApiActions.listLoaded({ items: page.items })),
          catchError((e: unknown) => of(ReportTemplatesApiActions.listLoadFailed({ error: error(e) }))),
        ),
      ),
    ),
  { functional: true },
);

export const loadJobTypes = createEffect(
  (actions$ = inject(Actions), api = inject(ReportTemplatesApi)) =>
    actions$.pipe(
      ofType(...listChanged),
      switchMap(() =>
        api.jobTypes().pipe(
          map((jobTypes) => ReportTemplatesApiActions.jobTypesLoaded({ jobTypes })),
          catchError((e: unknown) => of(ReportTemplatesApiActions.jobTypesLoadFailed({ error: error(e) }))),
        ),
      ),
    ),
  { functional: true },
);

export const createTemplate = createEffect(
  (actions$ = inject(Actions), api = inject(ReportTemplatesApi)) =>
    actions$.pipe(
      ofType(TemplateListPageActions.createSubmitted),
      concatMap(({ input }) =>
        api.create(input).pipe(
          map((template) => ReportTemplatesApiActions.templateCreated({ template })),
          catchError((e: unknown) => of(ReportTemplatesApiActions.createFailed({ error: error(e) }))),
        ),
      ),
    ),
  { functional: true },
);

export const openCreatedTemplate = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(ReportTemplatesApiActions.templateCreated),
      tap(({ template }) => void router.navigate(['/report-templates', template.id])),
    ),
  { functional: true, dispatch: false },
);

export const duplicateTemplate = createEffect(
  (actions$ = inject(Actions), api = inject(ReportTemplatesApi)) =>
    actions$.pipe(
      ofType(TemplateListPageActions.duplicateClicked),
      concatMap(({ id }) =>
        api.duplicate(id).pipe(
          map((template) => ReportTemplatesApiActions.templateDuplicated({ sourceId: id, template })),
          catchError((e: unknown) => of(ReportTemplatesApiActions.listWriteFailed({ id, error: error(e) }))),
        ),
      ),
    ),
  { functional: true },
);

/** The list holds no versions: archive and restore read the template's version first, for If-Match. */
export const archiveOrRestoreTemplate = createEffect(
  (actions$ = inject(Actions), api = inject(ReportTemplatesApi)) =>
    actions$.pipe(
      ofType(TemplateListPageActions.archiveConfirmed, TemplateListPageActions.restoreClicked),
      concatMap((action) => {
        const archive = action.type === TemplateListPageActions.archiveConfirmed.type;
        return api.get(action.id).pipe(
          concatMap((t) => (archive ? api.archive(t.id, t.version) : api.restore(t.id, t.version))),
          map((template) =>
            archive
              ? ReportTemplatesApiActions.templateArchived({ template })
              : ReportTemplatesApiActions.templateRestored({ template }),
          ),
          catchError((e: unknown) => of(ReportTemplatesApiActions.listWriteFailed({ id: action.id, error: error(e) }))),
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
        api.settings().pipe(
          concatMap((settings) => api.setDefaultTemplate(settings.version, templateId)),
          map((settings) => ReportTemplatesApiActions.defaultTemplateSet({ templateId: settings.defaultTemplateId })),
          catchError((e: unknown) => of(ReportTemplatesApiActions.listWriteFailed({ id: templateId ?? '', error: error(e) }))),
        ),
      ),
    ),
  { functional: true },
);

export const setJobTypeDefault = createEffect(
  (actions$ = inject(Actions), api = inject(ReportTemplatesApi)) =>
    actions$.pipe(
      ofType(TemplateListPageActions.jobTypeDefaultChosen),
      concatMap(({ jobTypeId, version, templateId }) =>
        api.setJobTypeDefault(jobTypeId, version, templateId).pipe(
          map((jobType) => ReportTemplatesApiActions.jobTypeDefaultSet({ jobType })),
          catchError((e: unknown) => of(ReportTemplatesApiActions.listWriteFailed({ id: jobTypeId, error: error(e) }))),
        ),
      ),
    ),
  { functional: true },
);

export const reportListWrites = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(
        ReportTemplatesApiActions.templateDuplicated,
        ReportTemplatesApiActions.templateArchived,
        ReportTemplatesApiActions.templateRestored,
        ReportTemplatesApiActions.defaultTemplateSet,
        ReportTemplatesApiActions.jobTypeDefaultSet,
        ReportTemplatesApiActions.listWriteFailed,
        ReportTemplatesApiActions.createFailed,
      ),
      tap((action) => {
        switch (action.type) {
          case ReportTemplatesApiActions.templateDuplicated.type:
            return notifier.info('reportTemplates.list.duplicated', { name: action.template.name });
          case ReportTemplatesApiActions.templateArchived.type:
            return notifier.info('reportTemplates.list.archived', { name: action.template.name });
          case ReportTemplatesApiActions.templateRestored.type:
            return notifier.info('reportTemplates.list.restored', { name: action.template.name });
          case ReportTemplatesApiActions.defaultTemplateSet.type:
            return notifier.info(action.templateId ? 'reportTemplates.list.defaultSet' : 'reportTemplates.list.defaultCleared');
          case ReportTemplatesApiActions.jobTypeDefaultSet.type:
            return notifier.info('reportTemplates.jobTypes.saved');
          default:
            return notifier.error(action.error);
        }
      }),
    ),
  { functional: true, dispatch: false },
);

export const loadTemplate = createEffect(
  (actions$ = inject(Actions), api = inject(ReportTemplatesApi)) =>
    actions$.pipe(
      ofType(TemplateDesignerPageActions.opened, TemplateDesignerPageActions.retried),
      switchMap(({ id }) =>
        api.get(id).pipe(
          map((template) => ReportTemplatesApiActions.templateLoaded({ template })),
          catchError((e: unknown) => of(ReportTemplatesApiActions.templateLoadFailed({ id, error: error(e) }))),
        ),
      ),
    ),
  { functional: true },
);

export const saveTemplate = createEffect(
  (actions$ = inject(Actions), api = inject(ReportTemplatesApi)) =>
    actions$.pipe(
      ofType(TemplateDesignerPageActions.saveSubmitted),
      concatMap(({ id, version, input, revision }) =>
        api.save(id, version, input).pipe(
          map((template) => ReportTemplatesApiActions.templateSaved({ template, revision })),
          catchError((e: unknown) => of(ReportTemplatesApiActions.saveFailed({ error: error(e) }))),
        ),
      ),
    ),
  { functional: true },
);

/** Unsaved edits go first (PUT), then the publish uses the version that save answered. */
export const publishTemplate = createEffect(
  (actions$ = inject(Actions), api = inject(ReportTemplatesApi)) =>
    actions$.pipe(
      ofType(TemplateDesignerPageActions.publishConfirmed),
      concatMap(({ id, version, input, revision }) => {
        const saved$ = input ? api.save(id, version, input).pipe(map((t) => t.version)) : of(version);
        return saved$.pipe(
          concatMap((latest) => api.publish(id, latest)),
          map((template) => ReportTemplatesApiActions.templatePublished({ template, revision })),
          catchError((e: unknown) => of(ReportTemplatesApiActions.publishFailed({ error: error(e) }))),
        );
      }),
    ),
  { functional: true },
);

/** 400 and 412 are shown in the designer itself; anything else gets a snackbar. */
export const reportDesignerWrites = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(
        ReportTemplatesApiActions.templateSaved,
        ReportTemplatesApiActions.templatePublished,
        ReportTemplatesApiActions.saveFailed,
        ReportTemplatesApiActions.publishFailed,
      ),
      tap((action) => {
        if (action.type === ReportTemplatesApiActions.templateSaved.type) {
          notifier.info('reportTemplates.designer.saved');
        } else if (action.type === ReportTemplatesApiActions.templatePublished.type) {
          notifier.info('reportTemplates.designer.published', { version: action.template.currentVersion });
        } else if (action.error.status !== 400 && action.error.status !== 412) {
          notifier.error(action.error);
        }
      }),
    ),
  { functional: true, dispatch: false },
);

export const loadLatestVersion = createEffect(
  (actions$ = inject(Actions), api = inject(ReportTemplatesApi)) =>
    actions$.pipe(
      ofType(TemplateDesignerPageActions.latestVersionRequested),
      exhaustMap(({ id }) =>
        api.get(id).pipe(
          map((template) => ReportTemplatesApiActions.latestLoaded({ template })),
          catchError((e: unknown) => of(ReportTemplatesApiActions.latestLoadFailed({ error: error(e) }))),
        ),
      ),
    ),
  { functional: true },
);

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
            api.version(id, versionNumber).pipe(
              map((version) => ReportTemplatesApiActions.versionLoaded({ version })),
              catchError((e: unknown) => of(ReportTemplatesApiActions.versionLoadFailed({ versionNumber, error: error(e) }))),
            ),
          ),
        );
      }),
    ),
  { functional: true },
);
