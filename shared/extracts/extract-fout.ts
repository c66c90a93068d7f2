import type { RegioCode } from '../reference/zorgkantoorregio.ts';
import { maskBsnInText } from '../reference/bsn-in-tekst.ts';
import { showStuurtekens } from '../reference/stuurtekens.ts';

/**
 * One problem in an extract file, in Dutch. `rij` counts records as a spreadsheet shows
 * them, with the first line as row 1; `null` for problems of the file as a whole.
 */
export interface ExtractFout {
  readonly rij: number | null;
  readonly kolom: string | null;
  /** The offending value as shown to people: BSN-like values are masked. */
  readonly waarde: string | null;
  readonly reden: string;
  /**
   * The region of the row, when its zorgkantoorregio could be read: a user of one region
   * sees only the errors of their own regions. Absent for problems of the file as a whole.
   */
  readonly regio?: RegioCode | undefined;
}

const MAX_SHOWN_VALUE = 60;

/**
 * A cell value safe to show and store in a report: BSN-like numbers masked (`123******`),
 * never a whole page of text, and invisible or control characters written out (`<U+001B>`)
 * so that none reaches a terminal raw. Masked before it is shortened, so that a cut cannot
 * leave part of a BSN unmasked.
 */
export function shownValue(value: string): string {
  const masked = maskBsnInText(value.trim());
  return showStuurtekens(masked.length > MAX_SHOWN_VALUE ? `${masked.slice(0, MAX_SHOWN_VALUE)}…` : masked);
}

export function bestandsFout(reden: string): ExtractFout {
  return { rij: null, kolom: null, waarde: null, reden };
}

/** `rij 5, kolom wachtstatus, waarde "1": reden` */
export function formatExtractFout(fout: ExtractFout): string {
  const parts: string[] = [];
  if (fout.rij !== null) parts.push(`rij ${fout.rij}`);
  if (fout.kolom !== null) parts.push(`kolom ${fout.kolom}`);
  if (fout.waarde !== null) parts.push(fout.waarde === '' ? 'waarde leeg' : `waarde "${fout.waarde}"`);
  return parts.length > 0 ? `${parts.join(', ')}: ${fout.reden}` : fout.reden;
}
