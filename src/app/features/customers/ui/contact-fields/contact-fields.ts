import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorPipe } from '../../../../shared/ui/field-error-pipe';
import { FormSection } from '../../../../shared/ui/form-section/form-section';
import type { ContactGroup } from '../customer-form-model';

/** One contact of the customer form. */
@Component({
  selector: 'fd-contact-fields',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
    FieldErrorPipe,
    FormSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contact-fields.html',
  styleUrl: '../form-group.scss',
})
export class ContactFields {
  readonly group = input.required<ContactGroup>();
  readonly position = input.required<number>();
  readonly removed = output<void>();
}
