/** Leveringsvorm (iWlz COD578): how Wlz care is delivered. */
export const LEVERINGSVORMEN = ['verblijf', 'vpt', 'mpt', 'dtv', 'pgb', 'vkb'] as const;
export type Leveringsvorm = (typeof LEVERINGSVORMEN)[number];

export interface LeveringsvormDefinitie {
  readonly code: string;
  readonly naam: Leveringsvorm;
  readonly omschrijving: string;
}

export const LEVERINGSVORM_DEFINITIES: readonly LeveringsvormDefinitie[] = [
  { code: '4', naam: 'verblijf', omschrijving: 'Verblijf in een instelling' },
  { code: '5', naam: 'vpt', omschrijving: 'Volledig pakket thuis' },
  { code: '7', naam: 'mpt', omschrijving: 'Modulair pakket thuis' },
  { code: '8', naam: 'dtv', omschrijving: 'Deeltijdverblijf' },
  { code: '2', naam: 'pgb', omschrijving: 'Persoonsgebonden budget' },
  { code: '9', naam: 'vkb', omschrijving: 'Verkeerde bed' },
];

export type LeveringsvormParseResult =
  { ok: true; leveringsvorm: Leveringsvorm } | { ok: false; reden: string };

/** Accepts the code (`4`), the short name (`verblijf`, `VPT`) or the full name (`Volledig pakket thuis`). */
export function parseLeveringsvorm(text: string): LeveringsvormParseResult {
  const value = text.trim();
  const lower = value.toLowerCase();
  const found = LEVERINGSVORM_DEFINITIES.find(
    (d) => d.code === value || d.naam === lower || d.omschrijving.toLowerCase() === lower,
  );
  if (found) return { ok: true, leveringsvorm: found.naam };
  return {
    ok: false,
    reden: 'onbekende leveringsvorm; toegestaan: 4 verblijf, 5 vpt, 7 mpt, 8 dtv, 2 pgb, 9 vkb',
  };
}

export function leveringsvormOmschrijving(vorm: Leveringsvorm): string {
  return LEVERINGSVORM_DEFINITIES.find((d) => d.naam === vorm)?.omschrijving ?? vorm;
}
