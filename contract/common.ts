import { z } from 'zod';

import { roles } from './rules/access';
import {
  INVALID_TEXT,
  jobStatuses,
  locales,
  PHONE_PATTERN,
  reserveStatuses,
  serialUnitStatuses,
  takeBackStatuses,
  technicianRoles,
} from './rules/common';

export * from './rules/access';
export * from './rules/common';
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const JobStatus = z.enum(jobStatuses);
export type JobStatus = z.infer<typeof JobStatus>;

export const ReserveStatus = z.enum(reserveStatuses);
export type ReserveStatus = z.infer<typeof ReserveStatus>;
export const TakeBackStatus = z.enum(takeBackStatuses);
export type TakeBackStatus = z.infer<typeof TakeBackStatus>;
export const SerialUnitStatus = z.enum(serialUnitStatuses);
export type SerialUnitStatus = z.infer<typeof SerialUnitStatus>;
export const TechnicianRole = z.enum(technicianRoles);
export type TechnicianRole = z.infer<typeof TechnicianRole>;
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;

export const Id = z.string().min(1).max(64).describe('Opaque identifier');
export const IsoDateTime = z.iso.datetime({ offset: false }).describe('ISO-8601 UTC timestamp');

/** Free text without the characters of INVALID_TEXT. */
export const SafeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !INVALID_TEXT.test(s), { message: 'Invalid characters found' });

export const Phone = z.string().trim().max(30).regex(PHONE_PATTERN, 'Invalid characters found');
export const Email = z.string().trim().toLowerCase().pipe(z.email());

/** `a, b,c` → ['a', 'b', 'c']: a querystring list of at most `maxLength` characters. */
export const commaSeparated = (maxLength: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(maxLength)
    .transform((s) =>
      s
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part.length > 0),
    );

/** The one error shape of API.md. */
export const ApiError = z.object({
  error: z.object({
    code: z.string().describe('snake_case machine code'),
    message: z.string().describe('human sentence'),
    details: z.unknown().optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

/** Keyset pagination: `cursor` is opaque; `offset` is only for a grid's scrollbar jump. */
export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(500).optional(),
  offset: z.coerce.number().int().min(0).max(100_000).optional(),
});

/** Keyset pages for the lists read by "load more": no scrollbar offset. */
export const CursorPageQuery = PageQuery.pick({ limit: true, cursor: true });

/** The page size of a grid (jobs, reserves, review queue): at most 200 rows. */
export const GridLimit = z.coerce.number().int().min(1).max(200).default(50);

/** The `q` of a list: its search text, trimmed, at most 100 characters; `matches` says what it finds. */
export const searchQuery = (matches: string) => z.string().trim().max(100).optional().describe(matches);

/** A row another answer points at by its name (a customer, a family, a van). */
export const NamedRef = z.object({ id: Id, name: z.string() });

/** A job another answer points at. */
export const JobRef = z.object({ id: Id, number: z.string() });

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    nextCursor: z.string().nullable(),
  });
export interface Page<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

/**
 * A page of a big grid (the jobs): the total comes with the first page only (no cursor, no
 * offset), exact up to a cap and an estimate beyond, flagged; later pages answer null and count
 * nothing. A list moves from `pageOf` to this shape once its later pages must not count.
 */
export const gridPageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().nullable().describe("Rows matching the filters, on the first page only (null after it: keep the first page's)"),
    totalIsEstimate: z.boolean().describe('true: `total` is an estimate (two significant digits), the list being too big to count at once'),
    nextCursor: z.string().nullable(),
  });
export interface GridPage<T> {
  items: T[];
  total: number | null;
  totalIsEstimate: boolean;
  nextCursor: string | null;
}

export const Money = z.object({
  amountCents: z.number().int(),
  currency: z.string().length(3),
});
export type Money = z.infer<typeof Money>;
