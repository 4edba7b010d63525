import { reviewShortcut } from './review-shortcuts';

const key = (k: string, extra: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; target: EventTarget | null }> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  target: document.body as EventTarget | null,
  ...extra,
});

describe('review shortcuts', () => {
  it('move with J / K and Alt+arrows, validate with V, help with ?', () => {
    expect(reviewShortcut(key('j'))).toBe('next');
    expect(reviewShortcut(key('J'))).toBe('next');
    expect(reviewShortcut(key('k'))).toBe('previous');
    expect(reviewShortcut(key('ArrowRight', { altKey: true }))).toBe('next');
    expect(reviewShortcut(key('ArrowLeft', { altKey: true }))).toBe('previous');
    expect(reviewShortcut(key('v'))).toBe('validate');
    expect(reviewShortcut(key('?'))).toBe('help');
  });

  it('do nothing for other keys, plain arrows, or with Ctrl / Cmd', () => {
    expect(reviewShortcut(key('x'))).toBeNull();
    expect(reviewShortcut(key('ArrowRight'))).toBeNull();
    expect(reviewShortcut(key('v', { ctrlKey: true }))).toBeNull();
    expect(reviewShortcut(key('j', { metaKey: true }))).toBeNull();
  });

  it('never fire while typing in a field', () => {
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    expect(reviewShortcut(key('v', { target: input }))).toBeNull();
    expect(reviewShortcut(key('j', { target: textarea }))).toBeNull();
  });
});
