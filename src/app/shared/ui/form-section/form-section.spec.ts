import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormSection } from './form-section';

@Component({
  imports: [FormSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-form-section title="Planning">
      <div class="row"><input aria-label="Start" /></div>
    </fd-form-section>
    <fd-form-section title="Alerts" appearance="outlined"><p>Extras</p></fd-form-section>
  `,
})
class Host {}

describe('FormSection', () => {
  let fixture: ComponentFixture<Host>;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [Host], providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  it('groups its fields under a legend that names the group', () => {
    const [planning, alerts] = Array.from<HTMLElement>(fixture.nativeElement.querySelectorAll('fieldset'));
    expect(planning.querySelector('legend')?.textContent?.trim()).toBe('Planning');
    expect(planning.querySelector('input[aria-label="Start"]')).not.toBeNull();
    expect(alerts.querySelector('legend')?.textContent?.trim()).toBe('Alerts');
  });

  it('frames the outlined groups only, and lines up the fields of a row', () => {
    const [planning, alerts] = Array.from<HTMLElement>(fixture.nativeElement.querySelectorAll('fieldset'));
    expect(getComputedStyle(planning).borderTopStyle).toBe('none');
    expect(getComputedStyle(alerts).borderTopStyle).toBe('solid');
    expect(getComputedStyle(planning.querySelector('.row')!).display).toBe('flex');
  });
});
