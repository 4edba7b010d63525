import type { OnlineView, Role } from '@contract';
import en from '../../../../../../public/i18n/en.json';
import jobDetailEn from '../../../../../../public/i18n/job-detail/en.json';
import { openPage } from '../../../../../testing/page-testing';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { selectRole } from '../../../../core/auth/auth.feature';
import { initialOnlineViewState, OnlineViewCardActions, type OnlineViewSliceState } from '../../data-access';
import { OnlineViewCard } from './online-view-card';

const active: OnlineView = { url: 'http://desk.example/view/job-1/abc', state: 'active', expiresAt: null, lastOpenedAt: null, revokedAt: null };

describe('OnlineViewCard', () => {
  async function render(view: OnlineView | null, role: Role = 'dispatcher', jobId = 'job-1') {
    const slice: OnlineViewSliceState = { ...initialOnlineViewState, jobId: 'job-1', view, load: view ? 'loaded' : 'loading' };
    const { store, element } = await openPage(OnlineViewCard, {
      imports: [translocoTesting({ langs: { en: { ...en, jobDetail: jobDetailEn } } })],
      initialState: { jobOnlineView: slice },
      arrange: (s) => s.overrideSelector(selectRole, role),
      inputs: { jobId },
    });
    const buttons = () => Array.from(element.querySelectorAll('button')).map((b) => b.textContent!.replace(/content_copy/, '').trim());
    return { store, element, buttons };
  }

  it('asks for the link of its job and shows it, with copy and open, and that nobody opened it yet', async () => {
    const { store, element, buttons } = await render(active);
    expect(store.dispatch).toHaveBeenCalledWith(OnlineViewCardActions.shown({ jobId: 'job-1' }));
    expect((element.querySelector('input.url') as HTMLInputElement).value).toBe(active.url);
    expect(element.querySelector('a[target="_blank"]')?.getAttribute('href')).toBe(active.url);
    expect(element.textContent).toContain('The link works.');
    expect(element.textContent).toContain('Not opened yet');
    expect(buttons()).toEqual(['Copy link', 'Revoke link', 'New link']);
  });

  it('a revoked link shows no address to copy, only a new link to issue', async () => {
    const { element, buttons } = await render({ ...active, state: 'revoked', revokedAt: new Date().toISOString() });
    expect(element.querySelector('input.url')).toBeNull();
    expect(element.textContent).toContain('Link revoked');
    expect(buttons()).toEqual(['New link']);
  });

  it('roles that may not change jobs see the link but no revoke or new-link button', async () => {
    const { buttons } = await render(active, 'supervisor');
    expect(buttons()).toEqual(['Copy link']);
  });

  it("never shows another job's link while its own loads", async () => {
    const { element } = await render(active, 'dispatcher', 'job-2');
    expect(element.querySelector('input.url')).toBeNull();
    expect(element.querySelector('mat-progress-bar')).not.toBeNull();
  });
});
