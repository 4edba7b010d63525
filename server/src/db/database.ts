import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The database as Kysely sees it, in camelCase (CamelCasePlugin maps to the snake_case
 * columns of the migrations). Booleans are 0 | 1, JSON columns are strings, timestamps are
 * ISO-8601 UTC strings: the same on SQLite and PostgreSQL.
 */
export type Flag = 0 | 1;
type Json = string;
type Iso = string;

export interface UsersTable {
  id: string;
  email: string;
  passwordHash: string;
  displayName: string;
  role: 'admin' | 'dispatcher' | 'supervisor' | 'technician';
  isActive: Flag;
  locale: 'en' | 'fr';
  theme: 'system' | 'light' | 'dark';
  phone: string | null;
  preferences: Json;
  lastSignInAt: Iso | null;
  createdAt: Iso;
  updatedAt: Iso;
  version: number;
}

export interface SessionsTable {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: Iso;
  lastSeenAt: Iso;
  expiresAt: Iso;
  ip: string | null;
  userAgent: string | null;
}

export interface DeviceTokensTable {
  id: string;
  userId: string;
  tokenHash: string;
  deviceName: string;
  createdAt: Iso;
  lastUsedAt: Iso | null;
  revokedAt: Iso | null;
}

export interface LoginAttemptsTable {
  id: string;
  email: string;
  ip: string;
  succeeded: Flag;
  attemptedAt: Iso;
}

export interface SettingsTable {
  id: number;
  data: Json;
  version: number;
  updatedAt: Iso;
  updatedBy: string | null;
}

export interface CountersTable {
  name: string;
  value: number;
}

export interface CustomFieldDefinitionsTable {
  id: string;
  entity: 'job' | 'customer';
  key: string;
  labelEn: string;
  labelFr: string;
  type: 'text' | 'number' | 'date' | 'choice' | 'checkbox';
  options: Json;
  isMandatory: Flag;
  sortOrder: number;
  isActive: Flag;
  createdAt: Iso;
  version: number;
}

export interface CustomersTable {
  id: string;
  code: string;
  name: string;
  searchName: string;
  email: string | null;
  phone: string | null;
  notes: string | null;
  customFields: Json;
  createdAt: Iso;
  updatedAt: Iso;
  version: number;
}

export interface SitesTable {
  id: string;
  customerId: string;
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  country: string;
  latitude: number | null;
  longitude: number | null;
  accessNotes: string | null;
  createdAt: Iso;
  updatedAt: Iso;
}

export interface ContactsTable {
  id: string;
  customerId: string;
  siteId: string | null;
  name: string;
  jobTitle: string | null;
  phone: string | null;
  mobile: string | null;
  email: string | null;
  isPrimary: Flag;
  createdAt: Iso;
  updatedAt: Iso;
}

export interface ReportTemplatesTable {
  id: string;
  name: string;
  description: string | null;
  status: 'draft' | 'published' | 'archived';
  draft: Json;
  currentVersion: number | null;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: Iso;
  updatedAt: Iso;
  version: number;
}

export interface ReportTemplateVersionsTable {
  id: string;
  templateId: string;
  versionNumber: number;
  name: string;
  definition: Json;
  publishedBy: string | null;
  publishedAt: Iso;
}

export interface JobTypesTable {
  id: string;
  code: string;
  nameEn: string;
  nameFr: string;
  defaultTemplateId: string | null;
  isActive: Flag;
  createdAt: Iso;
  /** Optimistic lock (migration 0003); 1 for the rows written before it. */
  version: Generated<number>;
}

export type JobStatus =
  | 'created'
  | 'draft'
  | 'scheduled'
  | 'synchronized'
  | 'started'
  | 'paused'
  | 'completed'
  | 'validated'
  | 'cancelled';

export interface JobsTable {
  id: string;
  number: string;
  seq: number;
  status: JobStatus;
  customerId: string;
  siteId: string | null;
  contactId: string | null;
  jobTypeId: string | null;
  templateId: string | null;
  templateVersion: number | null;
  description: string;
  managerId: string | null;
  plannedStart: Iso | null;
  plannedEnd: Iso | null;
  actualStart: Iso | null;
  actualEnd: Iso | null;
  pausedAt: Iso | null;
  workedSeconds: number;
  declineReason: string | null;
  declinedAt: Iso | null;
  proposedStart: Iso | null;
  cancelReason: string | null;
  completedAt: Iso | null;
  validatedAt: Iso | null;
  validatedBy: string | null;
  openReserves: number;
  totalExclTaxCents: number;
  currency: string;
  customFields: Json;
  /** The words a search matches: "customer | city ^ number and description" (platform/job-search.ts, migration 0020). */
  searchText: string;
  createdBy: string | null;
  createdFrom: 'console' | 'field';
  createdAt: Iso;
  updatedAt: Iso;
  version: number;
}

export interface JobTechniciansTable {
  jobId: string;
  userId: string;
  role: 'manager' | 'auxiliary';
}

export interface JobEventsTable {
  id: string;
  jobId: string;
  type: string;
  fromStatus: JobStatus | null;
  toStatus: JobStatus | null;
  actorId: string | null;
  source: 'console' | 'field' | 'system';
  data: Json;
  occurredAt: Iso;
}

export interface ReportAnswersTable {
  id: string;
  jobId: string;
  fieldId: string;
  value: Json;
  comment: string | null;
  answeredBy: string | null;
  answeredAt: Iso;
  version: number;
}

export type ReserveStatus = 'unresolved' | 'resolved' | 'compliant';

export interface ReservesTable {
  id: string;
  jobId: string;
  customerId: string;
  templateId: string | null;
  fieldId: string;
  fieldLabel: string;
  familyLabel: string;
  status: ReserveStatus;
  description: string;
  raisedBy: string;
  raisedAt: Iso;
  assigneeId: string | null;
  followUpJobId: string | null;
  resolvedAt: Iso | null;
  updatedAt: Iso;
  version: number;
}

export interface ReserveEventsTable {
  id: string;
  reserveId: string;
  type: string;
  fromStatus: ReserveStatus | null;
  toStatus: ReserveStatus | null;
  comment: string | null;
  data: Json;
  actorId: string | null;
  occurredAt: Iso;
}

export interface AttachmentsTable {
  id: string;
  jobId: string;
  kind: 'photo' | 'barcode' | 'document';
  description: string | null;
  barcodeValue: string | null;
  barcodeFormat: string | null;
  fileName: string | null;
  contentType: string | null;
  sizeBytes: number | null;
  width: number | null;
  height: number | null;
  visibleToTechnician: Flag;
  createdBy: string | null;
  createdAt: Iso;
}

export interface AttachmentContentsTable {
  attachmentId: string;
  content: Buffer;
  thumbnail: Buffer | null;
}

export interface SignaturesTable {
  id: string;
  jobId: string;
  signer: 'customer' | 'technician';
  signerName: string;
  image: string;
  signedBy: string | null;
  signedAt: Iso;
}

export interface CatalogFamiliesTable {
  id: string;
  name: string;
  sortOrder: number;
  createdAt: Iso;
  updatedAt: Iso;
  version: number;
}

export interface CatalogItemsTable {
  id: string;
  familyId: string;
  kind: 'part' | 'service';
  reference: string;
  name: string;
  searchName: string;
  description: string | null;
  unit: string;
  unitPriceCents: number;
  taxRateBp: number;
  isSerialized: Flag;
  isStockTracked: Flag;
  isActive: Flag;
  createdAt: Iso;
  updatedAt: Iso;
  version: number;
}

export interface DepotsTable {
  id: string;
  name: string;
  kind: 'main' | 'van';
  ownerId: string | null;
  createdAt: Iso;
  version: number;
  /** Deleted (migration 0005): kept for the units' history, hidden from lists. */
  archivedAt: ColumnType<Iso | null, Iso | null | undefined, Iso | null>;
}

export interface StockLevelsTable {
  depotId: string;
  itemId: string;
  /** Thousandths of the item's unit (2.5 m = 2500): read through fromMilli (PostgreSQL answers bigint as text). */
  quantityMilli: number;
  updatedAt: Iso;
}

export type SerialUnitStatus = 'ok' | 'installed' | 'needs_repair' | 'obsolete';

export interface SerialUnitsTable {
  id: string;
  itemId: string;
  serial: string;
  status: SerialUnitStatus;
  depotId: string | null;
  customerId: string | null;
  siteId: string | null;
  lastJobId: string | null;
  createdAt: Iso;
  updatedAt: Iso;
  version: number;
}

/** How the office settled a job line's stock shortfall (contract: shortfallResolutions). */
export type ShortfallResolution = 'van_count_corrected' | 'taken_from_depot' | 'written_off';

export interface StockMovementsTable {
  id: string;
  kind: 'receipt' | 'transfer' | 'install' | 'uninstall' | 'take_back' | 'repair' | 'retire' | 'adjustment';
  itemId: string;
  serialUnitId: string | null;
  /** Thousandths of the item's unit (2.5 m = 2500): read through fromMilli (PostgreSQL answers bigint as text). */
  quantityMilli: number;
  /** What the van lacked when a job's end took this quantity (migration 0017): thousandths, 0 when none. */
  shortfallMilli: ColumnType<number, number | undefined, number>;
  fromDepotId: string | null;
  toDepotId: string | null;
  customerId: string | null;
  jobId: string | null;
  /** The job line whose stock shortfall this movement records or settles (migration 0019); null otherwise. */
  jobItemId: ColumnType<string | null, string | null | undefined, string | null>;
  statusAfter: SerialUnitStatus | null;
  /** English: written by the server from note_key (below), or typed by a person. */
  note: string | null;
  /** A note the server wrote, as a key and its parameters (JSON object of texts) (migration 0018). */
  noteKey: ColumnType<string | null, string | null | undefined, string | null>;
  noteParams: ColumnType<string | null, string | null | undefined, string | null>;
  actorId: string | null;
  occurredAt: Iso;
}

export interface JobItemsTable {
  id: string;
  jobId: string;
  itemId: string;
  /** Thousandths of the item's unit (2.5 m = 2500): read through fromMilli (PostgreSQL answers bigint as text). */
  quantityMilli: number;
  serialUnitId: string | null;
  serial: string | null;
  unitPriceCents: number;
  taxRateBp: number;
  lineTotalCents: number;
  addedBy: string | null;
  createdAt: Iso;
  updatedAt: Iso;
  /** When the job's end moved this line's stock or unit; null while the line is still open. */
  settledAt: ColumnType<string | null, string | null | undefined, string | null>;
  /**
   * Stock shortfall (migration 0017), in thousandths: what the van lacked for this line — an
   * estimate while the line is open, fixed by the job's end (then `shortfallDepotId` is the van).
   */
  shortfallMilli: ColumnType<number, number | undefined, number>;
  shortfallDepotId: ColumnType<string | null, string | null | undefined, string | null>;
  /** How the office settled the shortfall: van_count_corrected | taken_from_depot | written_off. */
  shortfallResolution: ColumnType<ShortfallResolution | null, ShortfallResolution | null | undefined, ShortfallResolution | null>;
  /** taken_from_depot: the depot the missing parts came from. */
  shortfallSourceDepotId: ColumnType<string | null, string | null | undefined, string | null>;
  shortfallResolvedAt: ColumnType<Iso | null, Iso | null | undefined, Iso | null>;
  shortfallResolvedBy: ColumnType<string | null, string | null | undefined, string | null>;
  shortfallNote: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface TakeBacksTable {
  id: string;
  jobId: string;
  serial: string;
  serialUnitId: string | null;
  itemId: string;
  status: 'ok' | 'needs_repair' | 'obsolete';
  wasFound: Flag;
  createdBy: string | null;
  createdAt: Iso;
  updatedAt: Iso;
  /** When the job's end moved this take-back's unit; null while it may still be edited. */
  settledAt: ColumnType<string | null, string | null | undefined, string | null>;
  /** Where the unit was recorded when it was taken back, when not at this customer (migration 0016). */
  recordedPlace: ColumnType<'another_customer' | 'depot' | null, 'another_customer' | 'depot' | null | undefined>;
  recordedCustomerId: ColumnType<string | null, string | null | undefined>;
  recordedDepotId: ColumnType<string | null, string | null | undefined>;
  /** The office's answer to that discrepancy; null while it is open. */
  resolution: ColumnType<'confirmed' | 'corrected' | null, 'confirmed' | 'corrected' | null | undefined>;
  resolvedBy: ColumnType<string | null, string | null | undefined>;
  resolvedAt: ColumnType<string | null, string | null | undefined>;
  /** The serial the technician typed, kept when the office corrected it. */
  reportedSerial: ColumnType<string | null, string | null | undefined>;
}

export interface AuditLogTable {
  id: string;
  occurredAt: Iso;
  actorId: string | null;
  actorRole: string | null;
  actorIp: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Json;
}

export interface IdempotencyKeysTable {
  principal: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
  state: 'running' | 'done';
  responseStatus: number | null;
  responseHeaders: Json | null;
  responseBody: string | null;
  createdAt: Iso;
}

export interface OutboxEventsTable {
  id: Generated<number>;
  type: string;
  payload: Json;
  audience: ColumnType<Json, Json | undefined, Json>;
  createdAt: Iso;
}

/** Keys the server makes for itself (migration 0015): the online-view link key. */
export interface ServerSecretsTable {
  name: string;
  value: string;
  createdAt: Iso;
}

/** A job's online-view link state (migration 0015); no row = generation 0, live, never opened. */
export interface JobOnlineViewsTable {
  jobId: string;
  generation: number;
  revokedAt: Iso | null;
  lastOpenedAt: Iso | null;
  updatedAt: Iso;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  deviceTokens: DeviceTokensTable;
  loginAttempts: LoginAttemptsTable;
  settings: SettingsTable;
  counters: CountersTable;
  customFieldDefinitions: CustomFieldDefinitionsTable;
  customers: CustomersTable;
  sites: SitesTable;
  contacts: ContactsTable;
  reportTemplates: ReportTemplatesTable;
  reportTemplateVersions: ReportTemplateVersionsTable;
  jobTypes: JobTypesTable;
  jobs: JobsTable;
  jobTechnicians: JobTechniciansTable;
  jobEvents: JobEventsTable;
  reportAnswers: ReportAnswersTable;
  reserves: ReservesTable;
  reserveEvents: ReserveEventsTable;
  attachments: AttachmentsTable;
  attachmentContents: AttachmentContentsTable;
  signatures: SignaturesTable;
  catalogFamilies: CatalogFamiliesTable;
  catalogItems: CatalogItemsTable;
  depots: DepotsTable;
  stockLevels: StockLevelsTable;
  serialUnits: SerialUnitsTable;
  stockMovements: StockMovementsTable;
  jobItems: JobItemsTable;
  takeBacks: TakeBacksTable;
  auditLog: AuditLogTable;
  idempotencyKeys: IdempotencyKeysTable;
  outboxEvents: OutboxEventsTable;
  serverSecrets: ServerSecretsTable;
  jobOnlineViews: JobOnlineViewsTable;
  searchRewrites: SearchRewritesTable;
}

/** Jobs whose search text still names a customer's or a site's former name (migration 0025). */
export interface SearchRewritesTable {
  id: string;
  customerId: string;
  /** Only the jobs at this site (its city changed); null: the customer's name changed. */
  siteId: string | null;
  afterId: string;
  createdAt: Iso;
}

export type UserRow = Selectable<UsersTable>;
export type CustomerRow = Selectable<CustomersTable>;
export type NewCustomer = Insertable<CustomersTable>;
export type CustomerUpdate = Updateable<CustomersTable>;
