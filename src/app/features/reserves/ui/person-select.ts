import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import type { PersonOption } from './person-option';

/** A person picker for the reserve dialogs: "nobody" (null) first, then the people offered. */
@Component({
  selector: 'fd-person-select',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ label() }}</mat-label>
      <mat-select [formControl]="control()">
        <mat-option [value]="null">{{ noneLabel() }}</mat-option>
        @for (person of people(); track person.id) {
          <mat-option [value]="person.id">{{ person.name }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  styleUrl: './reserve-dialog.scss',
})
export class PersonSelect {
  readonly control = input.required<FormControl<string | null>>();
  readonly label = input.required<string>();
  readonly noneLabel = input.required<string>();
  readonly people = input.required<readonly PersonOption[]>();
}
