import { TestScheduler } from 'rxjs/testing';
import { SEARCH_QUIET_MS, pausedTyping } from './paused-typing';

describe('pausedTyping', () => {
  it('searches once the user pauses, trimmed, and not again for the same text', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ cold, expectObservable }) => {
      const quiet = SEARCH_QUIET_MS;
      const typed = cold(`a b c ${quiet}ms d ${quiet}ms e`, { a: 'b', b: 'bo', c: 'bou ', d: ' bou', e: 'boul' });
      // 'bou ' and ' bou' are the same search: only the first one and 'boul' go out.
      expectObservable(typed.pipe(pausedTyping(scheduler))).toBe(`${quiet + 2}ms x ${2 * quiet + 1}ms y`, { x: 'bou', y: 'boul' });
    });
  });
});
