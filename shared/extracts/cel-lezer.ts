import { type CalendarDate, parseCalendarDate } from '../calendar/calendar-date.ts';
import { formatDatum } from '../text/dutch-format.ts';
import { findStuurteken } from '../reference/stuurtekens.ts';
import { type ExtractFout, shownValue } from './extract-fout.ts';

type CelParse<T> = (text: string) => { ok: true; value: T } | { ok: false; reden: string };

/**
 * Reads the cells of one record into typed values, collecting a Dutch error (row, column,
 * value, reason) for every cell that is wrong instead of stopping at the first.
 */
export class CelLezer {
  private foutAantal = 0;

  constructor(
    private readonly velden: readonly string[],
    private readonly kolommen: ReadonlyMap<string, number>,
    readonly rij: number,
    private readonly fouten: ExtractFout[],
  ) {}

  /** True when no cell of this record had an error so far. */
  get ok(): boolean {
    return this.foutAantal === 0;
  }

  fout(kolom: string, waarde: string | null, reden: string): void {
    this.foutAantal++;
    this.fouten.push({ rij: this.rij, kolom, waarde: waarde === null ? null : shownValue(waarde), reden });
  }

  /** The trimmed cell text; '' for an empty cell or a column the file lacks. */
  tekst(kolom: string): string {
    const index = this.kolommen.get(kolom);
    if (index === undefined) return '';
    return (this.velden[index] ?? '').trim();
  }

  verplicht<T>(kolom: string, parse: CelParse<T>): T | undefined {
    const text = this.tekst(kolom);
    if (text === '') {
      this.fout(kolom, '', 'verplicht veld is leeg');
      return undefined;
    }
    return this.lees(kolom, text, parse);
  }

  optioneel<T>(kolom: string, parse: CelParse<T>): T | undefined {
    const text = this.tekst(kolom);
    if (text === '') return undefined;
    return this.lees(kolom, text, parse);
  }

  private lees<T>(kolom: string, text: string, parse: CelParse<T>): T | undefined {
    const result = parse(text);
    if (result.ok) return result.value;
    this.fout(kolom, text, result.reden);
    return undefined;
  }
}

/** Adapts the reference parsers (`{ ok, date }`, `{ ok, sector }` …) to `{ ok, value }`. */
export function asCelParse<R extends { ok: true }, T>(
  parse: (text: string) => R | { ok: false; reden: string },
  pick: (result: R) => T,
): CelParse<T> {
  return (text) => {
    const result = parse(text);
    return result.ok ? { ok: true, value: pick(result) } : result;
  };
}

export const datumCel: CelParse<CalendarDate> = asCelParse(parseCalendarDate, (r) => r.date);

/**
 * A free-text key such as client_id: at most `max` characters, no line breaks, and no
 * invisible or control characters (zero-width space, BEL, ESC, DEL, bidi overrides, NBSP …),
 * so that two keys that look the same are the same.
 */
export function sleutelCel(max: number): CelParse<string> {
  return (text) => {
    if (text.length > max) return { ok: false, reden: `langer dan ${max} tekens` };
    if (/[\r\n]/.test(text)) return { ok: false, reden: 'bevat een regeleinde' };
    const teken = findStuurteken(text);
    if (teken) return { ok: false, reden: `bevat een onzichtbaar of stuurteken (${teken})` };
    return { ok: true, value: text };
  };
}

/**
 * Checks the order of a start date and an optional end date against the peildatum
 * (contracts §1): start after peildatum, end before start, or end after peildatum are errors.
 */
export function checkDatumVolgorde(
  lezer: CelLezer,
  peildatum: CalendarDate | undefined,
  start: { kolom: string; datum: CalendarDate | undefined },
  eind?: { kolom: string; datum: CalendarDate | undefined },
): void {
  if (peildatum && start.datum && start.datum > peildatum) {
    lezer.fout(start.kolom, lezer.tekst(start.kolom), `ligt na de peildatum (${formatDatum(peildatum)})`);
  }
  if (!eind?.datum) return;
  if (start.datum && eind.datum < start.datum) {
    lezer.fout(eind.kolom, lezer.tekst(eind.kolom), `ligt voor ${start.kolom} (${formatDatum(start.datum)})`);
  }
  if (peildatum && eind.datum > peildatum) {
    lezer.fout(eind.kolom, lezer.tekst(eind.kolom), `ligt na de peildatum (${formatDatum(peildatum)})`);
  }
}
