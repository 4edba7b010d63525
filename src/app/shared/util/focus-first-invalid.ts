import { type ElementRef, type Injector, afterNextRender } from '@angular/core';

export const INVALID_TEXT_FIELDS = 'input[aria-invalid="true"], textarea[aria-invalid="true"]';

/** Keyboard and screen-reader users land on what needs fixing, once the form has rendered its errors. */
export function focusFirstInvalid(host: ElementRef<HTMLElement>, injector: Injector, selector = INVALID_TEXT_FIELDS): void {
  afterNextRender(() => host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector });
}
