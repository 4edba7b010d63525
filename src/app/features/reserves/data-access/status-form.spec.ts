import { commentOnly, statusChange } from './status-form';

describe('the "Change status" rules', () => {
  it('refuses a change without a comment, or with blanks only', () => {
    expect(statusChange('unresolved', { status: 'resolved', comment: '' })).toEqual({ problem: 'commentRequired' });
    expect(statusChange('unresolved', { status: 'resolved', comment: '   ' })).toEqual({ problem: 'commentRequired' });
  });

  it('refuses no status or the current one', () => {
    expect(statusChange('unresolved', { status: null, comment: 'x' })).toEqual({ problem: 'sameStatus' });
    expect(statusChange('resolved', { status: 'resolved', comment: 'x' })).toEqual({ problem: 'sameStatus' });
  });

  it('sends the new status with the trimmed comment', () => {
    expect(statusChange('unresolved', { status: 'compliant', comment: '  Replaced the valve ' })).toEqual({
      patch: { status: 'compliant', comment: 'Replaced the valve' },
    });
  });

  it('a comment alone is sent only when there is text', () => {
    expect(commentOnly('  ')).toBeNull();
    expect(commentOnly(' Called the customer ')).toEqual({ comment: 'Called the customer' });
  });
});
