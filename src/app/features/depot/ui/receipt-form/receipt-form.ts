import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { ItemRef, ReceiptLineProblem, ReceiptRequest } from '@contract';
import { receiptProblemCodes } from '@contract/rules';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorPipe } from '../../../../shared/ui/field-error-pipe';
import { PluralPipe } from '../../../../shared/ui/plural-pipe';
import { safeText } from '../../../../shared/util/text-validators';
import { ItemPicker } from '../item-picker/item-picker';
import { quantityFitsUnit } from '../../../../shared/util/quantity';
import type { Message } from '../message';
import { MAX_SERIALS_PER_RECEIPT, type PastedSerial, pastedSerials, placeReceiptProblems, repeatedSerials } from './receipt-lines';


export interface ReviewedLine extends PastedSerial {
  problems: Message[];
}

/**
 * Receiving one item into a depot: a quantity, or serial numbers pasted one per line. Problems
 * the server found are shown next to the lines they are about; nothing is written until all are good.
 */
@Component({
  selector: 'fd-receipt-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    FieldErrorPipe,
    PluralPipe,
    ItemPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './receipt-form.html',
  styleUrl: './receipt-form.scss',
})
export class ReceiptForm {
  readonly depotName = input.required<string>();
  readonly itemOptions = input<readonly ItemRef[]>([]);
  readonly itemsSearched = input(false);
  /** The server's problems with the last receipt sent (422 `receipt_rejected`). */
  readonly problems = input<readonly ReceiptLineProblem[]>([]);
  readonly saving = input(false);
  readonly error = input<Message | null>(null);
  readonly itemQueryChanged = output<string>();
  readonly submitted = output<ReceiptRequest>();
  readonly cancelled = output<void>();

  protected readonly maxSerials = MAX_SERIALS_PER_RECEIPT;
  protected readonly item = signal<ItemRef | null>(null);
  protected readonly itemMissing = signal(false);
  protected readonly quantity = new FormControl<number | null>(null, [Validators.required, quantityFitsUnit(() => this.item()?.unit ?? 'unit')]);
  protected readonly serialsText = new FormControl('', { nonNullable: true });
  protected readonly note = new FormControl('', { nonNullable: true, validators: [safeText, Validators.maxLength(1000)] });
  private readonly text = toSignal(this.serialsText.valueChanges, { initialValue: '' });
  /** The text as it was sent: the server's line numbers are about it, not about later edits. */
  private readonly sentText = signal<string | null>(null);
  protected readonly serialsMissing = signal(false);

  protected readonly pasted = computed(() => pastedSerials(this.text()));
  protected readonly tooMany = computed(() => this.pasted().length > MAX_SERIALS_PER_RECEIPT);
  private readonly repeats = computed(() => repeatedSerials(this.pasted()));
  private readonly placed = computed(() =>
    this.sentText() === this.text() ? placeReceiptProblems(this.pasted(), this.problems()) : { byLine: new Map(), general: [] },
  );

  protected readonly generalProblems = computed(() => this.placed().general.map((p) => this.describe(p)));
  protected readonly reviewedLines = computed<ReviewedLine[]>(() =>
    this.pasted().map((line) => {
      const problems = (this.placed().byLine.get(line.lineNumber) ?? []).map((p: ReceiptLineProblem) => this.describe(p));
      const firstLine = this.repeats().get(line.lineNumber);
      if (firstLine !== undefined) problems.push({ key: 'depot.receipt.repeatedLine', params: { line: firstLine } });
      return { ...line, problems };
    }),
  );
  protected readonly badLineCount = computed(() => this.reviewedLines().filter((l) => l.problems.length > 0).length);

  protected pickItem(item: ItemRef | null): void {
    this.item.set(item);
    this.quantity.updateValueAndValidity();
    this.itemMissing.set(false);
  }

  /** The form is not an Angular form group: the browser's own submit (a page load) is stopped here. */
  protected submit(event: Event): void {
    event.preventDefault();
    const item = this.item();
    this.note.markAsTouched();
    if (!item) {
      this.itemMissing.set(true);
      return;
    }
    if (this.note.invalid) return;
    const note = this.note.value.trim() || undefined;
    if (item.isSerialized) {
      const serials = this.pasted();
      this.serialsMissing.set(serials.length === 0);
      if (serials.length === 0 || this.tooMany() || this.repeats().size > 0) return;
      this.sentText.set(this.text());
      this.submitted.emit({ lines: [{ itemId: item.id, serials: serials.map((s) => s.serial) }], ...(note ? { note } : {}) });
    } else {
      this.quantity.markAsTouched();
      const quantity = this.quantity.value;
      if (this.quantity.invalid || quantity === null) return;
      this.submitted.emit({ lines: [{ itemId: item.id, quantity }], ...(note ? { note } : {}) });
    }
  }

  private describe(problem: ReceiptLineProblem): Message {
    return (receiptProblemCodes as readonly string[]).includes(problem.code)
      ? { key: `depot.receipt.problem.${problem.code}`, params: { serial: problem.serial ?? '' } }
      : { key: 'depot.receipt.problem.other', params: { message: problem.message } };
  }
}
