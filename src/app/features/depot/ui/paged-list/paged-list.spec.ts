import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { CallState } from '../../../../shared/util/call-state';
import { depotTranslocoTesting } from '../../../../../testing/depots';
import { PagedList, type PagedListView } from './paged-list';

@Component({
  imports: [PagedList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-paged-list totalKey="depot.stock.total" emptyText="Nothing here" [list]="list">
      <table class="rows"></table>
    </fd-paged-list>
  `,
})
class Host {
  readonly items = signal<readonly string[]>(['a', 'b']);
  readonly callState = signal<CallState>('loaded');
  readonly more = jasmine.createSpy('loadMore');
  readonly list: PagedListView = {
    items: this.items,
    total: signal(3),
    callState: this.callState,
    hasMore: signal(true),
    isEmpty: signal(false),
    loadMore: this.more,
  };
}

describe('PagedList', () => {
  async function render() {
    TestBed.configureTestingModule({ imports: [Host, depotTranslocoTesting()], providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('says how many there are, shows the caller’s rows and reads the next page on demand', async () => {
    const { fixture, element } = await render();
    expect(element.querySelector('.status')?.textContent?.trim()).toBe('3 items in stock');
    expect(element.querySelector('table.rows')).not.toBeNull();
    const more = element.querySelector<HTMLButtonElement>('button.more')!;
    expect(more.textContent?.trim()).toBe('Load more (2 of 3 shown)');
    more.click();
    expect(fixture.componentInstance.more).toHaveBeenCalled();
  });

  it('keeps what was read when the next page fails, and says why', async () => {
    const { fixture, element } = await render();
    fixture.componentInstance.callState.set({ error: { status: 0, code: 'unexpected', message: 'down' } });
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    expect(element.querySelector('table.rows')).not.toBeNull();
  });
});
