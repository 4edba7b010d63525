import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { MoveButtons } from './move-buttons';

@Component({
  imports: [MoveButtons],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<fd-move-buttons name="Brand" [first]="first()" [last]="last()" [disabled]="disabled()" (moved)="moves.push($event)" />`,
})
class Host {
  readonly first = signal(false);
  readonly last = signal(false);
  readonly disabled = signal(false);
  readonly moves: number[] = [];
}

describe('MoveButtons', () => {
  async function render() {
    TestBed.configureTestingModule({ imports: [Host, translocoTesting()], providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const button = (name: string) => fixture.nativeElement.querySelector(`button[aria-label="${name}"]`) as HTMLButtonElement;
    return { fixture, host: fixture.componentInstance, up: () => button('Move Brand up'), down: () => button('Move Brand down') };
  }

  it('names the entry it moves and reports the step', async () => {
    const { host, up, down } = await render();
    up().click();
    down().click();
    expect(host.moves).toEqual([-1, 1]);
  });

  it('has no way up from the first entry, none down from the last, and none while a move saves', async () => {
    const { fixture, host, up, down } = await render();
    host.first.set(true);
    await fixture.whenStable();
    expect(up().disabled).toBeTrue();
    expect(down().disabled).toBeFalse();
    host.first.set(false);
    host.last.set(true);
    await fixture.whenStable();
    expect(up().disabled).toBeFalse();
    expect(down().disabled).toBeTrue();
    host.last.set(false);
    host.disabled.set(true);
    await fixture.whenStable();
    expect(up().disabled && down().disabled).toBeTrue();
  });
});
