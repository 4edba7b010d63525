import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ListPage } from './list-page';

@Component({
  imports: [ListPage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-list-page headingId="things-title" heading="Things" [gridHidden]="hidden()" [withAside]="aside()">
      <button listActions type="button">New thing</button>
      <nav listViews>Views</nav>
      <form listFilters>Filters</form>
      <aside listAside>Families</aside>
      <p class="total">3 things</p>
      <div listGrid class="the-grid">Grid</div>
    </fd-list-page>
  `,
})
class Host {
  readonly hidden = signal(false);
  readonly aside = signal(false);
}

describe('ListPage', () => {
  async function render() {
    TestBed.configureTestingModule({ imports: [Host], providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('puts each slot in its place, in order, under a named region', async () => {
    const { element } = await render();
    const section = element.querySelector('section')!;
    expect(section.getAttribute('aria-labelledby')).toBe('things-title');
    expect(element.querySelector('h1#things-title')?.textContent).toBe('Things');
    expect(element.querySelector('.page-header .actions button')?.textContent).toBe('New thing');
    expect(element.querySelector('.filter-bar form')?.textContent).toBe('Filters');
    expect(element.querySelector('.grid-box .the-grid')).not.toBeNull();
    const order = ['nav', '.filter-bar', '.total', '.grid-box'].map((s) => element.querySelector(s)!);
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('hides the grid when asked and leaves room for a side panel', async () => {
    const { fixture, element } = await render();
    fixture.componentInstance.hidden.set(true);
    fixture.componentInstance.aside.set(true);
    await fixture.whenStable();
    expect(element.querySelector('.grid-box')?.classList).toContain('hidden');
    expect(getComputedStyle(element.querySelector('.grid-box')!).display).toBe('none');
    expect(element.querySelector('.body')?.classList).toContain('with-aside');
    expect(element.querySelector('.body > aside')?.textContent).toBe('Families');
  });
});
