import type { RegioCode } from '../reference/zorgkantoorregio.ts';

/**
 * Pseudonymous keys of the demo extracts. They carry a letter prefix and the region code, so
 * they are never 9 digits and can never be mistaken for a BSN (contracts §1), and they are
 * unique per region by construction. Numbers wider than the padding simply grow.
 */
export function demoClientId(regio: RegioCode, nummer: number): string {
  return `C${regio}-${String(nummer).padStart(6, '0')}`;
}

export function demoAanvraagId(regio: RegioCode, nummer: number): string {
  return `PGB${regio}-${String(nummer).padStart(5, '0')}`;
}

export function demoMazId(regio: RegioCode, nummer: number): string {
  return `MAZ${regio}-${String(nummer).padStart(6, '0')}`;
}

/**
 * Client numbers for pgb applicants and care starts: drawn from a range above the numbers the
 * wachtlijst hands out in sequence, so a pgb or MAZ client is a different person from the
 * waiting clients unless the region is very large.
 */
export const LOSSE_CLIENT_NUMMERS = { van: 100_000, tot: 999_999 } as const;
