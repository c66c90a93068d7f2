import type { Normen } from '../norms/normen.ts';

/** A version of the norms stored in the product (by beheer, through the API), with who and when. */
export interface NormenVersie {
  /** 1, 2, 3, …: the newest is in force unless the operator pinned a file. */
  readonly versie: number;
  readonly normen: Normen;
  /** SHA-256 of the norms' canonical JSON (`normenHash`). */
  readonly hash: string;
  readonly door: string;
  /** ISO timestamp. */
  readonly op: string;
  readonly toelichting?: string | undefined;
}

/** The stored versions of the norms; each one is kept, the newest is in force. */
export interface NormenVersieStore {
  getNieuwsteNormenVersie(): Promise<NormenVersie | undefined>;
  /** Newest first. */
  listNormenVersies(): Promise<NormenVersie[]>;
  /** Stores the next version (its number is the newest + 1); returns it. */
  saveNormenVersie(versie: Omit<NormenVersie, 'versie'>): Promise<NormenVersie>;
}
