import { formatRelativeTime } from './relative-time';

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-03-10T12:00:00.000Z');
  const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

  it('says "now" for the last few seconds', () => {
    expect(formatRelativeTime(ago(10), now, 'en')).toBe('now');
    expect(formatRelativeTime(ago(10), now, 'fr')).toBe('maintenant');
  });

  it('counts minutes, hours and days in English', () => {
    expect(formatRelativeTime(ago(60), now, 'en')).toBe('a minute ago');
    expect(formatRelativeTime(ago(3600), now, 'en')).toBe('an hour ago');
    expect(formatRelativeTime(ago(3 * 3600), now, 'en')).toBe('3 hours ago');
    expect(formatRelativeTime(ago(2 * 86400), now, 'en')).toBe('2 days ago');
  });

  it('writes French with the number, not "avant-hier"', () => {
    expect(formatRelativeTime(ago(2 * 86400), now, 'fr')).toBe('il y a 2 jours');
    expect(formatRelativeTime(ago(3 * 3600), now, 'fr')).toBe('il y a 3 heures');
  });

  it('writes one unit as a word, as the source product does', () => {
    expect(formatRelativeTime(ago(60), now, 'fr')).toBe('il y a une minute');
    expect(formatRelativeTime(ago(86400), now, 'fr')).toBe('il y a un jour');
    expect(formatRelativeTime(new Date(now + 3600 * 1000).toISOString(), now, 'en')).toBe('in an hour');
    expect(formatRelativeTime(ago(11 * 60), now, 'en')).toBe('11 minutes ago');
  });

  it('speaks of the future too', () => {
    expect(formatRelativeTime(new Date(now + 3 * 3600 * 1000).toISOString(), now, 'en')).toBe('in 3 hours');
    expect(formatRelativeTime(new Date(now + 3 * 3600 * 1000).toISOString(), now, 'fr')).toBe('dans 3 heures');
  });

  it('moves to weeks, months and years for older times', () => {
    expect(formatRelativeTime(ago(14 * 86400), now, 'en')).toBe('2 weeks ago');
    expect(formatRelativeTime(ago(90 * 86400), now, 'en')).toBe('3 months ago');
    expect(formatRelativeTime(ago(800 * 86400), now, 'en')).toBe('2 years ago');
  });

  it('returns nothing for a value that is not a date', () => {
    expect(formatRelativeTime('not a date', now, 'en')).toBe('');
  });
});
