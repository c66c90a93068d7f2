import type { ExtractInbox, InboxBestand, InboxInhoud } from '../archive/extract-inbox.ts';
import { type IngestContext, type IngestOpties, ingestExtract } from './ingest-extract.ts';
import { describeOnderbreking, type Onderbreking } from './ingest-onderbreking.ts';
import { DEFINITIEVE_STATUSSEN, type IngestRapport } from '../extracts/ingest-rapport.ts';

/** What became of one file: its ingest report, or why it was not taken (still being written, unreadable). */
export type InboxUitkomst =
  | { readonly bestand: InboxBestand; readonly rapport: IngestRapport }
  | { readonly bestand: InboxBestand; readonly onvolledig: string }
  | { readonly bestand: InboxBestand; readonly onleesbaar: Onderbreking };

/**
 * Reads one file for an ingest: its bytes, why it is not complete yet, or why it cannot be read
 * at all (no permission, a disk error) — then it stays where it is and the others go on.
 */
export async function readForIngest(
  lees: () => Promise<InboxInhoud>,
  ctx: Pick<IngestContext, 'logger' | 'omgeving'>,
): Promise<InboxInhoud | { readonly soort: 'onleesbaar'; readonly onderbreking: Onderbreking }> {
  try {
    return await lees();
  } catch (error) {
    const onderbreking = describeOnderbreking('Het bestand kon niet worden gelezen', error, ctx.omgeving);
    ctx.logger.error('Bestand niet te lezen; blijft staan', {
      reden: onderbreking.reden,
      detail: onderbreking.detail,
    });
    return { soort: 'onleesbaar', onderbreking };
  }
}

/**
 * Ingests every file waiting in the inbox, in name order, exactly as the scheduled Lambda does
 * with the landing bucket. Each file is read once; a processed, already processed or refused file
 * leaves the inbox (that exact version; it is archived with its report); a file another process
 * is busy with, one whose ingest broke off, or one still being written stays for the next run.
 * Throws only when the store cannot be reached at all.
 */
export async function processInbox(
  inbox: ExtractInbox,
  ctx: IngestContext,
  opties: (bestand: InboxBestand) => IngestOpties = () => ({}),
): Promise<InboxUitkomst[]> {
  const uitkomsten: InboxUitkomst[] = [];
  for (const bestand of await inbox.lijst()) {
    const inhoud = await readForIngest(() => inbox.lees(bestand), ctx);
    if (inhoud.soort === 'onleesbaar') {
      uitkomsten.push({ bestand, onleesbaar: inhoud.onderbreking });
      continue;
    }
    if (inhoud.soort === 'onvolledig') {
      ctx.logger.info('Inboxbestand nog niet compleet; blijft staan', { reden: inhoud.reden });
      uitkomsten.push({ bestand, onvolledig: inhoud.reden });
      continue;
    }
    const rapport = await ingestExtract({ naam: bestand.naam, bytes: inhoud.bytes }, ctx, opties(bestand));
    if (DEFINITIEVE_STATUSSEN.includes(rapport.status)) await inbox.verwijder(bestand, inhoud.versie);
    uitkomsten.push({ bestand, rapport });
  }
  return uitkomsten;
}

/** How an inbox run went, in numbers (for the CLI, the demo and the Lambda). */
export interface InboxTelling {
  readonly verwerkt: number;
  readonly alVerwerkt: number;
  readonly afgewezen: number;
  /** Still in the inbox: busy elsewhere, broken off, unreadable or still being written; the next run retries them. */
  readonly blijftStaan: number;
}

export function countInboxOutcomes(uitkomsten: readonly InboxUitkomst[]): InboxTelling {
  const telling = { verwerkt: 0, alVerwerkt: 0, afgewezen: 0, blijftStaan: 0 };
  for (const uitkomst of uitkomsten) {
    const status = 'rapport' in uitkomst ? uitkomst.rapport.status : 'blijft staan';
    if (status === 'verwerkt') telling.verwerkt++;
    else if (status === 'al verwerkt') telling.alVerwerkt++;
    else if (status === 'afgewezen') telling.afgewezen++;
    else telling.blijftStaan++;
  }
  return telling;
}
