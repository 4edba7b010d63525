import type { Faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../create-db';
import type { Database } from '../database';
import type { TemplateDefinition, TemplateField } from '@contract';
import type { BulkWriter } from './bulk-writer';
import type { JobTypeCode, Unit } from './data/catalog';
import type { Lang } from './data/phrases';
import type { IdFactory, Rng } from '../../../../demo/random';

/** What every stage shares: the seeded sources, the writer and the data's fixed "now". */
export interface SeedContext {
  db: Kysely<Database>;
  kind: DatabaseKind;
  seed: number;
  rng: Rng;
  ids: IdFactory;
  writer: BulkWriter;
  fakers: Record<Lang, Faker>;
  /** The data's "now" in ms (see clock.ts) and as ISO text. */
  now: number;
  nowIso: string;
  progress: (done: number, total: number, stage: string) => void;
  log: (message: string) => void;
}

export interface Person {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'dispatcher' | 'supervisor' | 'technician';
  locale: Lang;
  phone: string | null;
}

export interface People {
  admin: Person;
  dispatcher: Person;
  supervisor: Person;
  technicians: Person[];
  techniciansByLang: Record<Lang, Person[]>;
}

export interface SiteRef {
  id: string;
  city: string;
  latitude: number;
  longitude: number;
}

export interface ContactRef {
  id: string;
  name: string;
  siteId: string | null;
  isPrimary: boolean;
}

export interface CustomerRef {
  id: string;
  name: string;
  lang: Lang;
  sites: SiteRef[];
  contacts: ContactRef[];
}

export interface ItemRef {
  id: string;
  familyId: string;
  familyName: string;
  kind: 'part' | 'service';
  name: string;
  unit: Unit;
  priceCents: number;
  taxRateBp: number;
  serialPrefix: string | null;
  stockTracked: boolean;
  equipment: boolean;
  use: readonly JobTypeCode[];
}

export interface Catalog {
  items: ItemRef[];
  labour: ItemRef;
  travel: ItemRef[];
  serviceFlatRates: Record<JobTypeCode, ItemRef>;
  /** Parts a job of this type may consume, serialized ones apart. */
  partsFor: Record<JobTypeCode, ItemRef[]>;
  serializedFor: Record<JobTypeCode, ItemRef[]>;
  airConditioners: ItemRef[];
  boilers: ItemRef[];
}

export interface FlatField extends TemplateField {
  familyLabel: string;
}

export interface TemplateRef {
  id: string;
  key: 'boiler' | 'air_conditioning';
  definition: TemplateDefinition;
  fields: FlatField[];
}

export interface JobTypeRef {
  id: string;
  code: JobTypeCode;
  template: TemplateRef;
}

/** A serialized unit sitting at a customer's site, as known while jobs are generated. */
export interface InstalledUnit {
  id: string;
  item: ItemRef;
  serial: string;
  siteId: string;
}

export interface Depots {
  mainId: string;
  vanOf: Map<string, string>;
}

/** Serial numbers like VTD-2024-004812: a growing number per item keeps them unique. */
export class SerialNumbers {
  private readonly next = new Map<string, number>();

  constructor(private readonly rng: Rng) {}

  make(item: ItemRef, year: number): string {
    const current = this.next.get(item.id) ?? this.rng.int(100, 900);
    const number = current + this.rng.int(1, 37);
    this.next.set(item.id, number);
    return `${item.serialPrefix}-${year}-${String(number).padStart(6, '0')}`;
  }
}
