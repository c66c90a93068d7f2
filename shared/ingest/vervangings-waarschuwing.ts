import type { GeparseerdExtract } from '../extracts/parse-extract.ts';
import { winnendeMomentopname } from '../storage/extract-log.ts';
import type { ExtractLogStore } from '../storage/zorgplicht-store.ts';
import { formatDatum, formatGetal } from '../text/dutch-format.ts';

/**
 * A wachtlijst file replaces the snapshot of each (region, peildatum) it holds. When one is
 * already there from another file, the report says so with both counts, so that a partial file
 * replacing a whole snapshot (412 → 1 cliënten) is noticed: "vervangt de momentopname van 5517
 * op 31-10-2026: 412 → 1 cliënten (eerder: okt.csv)". `ingest --opnieuw` makes the earlier file
 * current again.
 */
export async function vervangingsWaarschuwingen(
  store: Pick<ExtractLogStore, 'listZichtbareExtracten'>,
  extract: GeparseerdExtract,
  hash: string,
): Promise<string[]> {
  if (extract.soort !== 'wachtlijst') return [];
  const zichtbaar = await store.listZichtbareExtracten('wachtlijst');
  const nieuw = new Map<string, number>();
  for (const regel of extract.regels) nieuw.set(regel.regio, (nieuw.get(regel.regio) ?? 0) + 1);
  const waarschuwingen: string[] = [];
  for (const regio of extract.regios) {
    const huidig = winnendeMomentopname(zichtbaar, regio, extract.peildatum);
    if (!huidig || huidig.hash === hash) continue;
    const voor = huidig.rijenPerRegio[regio];
    const aantallen =
      voor === undefined ? '' : `: ${formatGetal(voor)} → ${formatGetal(nieuw.get(regio) ?? 0)} cliënten`;
    const eerder = huidig.bestandsnaam ? ` (eerder: ${huidig.bestandsnaam})` : '';
    waarschuwingen.push(
      `vervangt de momentopname van ${regio} op ${formatDatum(extract.peildatum)}${aantallen}${eerder}`,
    );
  }
  return waarschuwingen;
}
