import type { RegioCode } from '../reference/zorgkantoorregio.ts';
import type { Gebruiker } from './gebruiker.ts';

/**
 * One look at client-level rows (contracts §6): who, when, through what, which region, how many
 * rows. Never the client identifiers themselves.
 */
export interface ToegangsRegistratie {
  readonly gebruiker: Pick<Gebruiker, 'id' | 'naam' | 'rol'>;
  /** The endpoint, or `mail` for an alert. */
  readonly kanaal: string;
  readonly regio: RegioCode | null;
  readonly aantal: number;
  /** ISO timestamp */
  readonly op: string;
}

/** Where the use cases that hand out client-level rows record it. */
export interface ToegangsLogboek {
  record(registratie: ToegangsRegistratie): Promise<void>;
}
