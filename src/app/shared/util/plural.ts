/**
 * The i18n key for a count: `<key>.one` or `<key>.other`, by the language's own rule (French
 * says "0 champ" and "1 champ", English "0 fields" and "1 field").
 */
export function pluralKey(key: string, count: number, lang: string): string {
  const category = new Intl.PluralRules(lang).select(count);
  return `${key}.${category === 'one' ? 'one' : 'other'}`;
}
