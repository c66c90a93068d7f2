import { on } from 'node:events';
import { Readable } from 'node:stream';
import { type CsvError, parse } from 'csv-parse';
import { shownValue } from './extract-fout.ts';
import { GeenCsvFout } from './geen-csv-fout.ts';
import { describeNonUtf8Byte, NIET_UTF8_MARKER, utf8Tekst } from './tekst-codering.ts';

export { GeenCsvFout } from './geen-csv-fout.ts';

/** One CSV record with its row number (the first line of the file is row 1, as a spreadsheet shows it). */
export interface CsvRecord {
  readonly rij: number;
  readonly velden: readonly string[];
}

export type Scheidingsteken = ',' | ';';

const MAX_RECORD_BYTES = 1_000_000;
/** How far to look for the header line before deciding the delimiter on what was seen. */
const MAX_KIJKEN_BYTES = MAX_RECORD_BYTES + 1024;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const REGELEINDE = /\r\n|\n|\r/;
/** Excel's `sep=;` first line (also quoted, or padded with the same character). */
const SEP_REGEL = /^"?sep=(.)"?\1*$/i;
/** A line without any data: only spaces, delimiters and empty quotes. */
const LEGE_REGEL = /^[\s,;"]*$/;

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

/** What the first lines of a file say about how to read it. */
export interface BestandsBegin {
  /** The delimiter a `sep=` first line chooses; that line is then not the header. */
  readonly sep: string | undefined;
  /** The first line with data (the header), to detect the delimiter on. */
  readonly headerLine: string;
}

/**
 * Reads the start of a file's text (BOM removed): an Excel `sep=;` line, blank lines, then
 * the header line. Undefined when the text seen so far ends before the header line does,
 * unless `compleet` (nothing more will come).
 */
export function readBestandsBegin(text: string, compleet: boolean): BestandsBegin | undefined {
  const regels = text.split(REGELEINDE);
  const afgesloten = (i: number) => compleet || i < regels.length - 1;
  let i = 0;
  let sep: string | undefined;
  if (!afgesloten(0)) return undefined;
  const sepRegel = SEP_REGEL.exec(regels[0] ?? '');
  if (sepRegel) {
    sep = sepRegel[1];
    i = 1;
  }
  for (; i < regels.length; i++) {
    if (!afgesloten(i)) return undefined;
    const regel = regels[i] ?? '';
    if (!LEGE_REGEL.test(regel)) return { sep, headerLine: regel };
  }
  return { sep, headerLine: '' };
}

/** Reads ahead to the header line to decide the delimiter, and hands back all bytes. */
async function peekBestandsBegin(
  chunks: AsyncGenerator<Buffer>,
): Promise<{ begin: BestandsBegin; replay: AsyncGenerator<Buffer> }> {
  const seen: Buffer[] = [];
  let size = 0;
  let done = false;
  let begin: BestandsBegin | undefined;
  while (!begin) {
    const next = await chunks.next();
    if (next.done) done = true;
    else {
      seen.push(next.value);
      size += next.value.length;
    }
    let head = Buffer.concat(seen);
    if (head.subarray(0, 3).equals(UTF8_BOM)) head = head.subarray(3);
    begin = readBestandsBegin(head.toString('utf8'), done || size > MAX_KIJKEN_BYTES);
  }
  async function* replay(): AsyncGenerator<Buffer> {
    yield* seen;
    if (!done) yield* chunks;
  }
  return { begin, replay: replay() };
}

function scheidingstekenVan(begin: BestandsBegin): Scheidingsteken {
  if (begin.sep === undefined) return detectScheidingsteken(begin.headerLine);
  if (begin.sep === ',' || begin.sep === ';') return begin.sep;
  const naam = begin.sep === '\t' ? 'tab' : `"${shownValue(begin.sep)}"`;
  throw new GeenCsvFout(
    `de eerste regel (sep=) kiest ${naam} als scheidingsteken; alleen ; en , zijn mogelijk`,
    1,
  );
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

function isCsvError(error: unknown): error is CsvError {
  const code = (error as Partial<CsvError> | null)?.code;
  return typeof code === 'string' && (code.startsWith('CSV_') || code === 'INVALID_OPENING_QUOTE');
}

/** The column a field index is in: its name in the header, or its number. */
function kolomVan(kop: readonly string[] | undefined, index: number): string {
  const naam = kop?.[index]?.trim();
  return naam ? shownValue(naam) : `${index + 1}`;
}

/**
 * Streams the records of a CSV file (contracts §1) as Excel writes them: UTF-8 with optional
 * BOM, RFC 4180 quoting, delimiter `,` or `;` detected from the header line or chosen by a
 * `sep=` first line, and any line end — LF, CRLF or CR, also mixed within one file. Rows
 * without data (blank lines, `;;;;`) and a `sep=` line count as rows, so row numbers match
 * the file, but are not yielded; the first record yielded is the header. Throws `GeenCsvFout`
 * when the file is not CSV text or its quoting breaks; text that is not UTF-8 is refused
 * naming the row and column of the first bad byte.
 */
export async function* readCsvRecords(
  source: AsyncIterable<Buffer | string>,
  options: { onBytes?: (bytes: number) => void; onScheidingsteken?: (s: Scheidingsteken) => void } = {},
): AsyncGenerator<CsvRecord> {
  let nietUtf8: number | undefined;
  const tekst = utf8Tekst(source, {
    onBytes: options.onBytes,
    onNietUtf8: (byte) => {
      nietUtf8 = byte;
    },
  });
  const { begin, replay } = await peekBestandsBegin(tekst);
  const delimiter = scheidingstekenVan(begin);
  options.onScheidingsteken?.(delimiter);
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
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
  let kop: readonly string[] | undefined;
  // events.on, unlike the stream's own iterator, hands over every record parsed before an
  // error before it throws, so every row up to a broken quote is checked and reported.
  const gelezen = on(parser, 'data', { close: ['end'], highWaterMark: 1000, lowWaterMark: 100 });
  try {
    // events.on yields each event's arguments untyped; csv-parse emits one string[] per record.
    for await (const [velden] of gelezen as AsyncIterable<[string[]]>) {
      rij++;
      if (rij === 1 && begin.sep !== undefined) continue;
      const marker = velden.findIndex((veld) => veld.includes(NIET_UTF8_MARKER));
      if (marker !== -1 && nietUtf8 !== undefined) {
        throw new GeenCsvFout(describeNonUtf8Byte(nietUtf8), rij, kolomVan(kop, marker));
      }
      if (velden.every((veld) => veld.trim() === '')) continue;
      kop ??= velden;
      yield { rij, velden };
    }
  } catch (error) {
    if (error instanceof GeenCsvFout || !isCsvError(error)) throw error;
    const completed = typeof error.records === 'number' ? error.records : rij;
    if (nietUtf8 !== undefined && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      // The bad byte sits in a quoted field: the text ended there, inside the quotes.
      const index = typeof error.column === 'number' ? error.column : undefined;
      throw new GeenCsvFout(
        describeNonUtf8Byte(nietUtf8),
        completed + 1,
        index === undefined ? null : kolomVan(kop, index),
      );
    }
    throw new GeenCsvFout(describeCsvError(error), completed + 1);
  } finally {
    // Stop reading the file when the consumer stops early.
    bytes.destroy();
    parser.destroy();
  }
}
