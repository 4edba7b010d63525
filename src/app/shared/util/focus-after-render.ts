import { ElementRef, Injector, afterNextRender, inject } from '@angular/core';

/** Focuses an element of this component once the next render has drawn it; `then` gets the element (to select its text…). */
export type FocusAfterRender = (selector: string, then?: (element: HTMLElement) => void) => void;

/**
 * The focus move of a component whose view is about to change (a new, moved or invalid element):
 * the first element under its host matching the selector, looked up after the next render.
 * Call it in an injection context (a field initialiser).
 */
export function injectFocusAfterRender(): FocusAfterRender {
  const host = inject<ElementRef<HTMLElement>>(ElementRef);
  const injector = inject(Injector);
  return (selector, then) =>
    afterNextRender(
      () => {
        const element = host.nativeElement.querySelector<HTMLElement>(selector);
        element?.focus();
        if (element) then?.(element);
      },
      { injector },
    );
}
