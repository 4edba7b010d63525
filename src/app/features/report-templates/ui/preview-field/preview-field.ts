import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { PluralPipe } from '../../../../shared/ui/plural-pipe';
import { validationOutcomes } from '@contract/rules';
import type { FieldState, TemplateField } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';

/** A 1×1 transparent PNG: stands in for a drawn signature in the preview. */
const PREVIEW_SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const SAMPLE_BARCODE = '3760123456789';

/** One field as a technician sees it, with a working input; signature and photo are filled by a click. */
@Component({
  selector: 'fd-preview-field',
  imports: [MatButtonModule, MatButtonToggleModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatRadioModule, TranslocoPipe, PluralPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './preview-field.html',
  styleUrl: './preview-field.scss',
})
export class PreviewField {
  readonly field = input.required<TemplateField>();
  readonly value = input<unknown>(undefined);
  readonly state = input.required<FieldState>();
  readonly answered = output<unknown>();

  protected readonly outcomes = validationOutcomes;
  protected readonly inputId = computed(() => `preview-${this.field().id}`);
  protected readonly picked = computed(() => {
    const value = this.value();
    return Array.isArray(value) ? (value as string[]) : [];
  });
  protected readonly photoCount = computed(() => this.picked().length);

  protected text(value: string): void {
    this.answered.emit(value === '' ? undefined : value);
  }

  protected number(raw: string): void {
    const value = raw === '' ? NaN : Number(raw);
    this.answered.emit(Number.isFinite(value) ? value : undefined);
  }

  protected scan(): void {
    this.answered.emit(SAMPLE_BARCODE);
  }

  protected toggleOption(option: string, checked: boolean): void {
    const others = this.picked().filter((o) => o !== option);
    const next = checked ? [...others, option] : others;
    this.answered.emit(next.length ? next : undefined);
  }

  protected sign(): void {
    this.answered.emit({ signerName: 'Preview', image: PREVIEW_SIGNATURE });
  }

  protected addPhoto(): void {
    this.answered.emit([...this.picked(), `preview-photo-${this.photoCount() + 1}`]);
  }

  protected clear(): void {
    this.answered.emit(undefined);
  }
}
