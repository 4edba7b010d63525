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
import type { User } from '@contract';
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

  it('counts the users found in words, and keeps a row (and its open menu) when the list reloads', async () => {
    const tess: User = {
      id: 'u-1', email: 'tess@example.test', displayName: 'Tess Tech', role: 'technician', phone: null, locale: 'en', active: true,
      lastSignInAt: null, vanDepot: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1,
    };
    const { fixture, store, element } = await open();
    const loaded = (user: User) => ({ users: { ...initialUsersState, ids: [user.id], entities: { [user.id]: user }, list: 'loaded' as const, total: 1 } });
    store.setState(loaded(tess));
    await fixture.whenStable();
    expect(element.querySelector('.count')?.textContent?.trim()).toBe('1 user');
    const row = element.querySelector('tbody tr');
    store.setState(loaded({ ...tess }));
    await fixture.whenStable();
    expect(element.querySelector('tbody tr')).withContext('the same user, the same row').toBe(row);
  });
});
