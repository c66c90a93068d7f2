import { type ExtractLogRegel, MAX_FOUTEN_IN_LOG } from './extract-log.ts';

/**
 * Bytes (measured as JSON) the errors, the error summary and the warnings may take in one log
 * entry. Together well under DynamoDB's limit of 400 KB per item, whatever a file holds.
 */
export const MAX_LOG_BYTES = { fouten: 100_000, foutSamenvatting: 60_000, waarschuwingen: 20_000 } as const;
/** A single warning longer than this is cut off. */
const MAX_WAARSCHUWING_TEKENS = 2_000;

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

/** The leading items that fit in `maxBytes` together. */
function takeWithin<T>(items: readonly T[], maxBytes: number): T[] {
  const result: T[] = [];
  let bytes = 0;
  for (const item of items) {
    bytes += jsonBytes(item) + 1;
    if (bytes > maxBytes) break;
    result.push(item);
  }
  return result;
}

function kortAf(tekst: string): string {
  return tekst.length > MAX_WAARSCHUWING_TEKENS ? `${tekst.slice(0, MAX_WAARSCHUWING_TEKENS)}…` : tekst;
}

/**
 * The log entry as it may be stored: at most `MAX_FOUTEN_IN_LOG` errors, and errors, summary
 * and warnings each within their byte budget (`MAX_LOG_BYTES`), so that no file — a million
 * bad rows, 10,000 unknown columns, a 500 kB column name — makes the entry too large to store.
 * `foutAantal` keeps counting every error; the archived report keeps more detail.
 */
export function fitExtractLogRegel(regel: ExtractLogRegel): ExtractLogRegel {
  const waarschuwingen = takeWithin(regel.waarschuwingen.map(kortAf), MAX_LOG_BYTES.waarschuwingen);
  const weggelaten = regel.waarschuwingen.length - waarschuwingen.length;
  if (weggelaten > 0) {
    waarschuwingen.push(
      `en nog ${weggelaten} ${weggelaten === 1 ? 'waarschuwing' : 'waarschuwingen'}; zie het rapport in het archief`,
    );
  }
  return {
    ...regel,
    fouten: takeWithin(regel.fouten.slice(0, MAX_FOUTEN_IN_LOG), MAX_LOG_BYTES.fouten),
    ...(regel.foutSamenvatting === undefined
      ? {}
      : { foutSamenvatting: takeWithin(regel.foutSamenvatting, MAX_LOG_BYTES.foutSamenvatting) }),
    waarschuwingen,
  };
}
