import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { MovementNoteKey, MovementNoteParams } from '@contract';
import { movementNoteCommentParam, movementNoteJobParams, movementNoteNumberParams } from '@contract/rules';
import { TranslocoService } from '@jsverse/transloco';
import { map, switchMap } from 'rxjs';

/** What a stock movement carries of its note (SerialUnitEvent, a depot's movements…). */
export interface MovementWithNote {
  /** English: written by the server, or typed by a person. */
  note: string | null;
  noteKey?: MovementNoteKey | null;
  noteParams?: MovementNoteParams | null;
}

/** A piece of the said note: text, a job number (a link) or a parameter as text. */
type NotePart = { text: string } | { job: string };

/** Marks a parameter's place in the translated text, so the parameter can become a link. */
const MARK = '\u0000';

/**
 * A stock movement's note in the reader's language (issue 14 §1): a note the server wrote (a key and
 * its parameters) is translated, its jobs linked and its quantities written the reader's way; a note
 * a person typed, an older one, or one whose key this console does not know is shown as `note`.
 */
@Component({
  selector: 'fd-movement-note',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // One line: whitespace between the parts would show before punctuation ("J-000777 ;").
  template: `@for (part of parts(); track $index) {@if ('job' in part) {<a [routerLink]="['/jobs', part.job]">{{ part.job }}</a>} @else {<ng-container>{{ part.text }}</ng-container>}}`,
})
export class MovementNote {
  readonly movement = input.required<MovementWithNote>();

  private readonly transloco = inject(TranslocoService);
  /** The active language once its texts are loaded (a switch to French loads them after it is announced). */
  private readonly lang = toSignal(
    this.transloco.langChanges$.pipe(switchMap((lang) => this.transloco.selectTranslation(lang).pipe(map(() => lang)))),
    { initialValue: this.transloco.getActiveLang() },
  );

  protected readonly parts = computed((): NotePart[] => {
    const { note, noteKey, noteParams } = this.movement();
    const said = noteKey && noteParams ? sayNote(this.transloco, this.lang(), noteKey, noteParams) : null;
    return said ?? (note ? [{ text: note }] : []);
  });
}

/** The note's key translated around marked parameters, cut into parts; null when the key has no text in this language. */
function sayNote(transloco: TranslocoService, lang: string, key: MovementNoteKey, params: MovementNoteParams): NotePart[] | null {
  const fullKey = `movementNote.${key}`;
  const marked = Object.fromEntries(Object.keys(params).map((name) => [name, `${MARK}${name}${MARK}`]));
  const template = transloco.translate(fullKey, marked, lang);
  if (!template || template === fullKey) return null;
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 });
  const comment = params[movementNoteCommentParam];
  const parts = template
    .split(MARK)
    .map((piece, index): NotePart => {
      // Odd pieces are parameter names: the text between two marks.
      if (index % 2 === 0) return { text: piece };
      const value = params[piece] ?? '';
      if (movementNoteJobParams.includes(piece)) return { job: value };
      const quantity = Number(value);
      return { text: movementNoteNumberParams.includes(piece) && value !== '' && Number.isFinite(quantity) ? number.format(quantity) : value };
    })
    .filter((part) => !('text' in part) || part.text !== '');
  // What a person typed follows as typed, after a dash (the server's English `note` does the same).
  return comment ? [...parts, { text: ` — ${comment}` }] : parts;
}
