import type { User } from '@contract';
import { UserListPageActions, UsersApiActions } from './users.actions';
import { initialUsersState, selectUsers, usersFeature } from './users.feature';

const user = (id: string, displayName: string, overrides: Partial<User> = {}): User => ({
  id,
  email: `${id}@x.test`,
  displayName,
  role: 'technician',
  phone: null,
  locale: 'en',
  active: true,
  lastSignInAt: null,
  vanDepot: null,
  createdAt: '2030-01-01T00:00:00.000Z',
  updatedAt: '2030-01-01T00:00:00.000Z',
  version: 1,
  ...overrides,
});

const reduce = usersFeature.reducer;

describe('users reducer', () => {
  it("replaces the list with a new query's first page (the rows found so far stay until then) and appends the next page, sorted by name", () => {
    let state = reduce(initialUsersState, UserListPageActions.queryChanged({ query: { q: 'a', role: '', active: '' } }));
    expect(state.list).toBe('loading');
    state = reduce(state, UsersApiActions.pageLoaded({ items: [user('2', 'Bea')], total: 2, nextCursor: 'c', append: false }));
    state = reduce(state, UsersApiActions.pageLoaded({ items: [user('1', 'Abe')], total: 2, nextCursor: null, append: true }));
    expect(selectUsers.projector(state).map((u) => u.displayName)).toEqual(['Abe', 'Bea']);
    expect(state.total).toBe(2);
    expect(state.nextCursor).toBeNull();
    state = reduce(state, UserListPageActions.queryChanged({ query: { q: 'z', role: '', active: '' } }));
    expect([state.list, state.ids.length, state.total, state.nextCursor]).toEqual(['loading', 2, null, null]);
    state = reduce(state, UsersApiActions.pageLoaded({ items: [user('3', 'Zoe')], total: 1, nextCursor: null, append: false }));
    expect(selectUsers.projector(state).map((u) => u.displayName)).toEqual(['Zoe']);
    expect(state.total).toBe(1);
  });

  it('keeps a saved user and never the temporary password', () => {
    const created = reduce(initialUsersState, UsersApiActions.userCreated({ user: user('1', 'Ann'), temporaryPassword: 'Secret-Pass-Word-1234' }));
    expect(JSON.stringify(created)).not.toContain('Secret-Pass-Word-1234');
    const saved = reduce(created, UsersApiActions.userSaved({ user: user('1', 'Ann', { active: false, version: 2 }) }));
    expect(saved.entities['1']?.active).toBeFalse();
    expect(saved.save).toBe('loaded');
  });

  it('marks a revoked device token of the shown user only', () => {
    let state = reduce(initialUsersState, UserListPageActions.tokensOpened({ userId: 'u1' }));
    const token = { id: 't1', deviceName: 'Phone', createdAt: '2030-01-01T00:00:00.000Z', lastUsedAt: null, revokedAt: null };
    state = reduce(state, UsersApiActions.tokensLoaded({ userId: 'u1', items: [token] }));
    state = reduce(state, UsersApiActions.tokenRevoked({ userId: 'u1', tokenId: 't1', at: '2030-01-02T00:00:00.000Z' }));
    expect(state.tokens.items[0]?.revokedAt).toBe('2030-01-02T00:00:00.000Z');
    expect(reduce(state, UsersApiActions.tokensLoaded({ userId: 'other', items: [] })).tokens.items.length).toBe(1);
  });

  it('records a refused own password change as an error', () => {
    const error = { status: 400, code: 'password_too_common', message: 'x' };
    const state = reduce(initialUsersState, UsersApiActions.ownPasswordFailed({ error }));
    expect(state.ownPassword).toEqual({ error });
  });
});
