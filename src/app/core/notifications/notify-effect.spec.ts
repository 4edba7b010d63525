import type { Actions } from '@ngrx/effects';
import { createAction, props } from '@ngrx/store';
import { of } from 'rxjs';
import type { ApiErrorInfo } from '../../shared/util/api-error';
import type { Notifier } from './notifier';
import { apiProblem, notice, notifyEffect, problemNotShownInForm } from './notify-effect';

const saved = createAction('[Things API] saved', props<{ name: string }>());
const archived = createAction('[Things API] archived');
const saveFailed = createAction('[Things API] save failed', props<{ error: ApiErrorInfo }>());
const loadFailed = createAction('[Things API] load failed', props<{ error: ApiErrorInfo }>());
const other = createAction('[Things API] other');

const problem = (status: number): ApiErrorInfo => ({ status, code: 'x', message: 'x' });

describe('notifyEffect', () => {
  const announce = notifyEffect(
    notice(saved, ({ name }) => ({ key: 'things.saved', params: { name } })),
    notice(archived, 'things.archived'),
    notice(saveFailed, problemNotShownInForm),
    notice(loadFailed, apiProblem),
  );

  it('shows the message of each action in the table, and nothing for other actions', () => {
    const notifier = jasmine.createSpyObj<Notifier>('Notifier', ['info', 'error']);
    const actions = of(saved({ name: 'Pump' }), archived(), other(), loadFailed({ error: problem(500) }));
    announce(actions as Actions, notifier).subscribe();
    expect(notifier.info.calls.allArgs()).toEqual([['things.saved', { name: 'Pump' }], ['things.archived']]);
    expect(notifier.error).toHaveBeenCalledOnceWith(problem(500));
  });

  it('leaves 400 and 412 to the form, and shows any other save problem', () => {
    const notifier = jasmine.createSpyObj<Notifier>('Notifier', ['info', 'error']);
    const actions = of(saveFailed({ error: problem(400) }), saveFailed({ error: problem(412) }), saveFailed({ error: problem(409) }));
    announce(actions as Actions, notifier).subscribe();
    expect(notifier.error.calls.allArgs()).toEqual([[problem(409)]]);
  });
});
