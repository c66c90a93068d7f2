import {
  foutAantalVan,
  foutRegels,
  foutWeergave,
  type IngestRapport,
} from '../../shared/extracts/ingest-rapport.ts';
import { MAX_FOUTEN_PER_SOORT } from '../../shared/extracts/fout-verzameling.ts';
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
    const getoond =
      foutWeergave(rapport).verborgen > 0
        ? ` (de eerste ${MAX_FOUTEN_PER_SOORT} van elke soort staan hieronder)`
        : '';
    regels.push(
      `  ${formatAantal(foutAantalVan(rapport), 'fout')}${getoond}; niets van dit bestand is opgeslagen`,
    );
  }
  if (rapport.status === 'bezig')
    regels.push('  een ander proces verwerkt dit bestand nu; probeer het straks opnieuw');
  if (rapport.status === 'onderbroken')
    regels.push(`  ${rapport.reden ?? 'Onderbroken.'} Niets van dit bestand is zichtbaar geworden.`);
  if (rapport.generatie !== undefined && rapport.generatie > 0)
    regels.push('  opnieuw geldig gemaakt: dit bestand is weer de geldende aanlevering');
  if (rapport.bsnVerwijderd)
    regels.push('  het archief bewaart een kopie waarin BSN-achtige waarden zijn verwijderd');
  for (const w of rapport.waarschuwingen) regels.push(`  waarschuwing: ${w}`);
  if (rapport.archief) regels.push(`  archief: ${rapport.archief}`);
  return regels;
}

/**
 * The errors of a refused file, prefixed with the file name (stderr): the first of each kind
 * one per line, and per kind with more a line counting the rest (`foutRegels`).
 */
export function ingestFoutRegels(rapport: IngestRapport): string[] {
  return foutRegels(rapport).map((regel) => `${rapport.bestandsnaam}: ${regel}`);
}
