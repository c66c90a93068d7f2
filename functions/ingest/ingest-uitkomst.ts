import type { IngestStatus } from '../../shared/extracts/ingest-rapport.ts';

/**
 * What became of one inbox file in one run of the ingest Lambda. Each is also the name of a
 * Powertools metric (Count) of the function, which the stack's alarms and dashboard read.
 */
export const INGEST_UITKOMSTEN = [
  /** Ingested and committed; the version was deleted from the inbox. */
  'verwerkt',
  /** The same content was ingested before; the version was deleted. */
  'alVerwerkt',
  /** Refused with its errors and archived under afgewezen/; the version was deleted. */
  'afgewezen',
  /** Another run holds the claim on this content; the file stays. */
  'bezig',
  /** The ingest broke off (store, S3); the file stays and is tried again. */
  'onderbroken',
  /** The version no longer exists: another run handled it already. */
  'weg',
] as const;

export type IngestUitkomst = (typeof INGEST_UITKOMSTEN)[number];

export type IngestSamenvatting = Readonly<Record<IngestUitkomst, number>>;

const UIT_STATUS: Readonly<Record<IngestStatus, IngestUitkomst>> = {
  verwerkt: 'verwerkt',
  'al verwerkt': 'alVerwerkt',
  afgewezen: 'afgewezen',
  bezig: 'bezig',
  onderbroken: 'onderbroken',
};

export function uitkomstVan(status: IngestStatus): IngestUitkomst {
  return UIT_STATUS[status];
}

/** The file stays in the inbox, so the message that announced it must come back. */
export function blijftInInbox(uitkomst: IngestUitkomst): boolean {
  return uitkomst === 'bezig' || uitkomst === 'onderbroken';
}

export function telUitkomsten(uitkomsten: readonly IngestUitkomst[]): IngestSamenvatting {
  const telling: Record<IngestUitkomst, number> = {
    verwerkt: 0,
    alVerwerkt: 0,
    afgewezen: 0,
    bezig: 0,
    onderbroken: 0,
    weg: 0,
  };
  for (const uitkomst of uitkomsten) telling[uitkomst]++;
  return telling;
}
