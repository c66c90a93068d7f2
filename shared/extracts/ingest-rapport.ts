import type { CalendarDate } from '../calendar/calendar-date.ts';
import { type ExtractFout, formatExtractFout } from './extract-fout.ts';
import type { ExtractSoort } from './extract-rows.ts';
import { foutSoort } from './fout-soort.ts';
import { type FoutGroep, MAX_FOUTEN_PER_SOORT } from './fout-verzameling.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';
import { formatAantal } from '../text/aantal.ts';
import { formatDatum, formatGetal } from '../text/dutch-format.ts';

/**
 * `verwerkt`, `al verwerkt` and `afgewezen` are final: the file leaves the inbox. `bezig` (another
 * process holds it) and `onderbroken` (it broke off; nothing became visible) are not: the file
 * stays and the next run completes it.
 */
export type IngestStatus = 'verwerkt' | 'al verwerkt' | 'afgewezen' | 'bezig' | 'onderbroken';

export const DEFINITIEVE_STATUSSEN: readonly IngestStatus[] = ['verwerkt', 'al verwerkt', 'afgewezen'];

/** What happened to one file: printed by the CLI, kept beside the archived file, returned by the API. */
export interface IngestRapport {
  readonly bestandsnaam: string;
  readonly hash: string;
  readonly status: IngestStatus;
  readonly soort: ExtractSoort | undefined;
  readonly regios: readonly RegioCode[];
  readonly peildatum: CalendarDate | undefined;
  readonly rijen: number;
  /** The first errors of each kind in full, in row order (each with the region of its row). */
  readonly fouten: readonly ExtractFout[];
  /** Every error found (set for a refused file; otherwise there are no errors). */
  readonly foutAantal?: number | undefined;
  /** Per region, column and kind of error: how many, and the first rows (set for a refused file). */
  readonly foutSamenvatting?: readonly FoutGroep[] | undefined;
  readonly waarschuwingen: readonly string[];
  readonly tijdstip: string;
  /** The archive kept a copy with BSN-like values replaced. */
  readonly bsnVerwijderd: boolean;
  /** Where the file and this report are kept. */
  readonly archief?: string | undefined;
  /** The generation committed (0 the first time; more after `ingest --opnieuw`). */
  readonly generatie?: number | undefined;
  /** Why it broke off (status `onderbroken`), in Dutch. */
  readonly reden?: string | undefined;
  /** It broke off by a fault of the machine (disk full, no permission, store unreachable). */
  readonly omgevingsfout?: boolean | undefined;
}

/** Every error of the file, also those only counted. */
export function foutAantalVan(rapport: IngestRapport): number {
  return rapport.foutAantal ?? rapport.fouten.length;
}

/** The errors of a report as text lines, and how many errors have no line of their own. */
export interface FoutWeergave {
  readonly regels: readonly string[];
  /** Errors only counted in a "… en nog" line. */
  readonly verborgen: number;
}

/**
 * The errors of a report as Dutch text lines, bounded however many rows were bad: the
 * first `MAX_FOUTEN_PER_SOORT` of each kind (column and reason, all regions together) in
 * row order, then per kind with more one line "… en nog 999.980 fouten van dit soort in
 * kolom X: reden", so that every kind of problem shows.
 */
export function foutWeergave(rapport: IngestRapport): FoutWeergave {
  const perSoort = new Map<
    string,
    { kolom: string | null; reden: string; aantal: number; getoond: number }
  >();
  const soortVan = (kolom: string | null, reden: string) => {
    const sleutel = foutSoort({ kolom, reden });
    let soort = perSoort.get(sleutel);
    if (!soort) {
      soort = { kolom, reden, aantal: 0, getoond: 0 };
      perSoort.set(sleutel, soort);
    }
    return soort;
  };
  for (const groep of rapport.foutSamenvatting ?? [])
    soortVan(groep.kolom, groep.reden).aantal += groep.aantal;
  const regels: string[] = [];
  for (const fout of rapport.fouten) {
    const soort = soortVan(fout.kolom, fout.reden);
    if (soort.getoond >= MAX_FOUTEN_PER_SOORT) continue;
    soort.getoond++;
    regels.push(formatExtractFout(fout));
  }
  let verborgen = 0;
  for (const { kolom, reden, aantal, getoond } of perSoort.values()) {
    const rest = aantal - getoond;
    if (rest <= 0) continue;
    verborgen += rest;
    const waar = kolom === null ? '' : ` in kolom ${kolom}`;
    regels.push(
      `… en nog ${formatGetal(rest)} ${rest === 1 ? 'fout' : 'fouten'} van dit soort${waar}: ${reden}`,
    );
  }
  return { regels, verborgen };
}

/** The lines of `foutWeergave`. */
export function foutRegels(rapport: IngestRapport): readonly string[] {
  return foutWeergave(rapport).regels;
}

/** The report as Dutch text lines (errors bounded as `foutRegels`), for terminals and .txt reports. */
export function rapportRegels(rapport: IngestRapport): string[] {
  const regels = [
    `${rapport.bestandsnaam}: ${rapport.status}`,
    `  soort: ${rapport.soort ?? 'onbekend'}; regio's: ${rapport.regios.join(', ') || '–'}; peildatum: ${rapport.peildatum ? formatDatum(rapport.peildatum) : '–'}; rijen: ${formatGetal(rapport.rijen)}`,
  ];
  for (const w of rapport.waarschuwingen) regels.push(`  waarschuwing: ${w}`);
  for (const f of foutRegels(rapport)) regels.push(`  fout: ${f}`);
  if (rapport.status === 'afgewezen')
    regels.push(`  ${formatAantal(foutAantalVan(rapport), 'fout')}; niets van dit bestand is opgeslagen`);
  if (rapport.archief) regels.push(`  archief: ${rapport.archief}`);
  return regels;
}
