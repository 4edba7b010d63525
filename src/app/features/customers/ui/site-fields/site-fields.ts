import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorPipe } from '../../../../shared/ui/field-error-pipe';
import { FormSection } from '../../../../shared/ui/form-section/form-section';
import type { SiteGroup } from '../customer-form-model';

/** One site of the customer form. */
@Component({
  selector: 'fd-site-fields',
  imports: [ReactiveFormsModule, FormSection, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslocoPipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './site-fields.html',
  styleUrl: '../form-group.scss',
})
export class SiteFields {
  readonly group = input.required<SiteGroup>();
  /** 1-based, for headings and labels. */
  readonly position = input.required<number>();
  readonly removed = output<void>();
}
