import type { Page } from '@contract';
import { Subject, of, throwError } from 'rxjs';
import { PagedList } from './paged-list';

describe('PagedList', () => {
  const page = (items: string[], nextCursor: string | null, total = 3): Page<string> => ({ items, total, nextCursor });

  it('reads the first page, then the next one from its cursor', () => {
    const cursors: (string | null)[] = [];
    const list = new PagedList<string>();
    list.reload((cursor) => {
      cursors.push(cursor);
      return of(cursor === null ? page(['a', 'b'], 'k2') : page(['c'], null));
    });
    expect(list.items()).toEqual(['a', 'b']);
    expect(list.hasMore()).toBeTrue();
    list.loadMore();
    expect(cursors).toEqual([null, 'k2']);
    expect(list.items()).toEqual(['a', 'b', 'c']);
    expect(list.hasMore()).toBeFalse();
    list.loadMore();
    expect(cursors.length).toBe(2);
  });

  it('drops a late answer of an older query', () => {
    const older = new Subject<Page<string>>();
    const list = new PagedList<string>();
    list.reload(() => older);
    list.reload(() => of(page(['new'], null, 1)));
    older.next(page(['old'], null, 1));
    expect(list.items()).toEqual(['new']);
  });

  it('says empty only after an answer, and keeps what was read when a page fails', () => {
    const list = new PagedList<string>();
    const answer = new Subject<Page<string>>();
    list.reload(() => answer);
    expect(list.isEmpty()).toBeFalse();
    answer.next(page([], null, 0));
    expect(list.isEmpty()).toBeTrue();

    list.reload((cursor) => (cursor ? throwError(() => new Error('down')) : of(page(['a'], 'k1'))));
    list.loadMore();
    expect(list.items()).toEqual(['a']);
    expect(list.callState()).toEqual({ error: jasmine.objectContaining({ code: 'unexpected' }) });
  });

  it('patches rows in place and drops others from the total', () => {
    const list = new PagedList<string>();
    list.reload(() => of(page(['a', 'b', 'c'], null)));
    list.patch((item) => (item === 'b' ? null : item.toUpperCase()));
    expect(list.items()).toEqual(['A', 'C']);
    expect(list.total()).toBe(2);
  });
});
