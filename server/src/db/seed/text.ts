/** Lower-cased, accents removed: the form stored in `search_name` columns. */
export function searchForm(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/** For e-mail local parts and domains: ascii letters, digits and dots only. */
export function slug(value: string, separator = '.'): string {
  return searchForm(value)
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
