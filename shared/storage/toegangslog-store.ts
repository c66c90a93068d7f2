import type { RegioCode } from '../reference/zorgkantoorregio.ts';

/**
 * One disclosure of client-level rows (contracts §6): who, when, through which channel,
 * which region and how many rows. Never the client identifiers themselves.
 */
export interface ToegangsRecord {
  /** Unique per disclosure (a retry of the same write is the same record). */
  readonly id: string;
  /** ISO timestamp. */
  readonly tijdstip: string;
  /** The user; for a mail the subscriber's address masked (`j***@zorgkantoor.nl`). */
  readonly gebruiker: string;
  readonly rol: 'zorgkantoor' | 'toezicht' | 'beheer' | 'abonnee';
  readonly kanaal: 'mail' | 'api';
  readonly regio: RegioCode;
  /** What was disclosed: the endpoint, or `alertmail <cyclus>`. */
  readonly bron: string;
  readonly rijen: number;
}

export interface ToegangsFilter {
  /** ISO timestamps, `van` inclusive, `tot` exclusive. */
  readonly van: string;
  readonly tot: string;
  readonly regio?: RegioCode;
  readonly gebruiker?: string;
}

/** The access log: append-only, readable by period, and by region or user within a period. */
export interface ToegangslogStore {
  recordToegang(record: ToegangsRecord): Promise<void>;
  /** Oldest first. */
  listToegang(filter: ToegangsFilter): Promise<ToegangsRecord[]>;
}
