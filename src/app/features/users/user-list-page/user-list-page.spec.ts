import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import en from '../../../../../public/i18n/en.json';
import fr from '../../../../../public/i18n/fr.json';
import usersEn from '../../../../../public/i18n/users/en.json';
import usersFr from '../../../../../public/i18n/users/fr.json';
import { openPage } from '../../../../testing/page-testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { SEARCH_DEBOUNCE_MS } from '../../../shared/ui/search-field/search-field';
import { UserListPageActions, initialUsersState } from '../data-access';
import { UserListPage } from './user-list-page';

describe('UserListPage', () => {
  async function open() {
    const page = await openPage(UserListPage, {
      imports: [translocoTesting({ langs: { en: { ...en, users: usersEn }, fr: { ...fr, users: usersFr } } })],
      initialState: { users: { ...initialUsersState, list: 'loaded' } },
    });
    return { ...page, loader: TestbedHarnessEnvironment.loader(page.fixture) };
  }
  const dispatched = (store: { dispatch: unknown }) => (store.dispatch as jasmine.Spy).calls.allArgs().map(([a]) => a);
  const query = { q: '', role: '', active: '' } as const;

  it('filters by name or email, role and status, keeping the other filters', async () => {
    const { store, loader } = await open();
    const [role, status] = await loader.getAllHarnesses(MatSelectHarness);
    expect(await role!.getValueText()).toBe('All roles');
    await role!.open();
    await role!.clickOptions({ text: 'Supervisor' });
    expect(dispatched(store)).toContain(UserListPageActions.queryChanged({ query: { ...query, role: 'supervisor' } }));
    await status!.open();
    await status!.clickOptions({ text: 'Deactivated' });
    expect(dispatched(store)).toContain(UserListPageActions.queryChanged({ query: { ...query, active: 'false' } }));

    await (await loader.getHarness(MatInputHarness.with({ placeholder: '' }))).setValue('martin');
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 100));
    expect(dispatched(store)).toContain(UserListPageActions.queryChanged({ query: { ...query, q: 'martin' } }));
  });
});
