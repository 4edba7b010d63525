import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { injectFocusAfterRender } from './focus-after-render';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shown()) {
      <input class="late" aria-label="Late" />
    }
  `,
})
class Host {
  readonly shown = signal(false);
  readonly focus = injectFocusAfterRender();
}

describe('injectFocusAfterRender', () => {
  it('focuses an element the next render draws, then hands it to the caller', async () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const handed: HTMLElement[] = [];

    fixture.componentInstance.shown.set(true);
    fixture.componentInstance.focus('.late', (element) => handed.push(element));
    await fixture.whenStable();

    const input = fixture.nativeElement.querySelector('.late');
    expect(document.activeElement).toBe(input);
    expect(handed).toEqual([input]);
  });

  it('leaves the focus where it was when nothing matches', async () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const before = document.activeElement;
    const handed: HTMLElement[] = [];

    fixture.componentInstance.shown.set(true);
    fixture.componentInstance.focus('.missing', (element) => handed.push(element));
    await fixture.whenStable();

    expect(document.activeElement).toBe(before);
    expect(handed).toEqual([]);
  });
});
