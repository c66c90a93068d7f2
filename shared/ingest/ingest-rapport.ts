import type { CalendarDate } from '../calendar/calendar-date.ts';
import { type ExtractFout, formatExtractFout } from '../extracts/extract-fout.ts';
import type { ExtractSoort } from '../extracts/extract-rows.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';
import { formatAantal } from '../text/aantal.ts';

export type IngestStatus = 'verwerkt' | 'al verwerkt' | 'afgewezen' | 'bezig';

/** What happened to one file: printed by the CLI, kept beside the archived file, returned by the API. */
export interface IngestRapport {
  readonly bestandsnaam: string;
  readonly hash: string;
  readonly status: IngestStatus;
  readonly soort: ExtractSoort | undefined;
  readonly regios: readonly RegioCode[];
  readonly peildatum: CalendarDate | undefined;
  readonly rijen: number;
  readonly fouten: readonly ExtractFout[];
  readonly waarschuwingen: readonly string[];
  readonly tijdstip: string;
  /** The archive kept a copy with BSN-like values replaced. */
  readonly bsnVerwijderd: boolean;
  /** Where the file and this report are kept. */
  readonly archief?: string | undefined;
}

/** The report as Dutch text lines (one per error), for terminals and .txt reports. */
export function rapportRegels(rapport: IngestRapport): string[] {
  const regels = [
    `${rapport.bestandsnaam}: ${rapport.status}`,
    `  soort: ${rapport.soort ?? 'onbekend'}; regio's: ${rapport.regios.join(', ') || '–'}; peildatum: ${rapport.peildatum ?? '–'}; rijen: ${rapport.rijen}`,
  ];
  for (const w of rapport.waarschuwingen) regels.push(`  waarschuwing: ${w}`);
  for (const f of rapport.fouten) regels.push(`  fout: ${formatExtractFout(f)}`);
  if (rapport.status === 'afgewezen')
    regels.push(`  ${formatAantal(rapport.fouten.length, 'fout')}; niets van dit bestand is opgeslagen`);
  if (rapport.archief) regels.push(`  archief: ${rapport.archief}`);
  return regels;
}
