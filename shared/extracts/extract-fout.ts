import { looksLikeBsn, maskBsn } from '../reference/bsn.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';

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

/** A cell value safe to show and store in a report: never a BSN, never a whole page of text. */
export function shownValue(value: string): string {
  const trimmed = value.trim();
  if (looksLikeBsn(trimmed)) return maskBsn(trimmed);
  return trimmed.length > MAX_SHOWN_VALUE ? `${trimmed.slice(0, MAX_SHOWN_VALUE)}…` : trimmed;
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
