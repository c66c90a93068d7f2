/**
 * A share as a percentage, kept as a fraction of whole numbers so that rounding and the
 * colour decision are exact (no binary floating-point surprises at x,x5).
 */
export interface Aandeel {
  readonly teller: number;
  readonly noemer: number;
}

/** 100 × teller / noemer rounded half up to one decimal (93,75 → 93,8); null when noemer is 0. */
export function percentageEenDecimaal({ teller, noemer }: Aandeel): number | null {
  if (noemer === 0) return null;
  // round(1000·t/n) half up, in integers: floor((2000·t + n) / 2n)
  return Math.floor((2000 * teller + noemer) / (2 * noemer)) / 10;
}

/** Whether the unrounded percentage 100 × teller / noemer reaches `drempel`. */
export function haaltDrempel({ teller, noemer }: Aandeel, drempel: number): boolean {
  return 100 * teller >= drempel * noemer;
}
