import { Readable } from 'node:stream';
import { type CsvError, parse } from 'csv-parse';

/** One CSV record with its row number (the header is row 1, as a spreadsheet shows it). */
export interface CsvRecord {
  readonly rij: number;
  readonly velden: readonly string[];
}

/** The file is not usable CSV text at all; nothing of it can be read as rows. */
export class GeenCsvFout extends Error {
  constructor(
    readonly reden: string,
    readonly rij: number | null = null,
  ) {
    super(reden);
    this.name = 'GeenCsvFout';
  }
}

export type Scheidingsteken = ',' | ';';

const MAX_RECORD_BYTES = 1_000_000;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The delimiter of a file, decided on its header line: `;` (Dutch Excel) when it has more
 * semicolons than commas, otherwise `,`.
 */
export function detectScheidingsteken(headerLine: string): Scheidingsteken {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Checks that the bytes are UTF-8 text (not a spreadsheet, not another encoding) while
 * they stream through, and reports progress in bytes.
 */
async function* checkedText(
  source: AsyncIterable<Buffer | string>,
  onBytes: ((bytes: number) => void) | undefined,
): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  for await (const piece of source) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    if (first && chunk.length > 0) {
      first = false;
      if (chunk.subarray(0, 4).equals(ZIP_MAGIC)) {
        throw new GeenCsvFout(
          'dit is geen CSV-tekst maar een Excel-werkmap of zip-bestand; sla het op als "CSV UTF-8"',
        );
      }
    }
    if (chunk.includes(0))
      throw new GeenCsvFout('dit is geen tekstbestand (CSV): het bevat binaire gegevens');
    try {
      decoder.decode(chunk, { stream: true });
    } catch {
      throw new GeenCsvFout(
        'de tekst is geen geldige UTF-8; sla het bestand op als "CSV UTF-8" (bijvoorbeeld in Excel)',
      );
    }
    onBytes?.(chunk.length);
    yield chunk;
  }
  try {
    decoder.decode();
  } catch {
    throw new GeenCsvFout('de tekst is geen geldige UTF-8 (afgebroken teken aan het eind van het bestand)');
  }
}

/** Splits off the first line (without BOM) to decide the delimiter, and hands back all bytes. */
async function peekHeaderLine(
  chunks: AsyncGenerator<Buffer>,
): Promise<{ headerLine: string; replay: AsyncGenerator<Buffer> }> {
  const seen: Buffer[] = [];
  let done = false;
  while (!done) {
    const next = await chunks.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    if (next.value.includes(0x0a) || next.value.includes(0x0d)) break;
  }
  let head = Buffer.concat(seen);
  if (head.subarray(0, 3).equals(UTF8_BOM)) head = head.subarray(3);
  const text = head.toString('utf8');
  const end = text.search(/[\r\n]/);
  const headerLine = end === -1 ? text : text.slice(0, end);
  async function* replay(): AsyncGenerator<Buffer> {
    yield* seen;
    if (!done) yield* chunks;
  }
  return { headerLine, replay: replay() };
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'een aanhalingsteken (") wordt niet gesloten; het bestand is vanaf hier niet te lezen';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'tekst direct na een sluitend aanhalingsteken ("); zet aanhalingstekens binnen een veld dubbel ("")';
    case 'INVALID_OPENING_QUOTE':
      return 'een aanhalingsteken (") midden in een veld zonder aanhalingstekens; zet het veld tussen aanhalingstekens';
    case 'CSV_MAX_RECORD_SIZE':
      return 'een rij is langer dan 1 MB; waarschijnlijk ontbreekt een sluitend aanhalingsteken';
    default:
      return `onleesbare CSV (${error.code})`;
  }
}

/**
 * Streams the records of a CSV file: UTF-8 with optional BOM, LF or CRLF, RFC 4180 quoting,
 * delimiter `,` or `;` detected from the header line. Empty lines count as rows (so row
 * numbers match a spreadsheet) but are not yielded. Throws `GeenCsvFout` when the file is
 * not CSV text or its quoting breaks.
 */
export async function* readCsvRecords(
  source: AsyncIterable<Buffer | string>,
  options: { onBytes?: (bytes: number) => void; onScheidingsteken?: (s: Scheidingsteken) => void } = {},
): AsyncGenerator<CsvRecord> {
  const { headerLine, replay } = await peekHeaderLine(checkedText(source, options.onBytes));
  const delimiter = detectScheidingsteken(headerLine);
  options.onScheidingsteken?.(delimiter);
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_BYTES,
  });
  const bytes = Readable.from(replay);
  // pipe() does not forward errors: a text check failure must end the parser too.
  bytes.on('error', (error) => parser.destroy(error));
  bytes.pipe(parser);
  let rij = 0;
  try {
    for await (const velden of parser as AsyncIterable<string[]>) {
      rij++;
      if (velden.length === 1 && velden[0]?.trim() === '') continue;
      yield { rij, velden };
    }
  } catch (error) {
    if (error instanceof GeenCsvFout) throw error;
    const csvError = error as CsvError;
    if (
      typeof csvError.code === 'string' &&
      (csvError.code.startsWith('CSV_') || csvError.code === 'INVALID_OPENING_QUOTE')
    ) {
      const completed = typeof csvError.records === 'number' ? csvError.records : rij;
      throw new GeenCsvFout(describeCsvError(csvError), completed + 1);
    }
    throw error;
  }
}
