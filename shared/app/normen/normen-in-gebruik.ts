import type { Normen } from '../../norms/normen.ts';

/** Where the norms in force come from. */
export type NormenBron =
  /** The file shipped with the product (placeholder streefnormen). */
  | { readonly soort: 'standaard' }
  /** A file the operator pinned: `--normen FILE` or `ZORGPLICHT_NORMEN`. */
  | { readonly soort: 'bestand'; readonly pad: string; readonly via: 'optie' | 'omgeving' }
  /** A version stored in the product by beheer. */
  | { readonly soort: 'opgeslagen'; readonly versie: number; readonly door: string; readonly op: string };

/** The norms an answer was computed with, and what it can say about them. */
export interface NormenInGebruik {
  readonly normen: Normen;
  readonly bron: NormenBron;
  /** SHA-256 of the norms' canonical JSON: the same hash, the same figures. */
  readonly hash: string;
}

/** What every answer says about its norms: source (in words) and content hash. */
export interface NormenGrondslag {
  readonly bron: string;
  readonly hash: string;
}

export function beschrijfNormenBron(bron: NormenBron): string {
  switch (bron.soort) {
    case 'standaard':
      return 'standaard normenbestand van het product (de streefnormen zijn plaatshouders)';
    case 'bestand':
      return `${bron.pad} (via ${bron.via === 'optie' ? '--normen' : 'ZORGPLICHT_NORMEN'})`;
    case 'opgeslagen':
      return `opgeslagen versie ${bron.versie} (door ${bron.door})`;
  }
}

export function normenGrondslag(normen: NormenInGebruik): NormenGrondslag {
  return { bron: beschrijfNormenBron(normen.bron), hash: normen.hash };
}
