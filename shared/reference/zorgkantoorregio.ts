/**
 * Zorgkantoorregio's (iWlz COD001, LDT_ZorgkantoorCode), from the iWlz 2.2 Basisschema.
 *
 * 5522 does not exist. Friesland appears twice (5502 and 5533) in the code list and both
 * codes are accepted, because it is not known which one an uitvoerder's extract carries;
 * they are 31 distinct regions under 32 codes.
 */
export type RegioCode = string & { readonly __regioCode: unique symbol };

export interface Zorgkantoorregio {
  readonly code: RegioCode;
  readonly naam: string;
}

const REGIO_LIST: ReadonlyArray<readonly [string, string]> = [
  ['5501', 'Groningen'],
  ['5502', 'Friesland'],
  ['5503', 'Drenthe'],
  ['5504', 'Zwolle'],
  ['5505', 'Twente'],
  ['5506', 'Apeldoorn, Zutphen en omstreken'],
  ['5507', 'Arnhem'],
  ['5508', 'Nijmegen'],
  ['5509', 'Utrecht'],
  ['5510', 'Flevoland'],
  ['5511', "'t Gooi"],
  ['5512', 'Noord Holland Noord'],
  ['5513', 'Kennemerland'],
  ['5514', 'Zaanstreek/Waterland'],
  ['5515', 'Amsterdam'],
  ['5516', 'Amstelland en De Meerlanden'],
  ['5517', 'Zuid-Holland Noord'],
  ['5518', 'Haaglanden'],
  ['5519', 'Delft Westland Oostland'],
  ['5520', 'Midden-Holland'],
  ['5521', 'Rotterdam'],
  ['5523', 'Zuid-Hollandse Eilanden'],
  ['5524', 'Waardenland'],
  ['5525', 'Zeeland'],
  ['5526', 'West-Brabant'],
  ['5527', 'Midden-Brabant'],
  ['5528', 'Noordoost Brabant'],
  ['5529', 'Zuidoost-Brabant'],
  ['5530', 'Noord- en Midden Limburg'],
  ['5531', 'Zuid-Limburg'],
  ['5532', 'Midden-IJssel'],
  ['5533', 'Friesland'],
];

export const ZORGKANTOORREGIOS: readonly Zorgkantoorregio[] = REGIO_LIST.map(([code, naam]) => ({
  code: code as RegioCode,
  naam,
}));

const BY_CODE = new Map(ZORGKANTOORREGIOS.map((regio) => [regio.code as string, regio]));

export function findRegio(code: string): Zorgkantoorregio | undefined {
  return BY_CODE.get(code.trim());
}

export function isRegioCode(code: string): code is RegioCode {
  return BY_CODE.has(code);
}

/** The region's name ("Zuid-Holland Noord"); the code itself for a code not in the list. */
export function regioNaam(code: RegioCode): string {
  return BY_CODE.get(code)?.naam ?? code;
}

/** "5517 Zuid-Holland Noord" */
export function regioLabel(code: RegioCode): string {
  const regio = BY_CODE.get(code);
  return regio ? `${regio.code} ${regio.naam}` : code;
}

/**
 * The 31 distinct regions, one code each: 5502 is left out because 5533 names the same
 * region. Used where a generator or benchmark needs "every region once".
 */
export const DISTINCT_REGIOS: readonly Zorgkantoorregio[] = ZORGKANTOORREGIOS.filter(
  (r) => r.code !== '5502',
);
