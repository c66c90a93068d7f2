import type { ExtractInbox, InboxBestand } from '../archive/extract-inbox.ts';
import { type IngestContext, type IngestOpties, ingestBestand } from './ingest-bestand.ts';
import type { IngestRapport } from './ingest-rapport.ts';

export type InboxUitkomst =
  | { readonly bestand: InboxBestand; readonly rapport: IngestRapport }
  | { readonly bestand: InboxBestand; readonly onderbroken: string };

/**
 * Ingests every file waiting in the inbox, in name order, exactly as the scheduled Lambda
 * does with the landing bucket: a processed, already processed or refused file leaves the
 * inbox (it is archived with its report); a file another process is busy with, or whose
 * ingest broke off, stays for the next run.
 */
export async function verwerkInbox(
  inbox: ExtractInbox,
  ctx: IngestContext,
  opties: (bestand: InboxBestand) => IngestOpties = () => ({}),
): Promise<InboxUitkomst[]> {
  const uitkomsten: InboxUitkomst[] = [];
  for (const bestand of await inbox.lijst()) {
    const { pad, sluit } = await inbox.open(bestand);
    try {
      const rapport = await ingestBestand(pad, bestand.naam, ctx, opties(bestand));
      if (rapport.status !== 'bezig') await inbox.verwijder(bestand);
      uitkomsten.push({ bestand, rapport });
    } catch (error) {
      uitkomsten.push({ bestand, onderbroken: error instanceof Error ? error.message : String(error) });
    } finally {
      await sluit();
    }
  }
  return uitkomsten;
}
