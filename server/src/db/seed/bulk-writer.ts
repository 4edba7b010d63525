import { CompiledQuery, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { DatabaseKind } from '../create-db';
import type { Database } from '../database';

type TableName = keyof Database;
type Row<T extends TableName> = Insertable<Database[T]>;
type Executor = Kysely<Database> | Transaction<Database>;

/** Bound-parameter ceilings, kept below the engines' limits (SQLite 32,766; PostgreSQL 65,535). */
const MAX_PARAMETERS: Record<DatabaseKind, number> = { sqlite: 32_000, postgres: 60_000 };
const MAX_ROWS_PER_STATEMENT = 500;

/** Parents before children, so every foreign key finds its row within the same transaction. */
const TABLE_ORDER: readonly TableName[] = [
  'users',
  'settings',
  'counters',
  'customers',
  'sites',
  'contacts',
  'reportTemplates',
  'reportTemplateVersions',
  'jobTypes',
  'catalogFamilies',
  'catalogItems',
  'depots',
  'stockLevels',
  'jobs',
  'jobTechnicians',
  'jobEvents',
  'serialUnits',
  'stockMovements',
  'reportAnswers',
  'reserves',
  'reserveEvents',
  'attachments',
  'attachmentContents',
  'signatures',
  'jobItems',
  'takeBacks',
];

interface TableBuffer<T extends TableName = TableName> {
  table: T;
  columns: string[];
  sqlColumns: string;
  values: unknown[];
  rows: number;
}

/**
 * Buffers rows per table and writes them as multi-row INSERTs. Raw SQL on purpose: the query
 * builder (and its camel-case plugin walking every value node) costs more than the database
 * itself at millions of rows. Tables are written in TABLE_ORDER.
 */
export class BulkWriter {
  private readonly buffers = new Map<TableName, TableBuffer>();
  private readonly sqlCache = new Map<string, string>();
  private readonly afterInserts: ((trx: Transaction<Database>) => Promise<void>)[] = [];
  readonly counts: Partial<Record<TableName, number>> = {};
  pendingRows = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly kind: DatabaseKind,
  ) {}

  add<T extends TableName>(table: T, row: Row<T>): void {
    let buffer = this.buffers.get(table);
    if (!buffer) {
      const columns = Object.keys(row);
      buffer = { table, columns, sqlColumns: columns.map(toSnakeCase).join(', '), values: [], rows: 0 };
      this.buffers.set(table, buffer);
    }
    const record = row as Record<string, unknown>;
    let keys = 0;
    for (const _ in record) keys++;
    // Every row of a table must name the same columns: a missing key would shift the values.
    if (keys !== buffer.columns.length) throw new Error(`seed: ${table} rows must all have the columns ${buffer.columns.join(', ')}`);
    for (const column of buffer.columns) {
      const value = record[column];
      buffer.values.push(value === undefined ? null : value);
    }
    buffer.rows++;
    this.pendingRows++;
  }

  /** Work that must run after this batch's inserts, in the same transaction (e.g. an UPDATE). */
  afterInsert(work: (trx: Transaction<Database>) => Promise<void>): void {
    this.afterInserts.push(work);
  }

  /** Writes everything buffered in one transaction. */
  async flush(): Promise<void> {
    if (this.pendingRows === 0 && this.afterInserts.length === 0) return;
    const buffers = [...this.buffers.values()].filter((b) => b.rows > 0).sort((a, b) => rank(a.table) - rank(b.table));
    const work = this.afterInserts.splice(0);
    await this.db.transaction().execute(async (trx) => {
      for (const buffer of buffers) await this.insert(trx, buffer);
      for (const step of work) await step(trx);
    });
    for (const buffer of buffers) {
      this.counts[buffer.table] = (this.counts[buffer.table] ?? 0) + buffer.rows;
      buffer.values = [];
      buffer.rows = 0;
    }
    this.pendingRows = 0;
  }

  private async insert(executor: Executor, buffer: TableBuffer): Promise<void> {
    const width = buffer.columns.length;
    const perStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS[this.kind] / width)));
    for (let start = 0; start < buffer.rows; start += perStatement) {
      const rows = Math.min(perStatement, buffer.rows - start);
      const parameters = buffer.values.slice(start * width, (start + rows) * width);
      await executor.executeQuery(CompiledQuery.raw(this.insertSql(buffer, rows), parameters));
    }
  }

  private insertSql(buffer: TableBuffer, rows: number): string {
    const key = `${buffer.table}:${buffer.columns.length}:${rows}`;
    let text = this.sqlCache.get(key);
    if (text) return text;
    const width = buffer.columns.length;
    const tuples: string[] = [];
    for (let r = 0; r < rows; r++) {
      const marks: string[] = [];
      for (let c = 0; c < width; c++) marks.push(this.kind === 'postgres' ? `$${r * width + c + 1}` : '?');
      tuples.push(`(${marks.join(',')})`);
    }
    text = `insert into ${toSnakeCase(buffer.table)} (${buffer.sqlColumns}) values ${tuples.join(',')}`;
    this.sqlCache.set(key, text);
    return text;
  }
}

function rank(table: TableName): number {
  const index = TABLE_ORDER.indexOf(table);
  return index === -1 ? TABLE_ORDER.length : index;
}

export function toSnakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
