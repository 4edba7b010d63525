import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import type { SettingsForm, ToggleName } from '../settings-form-model';

/** A group's on/off settings: each a switch named `settings.<name>.label`, with its `.hint` sentence below. */
@Component({
  selector: 'fd-setting-toggles',
  imports: [ReactiveFormsModule, MatSlideToggleModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (name of names(); track name) {
      <div class="option">
        <mat-slide-toggle [formControl]="form().controls[name]">{{ 'settings.' + name + '.label' | transloco }}</mat-slide-toggle>
        <p class="hint">{{ 'settings.' + name + '.hint' | transloco }}</p>
      </div>
    }
  `,
  styleUrl: '../settings-option.scss',
})
export class SettingToggles {
  readonly form = input.required<SettingsForm>();
  readonly names = input.required<readonly ToggleName[]>();
}
