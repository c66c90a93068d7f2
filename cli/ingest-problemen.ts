import { AppError } from '../shared/app/app-error.ts';
import { shownFileName } from '../shared/extracts/shown-text.ts';
import type { InboxUitkomst } from '../shared/ingest/verwerk-inbox.ts';
import { AfgewezenInvoer } from './cli-errors.ts';
import { ingestFoutRegels } from './render/ingest-tekst.ts';

const NIETS_ZICHTBAAR = 'Niets van dit bestand is zichtbaar geworden.';

/**
 * Ends an ingest run that had problems: one Dutch line per problem on stderr (every error of a
 * refused file, a file busy elsewhere, one that broke off or could not be read), exit 3 when a
 * fault of the machine was among them (disk full, no permission, store gone), else exit 1.
 * A file still being written counts only when `onvolledigIsFout` (a named file, not the inbox).
 */
export function raiseIngestProblems(
  uitkomsten: readonly InboxUitkomst[],
  opties: { readonly onvolledigIsFout: boolean },
): void {
  const fouten: string[] = [];
  let omgevingsfout = false;
  for (const uitkomst of uitkomsten) {
    const naam = shownFileName(uitkomst.bestand.naam);
    if ('rapport' in uitkomst) {
      const rapport = uitkomst.rapport;
      fouten.push(...ingestFoutRegels(rapport));
      if (rapport.status === 'bezig')
        fouten.push(`${naam}: wordt al door een ander proces verwerkt; niet ingelezen`);
      if (rapport.status === 'onderbroken') {
        fouten.push(`${naam}: onderbroken — ${rapport.reden ?? 'Onbekende oorzaak.'} ${NIETS_ZICHTBAAR}`);
        omgevingsfout ||= rapport.omgevingsfout === true;
      }
    } else if ('onleesbaar' in uitkomst) {
      fouten.push(`${naam}: ${uitkomst.onleesbaar.reden} ${NIETS_ZICHTBAAR}`);
      omgevingsfout ||= uitkomst.onleesbaar.omgevingsfout;
    } else if (opties.onvolledigIsFout) {
      fouten.push(`${naam}: niet ingelezen: ${uitkomst.onvolledig}`);
    }
  }
  if (fouten.length === 0) return;
  const [eerste = '', ...rest] = fouten;
  if (omgevingsfout) throw new AppError('OMGEVINGSFOUT', eerste, { regels: rest });
  throw new AfgewezenInvoer(fouten);
}
