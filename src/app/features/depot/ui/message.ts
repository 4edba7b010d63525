/** A sentence to show, as an i18n key and its values (pages work out which one). */
export interface Message {
  key: string;
  params: Record<string, unknown>;
}
