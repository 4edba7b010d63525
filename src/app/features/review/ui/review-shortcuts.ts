export type ReviewShortcut = 'next' | 'previous' | 'validate' | 'help';

interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}

/** Typing in a field or a dialog must never move to another job. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || !!target.closest('.cdk-overlay-container');
}

/** The review page's shortcut for a key press, or null: J/K or Alt+→/Alt+←, V, ?. */
export function reviewShortcut(event: KeyLike): ReviewShortcut | null {
  if (event.ctrlKey || event.metaKey || typing(event.target)) return null;
  if (event.altKey) return event.key === 'ArrowRight' ? 'next' : event.key === 'ArrowLeft' ? 'previous' : null;
  switch (event.key) {
    case 'j':
    case 'J':
      return 'next';
    case 'k':
    case 'K':
      return 'previous';
    case 'v':
    case 'V':
      return 'validate';
    case '?':
      return 'help';
    default:
      return null;
  }
}
