import { injectFocusAfterRender } from './focus-after-render';

export const INVALID_TEXT_FIELDS = 'input[aria-invalid="true"], textarea[aria-invalid="true"]';

/**
 * Keyboard and screen-reader users land on what needs fixing, once the form has rendered its errors.
 * Call it in an injection context; the function it gives back moves the focus.
 */
export function injectFocusFirstInvalid(selector = INVALID_TEXT_FIELDS): () => void {
  const focus = injectFocusAfterRender();
  return () => focus(selector);
}
