/**
 * A share as a percentage, kept as a fraction of whole numbers so that rounding and the
 * colour decision are exact (no binary floating-point surprises at x,x5).
 */
export interface Aandeel {
  readonly teller: number;
  readonly noemer: number;
}

/** 100 × teller / noemer rounded half up to one decimal (93,75 → 93,8); null when noemer is 0. */
export function percentageEenDecimaal(aandeel: Aandeel): number | null {
  return percentageAfgerond(aandeel, 1);
}

/**
 * 100 × teller / noemer rounded half up to two decimals, as the uitvoeringsverslag reports year
 * figures (84,375 → 84,38; 1701 / 2000 → 85,05); null when noemer is 0.
 */
export function percentageTweeDecimalen(aandeel: Aandeel): number | null {
  return percentageAfgerond(aandeel, 2);
}

function percentageAfgerond({ teller, noemer }: Aandeel, decimalen: 1 | 2): number | null {
  if (noemer === 0) return null;
  const schaal = 10 ** decimalen;
  // round(100·schaal·t/n) half up, in integers: floor((2·100·schaal·t + n) / 2n)
  return Math.floor((200 * schaal * teller + noemer) / (2 * noemer)) / schaal;
}

/**
 * Whether the unrounded percentage 100 × teller / noemer reaches `drempel`, exactly: the drempel
 * is taken as the decimal number the norms file wrote (64.4, 85.05), so a share of exactly
 * 161 / 250 = 64,4% reaches a drempel of 64.4 (in floating point 64.4 × 250 exceeds 16100).
 */
export function haaltDrempel({ teller, noemer }: Aandeel, drempel: number): boolean {
  const { cijfers, decimalen } = decimaleVorm(drempel);
  // 100·t / n ≥ cijfers / 10^decimalen  ⇔  100·t·10^decimalen ≥ cijfers·n
  return 100n * BigInt(teller) * 10n ** BigInt(decimalen) >= cijfers * BigInt(noemer);
}

/** A finite number as the shortest decimal that reads back as it: 85.05 → 8505 × 10^−2. */
function decimaleVorm(getal: number): { cijfers: bigint; decimalen: number } {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(getal));
  if (!match) throw new RangeError(`geen eindig getal: ${getal}`);
  const [, teken = '', geheel = '', breuk = '', exponent = '0'] = match;
  const decimalen = breuk.length - Number(exponent);
  const cijfers = BigInt(`${teken}${geheel}${breuk}`);
  return decimalen >= 0
    ? { cijfers, decimalen }
    : { cijfers: cijfers * 10n ** BigInt(-decimalen), decimalen: 0 };
}
