import type { Role } from '@contract';

/** The list filters, as the page and the API name them. */
export interface UserQuery {
  q: string;
  role: Role | '';
  active: 'true' | 'false' | '';
}

export const emptyUserQuery: UserQuery = { q: '', role: '', active: '' };

export const PAGE_SIZE = 50;
