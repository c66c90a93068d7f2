/**
 * Wlz sectors. Extracts may use the synonyms the field uses: `V&V` for VV; `GZ`, `VG`,
 * `LG` and `ZG` (gehandicaptenzorg by grondslag) for GHZ.
 */
export const SECTOREN = ['VV', 'GHZ', 'GGZ'] as const;
export type Sector = (typeof SECTOREN)[number];

export const SECTOR_OMSCHRIJVING: Readonly<Record<Sector, string>> = {
  VV: 'Verpleging en verzorging',
  GHZ: 'Gehandicaptenzorg',
  GGZ: 'Geestelijke gezondheidszorg',
};

export const SECTOR_SYNONIEMEN: Readonly<Record<string, Sector>> = {
  VV: 'VV',
  'V&V': 'VV',
  GHZ: 'GHZ',
  GZ: 'GHZ',
  VG: 'GHZ',
  LG: 'GHZ',
  ZG: 'GHZ',
  GGZ: 'GGZ',
};

export type SectorParseResult = { ok: true; sector: Sector } | { ok: false; reden: string };

export function parseSector(text: string): SectorParseResult {
  const sector = SECTOR_SYNONIEMEN[text.trim().toUpperCase()];
  if (sector) return { ok: true, sector };
  return { ok: false, reden: 'onbekende sector; toegestaan: VV (V&V), GHZ (GZ, VG, LG, ZG), GGZ' };
}
