import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';

/** Cells are separated by `;`, which Excel reads as the separator in French (and the catalog import reads back). */
const CSV_DELIMITER = ';';

/**
 * Rows as every CSV export of FieldDesk writes them: UTF-8 with a BOM so Excel reads accents, `;`
 * between cells, CRLF line ends, a header of `columns`. Streamed: the rows are read as the client
 * takes the file, so memory stays flat whatever the count and back-pressure paces the reads.
 */
export function csvExport<T, C extends string>(rows: AsyncIterable<T>, columns: readonly C[], record: (row: T) => Record<C, string>): Readable {
  const records = Readable.from(
    (async function* () {
      for await (const row of rows) yield record(row);
    })(),
  );
  const csv = stringify({ header: true, columns: [...columns], delimiter: CSV_DELIMITER, bom: true, record_delimiter: 'windows' });
  records.on('error', (error) => csv.destroy(error));
  return records.pipe(csv);
}

/** Answers a CSV export as a download named `<name>-<today>.csv`, never cached. */
export function sendCsvDownload(reply: FastifyReply, name: string, csv: Readable) {
  const day = new Date().toISOString().slice(0, 10);
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}-${day}.csv"`)
    .header('cache-control', 'no-store')
    .send(csv);
}
