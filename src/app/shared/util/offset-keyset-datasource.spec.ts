import { windowParams } from './offset-keyset-datasource';

describe('windowParams', () => {
  it('asks for a block after a known cursor, else at an offset (a scrollbar jump), else from the start', () => {
    expect(windowParams({ limit: 100, cursor: 'abc', offset: 300 })).toEqual({ limit: 100, cursor: 'abc' });
    expect(windowParams({ limit: 100, offset: 300 })).toEqual({ limit: 100, offset: 300 });
    expect(windowParams({ limit: 100, offset: 0 })).toEqual({ limit: 100 });
  });
});
