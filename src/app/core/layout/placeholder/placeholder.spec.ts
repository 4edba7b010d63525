import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Placeholder } from './placeholder';

@Component({
  imports: [Placeholder],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<fd-placeholder icon="explore_off" titleId="lost-title" heading="Page not found" body="Nothing here."><a href="/">Home</a></fd-placeholder>`,
})
class Host {}

describe('Placeholder', () => {
  it('is a section named by its heading, with the sentence and the actions given', async () => {
    TestBed.configureTestingModule({ imports: [Host], providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const section: HTMLElement = fixture.nativeElement.querySelector('section');
    expect(section.getAttribute('aria-labelledby')).toBe('lost-title');
    expect(section.querySelector('h1#lost-title')?.textContent).toBe('Page not found');
    expect(section.querySelector('p')?.textContent).toBe('Nothing here.');
    expect(section.querySelector('a')?.textContent).toBe('Home');
    expect(section.querySelector('mat-icon')?.textContent).toBe('explore_off');
  });
});
