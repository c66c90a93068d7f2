/**
 * BSN detection. The product never stores a BSN; a client key that looks like one is
 * refused. A BSN has 9 digits and passes the elfproef:
 * 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9 is divisible by 11.
 */
const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (WEIGHTS[i] ?? 0);
  return sum % 11 === 0;
}

/** True for a 9-digit value (spaces around it ignored) that passes the elfproef. */
export function looksLikeBsn(value: string): boolean {
  return passesElfproef(value.trim());
}

/**
 * Shows a value in an error report without revealing a BSN: the first three digits
 * and asterisks ("123******").
 */
export function maskBsn(value: string): string {
  const trimmed = value.trim();
  return `${trimmed.slice(0, 3)}${'*'.repeat(Math.max(0, trimmed.length - 3))}`;
}
