import { formatExtractFout } from '../../shared/extracts/extract-fout.ts';
import type { IngestRapport } from '../../shared/ingest/ingest-rapport.ts';
import { formatAantal } from '../../shared/text/aantal.ts';
import { formatDatum } from '../../shared/text/dutch-format.ts';

function regioTekst(regios: readonly string[]): string {
  if (regios.length === 0) return 'geen regio';
  if (regios.length === 1) return `regio ${regios[0]}`;
  return `regio's ${regios.slice(0, -1).join(', ')} en ${regios[regios.length - 1]}`;
}

/** One summary line per file, plus its warnings (stdout). */
export function ingestSamenvatting(rapport: IngestRapport): string[] {
  const delen = [
    rapport.soort ?? 'onbekende soort',
    regioTekst(rapport.regios),
    rapport.peildatum ? `peildatum ${formatDatum(rapport.peildatum)}` : 'peildatum onbekend',
    formatAantal(rapport.rijen, 'rij'),
  ];
  const regels = [`${rapport.bestandsnaam}: ${rapport.status} — ${delen.join(', ')}`];
  if (rapport.status === 'afgewezen') {
    regels.push(`  ${formatAantal(rapport.fouten.length, 'fout')}; niets van dit bestand is opgeslagen`);
  }
  if (rapport.status === 'bezig')
    regels.push('  een ander proces verwerkt dit bestand nu; probeer het straks opnieuw');
  if (rapport.bsnVerwijderd)
    regels.push('  het archief bewaart een kopie waarin BSN-achtige waarden zijn verwijderd');
  for (const w of rapport.waarschuwingen) regels.push(`  waarschuwing: ${w}`);
  if (rapport.archief) regels.push(`  archief: ${rapport.archief}`);
  return regels;
}

/** Every error of a refused file, one line each, prefixed with the file name (stderr). */
export function ingestFoutRegels(rapport: IngestRapport): string[] {
  return rapport.fouten.map((f) => `${rapport.bestandsnaam}: ${formatExtractFout(f)}`);
}
