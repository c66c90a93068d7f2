import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { LokaleInbox } from '../../shared/archive/lokale-inbox.ts';
import { readStableFile } from '../../shared/archive/stabiel-bestand.ts';
import { shownFileName } from '../../shared/extracts/shown-text.ts';
import { type IngestContext, type IngestOpties, ingestExtract } from '../../shared/ingest/ingest-extract.ts';
import { type InboxUitkomst, processInbox, readForIngest } from '../../shared/ingest/verwerk-inbox.ts';
import { GebruiksFout } from '../cli-errors.ts';
import { raiseIngestProblems } from '../ingest-problemen.ts';
import { cliIngestContext } from '../ingest-context.ts';
import { metWaarnemers } from '../ingest-waarnemers.ts';
import { openStore } from '../open-store.ts';
import type { ArgsVan } from '../options.ts';
import { ingestVoortgang } from '../progress.ts';
import { ingestSamenvatting } from '../render/ingest-tekst.ts';

function voortgang(naam: string, opnieuw: boolean): IngestOpties & { stop(): void } {
  return metWaarnemers(naam, { ...ingestVoortgang(naam), opnieuw });
}

async function checkBestanden(paden: readonly string[]): Promise<void> {
  const problemen: string[] = [];
  for (const pad of paden) {
    try {
      if (!(await stat(pad)).isFile()) problemen.push(`${pad}: is geen bestand`);
    } catch {
      problemen.push(`${pad}: bestand niet gevonden`);
    }
  }
  if (problemen.length > 0) throw new GebruiksFout(problemen.join('\n'));
}

/** Each named file read once, whole; one that changes while it is read is not taken. */
async function ingestBestanden(
  paden: readonly string[],
  ctx: IngestContext,
  opnieuw: boolean,
): Promise<InboxUitkomst[]> {
  const uitkomsten: InboxUitkomst[] = [];
  for (const pad of paden) {
    const naam = basename(pad);
    const bestand = { naam, sleutel: pad };
    const inhoud = await readForIngest(() => readStableFile(pad, { rustMs: 0, maxWachtMs: 0 }), ctx);
    if (inhoud.soort === 'onleesbaar') {
      uitkomsten.push({ bestand, onleesbaar: inhoud.onderbreking });
      continue;
    }
    if (inhoud.soort === 'onvolledig') {
      uitkomsten.push({ bestand, onvolledig: inhoud.reden });
      continue;
    }
    const bar = voortgang(naam, opnieuw);
    try {
      uitkomsten.push({ bestand, rapport: await ingestExtract({ naam, bytes: inhoud.bytes }, ctx, bar) });
    } finally {
      bar.stop();
    }
  }
  return uitkomsten;
}

const builder = (y: Argv) =>
  y
    .positional('bestanden', { type: 'string', array: true, describe: 'CSV-extracten' })
    .option('inbox', {
      type: 'boolean',
      default: false,
      describe: 'Verwerk alle bestanden in ZORGPLICHT_DATA_DIR/inbox/ (zoals de geplande taak in AWS)',
    })
    .option('opnieuw', {
      type: 'boolean',
      default: false,
      describe:
        'Maak een eerder verwerkt bestand opnieuw geldig: het vervangt wat er sindsdien voor dezelfde regio en peildatum is aangeleverd',
    })
    .option('format', {
      choices: ['tekst', 'json'] as const,
      default: 'tekst' as const,
      describe: 'Uitvoer als tekst of als JSON (de rapporten)',
    })
    .example('$0 ingest wachtlijst-2024-03.csv pgb-2024-03.csv', 'Twee extracten inlezen')
    .example('$0 ingest --inbox', 'Alles uit de inbox inlezen')
    .example('$0 ingest --opnieuw wachtlijst-2024-03.csv', 'Een eerdere aanlevering weer geldig maken');

export const ingestCommand: CommandModule<object, ArgsVan<typeof builder>> = {
  command: 'ingest [bestanden..]',
  describe: 'Lees extracten in (wachtlijst, pgb, maz): heel of helemaal niet',
  builder,
  handler: async (args) => {
    const bestanden = args.bestanden ?? [];
    if (args.inbox && bestanden.length > 0) {
      throw new GebruiksFout('Geef bestanden of --inbox, niet allebei.');
    }
    if (!args.inbox && bestanden.length === 0) {
      throw new GebruiksFout('Geef één of meer extracten (CSV) of --inbox.');
    }
    if (args.inbox && args.opnieuw) {
      throw new GebruiksFout('--opnieuw geldt voor bestanden die u noemt, niet voor --inbox.');
    }
    await checkBestanden(bestanden);

    const opslag = await openStore();
    try {
      const ctx = cliIngestContext(opslag);
      const uitkomsten = args.inbox
        ? await processInbox(new LokaleInbox(opslag.dataDir), ctx, (bestand) =>
            voortgang(bestand.naam, false),
          )
        : await ingestBestanden(bestanden, ctx, args.opnieuw);
      report(uitkomsten, args.format, args.inbox);
    } finally {
      await opslag.sluit();
    }
  },
};

function report(uitkomsten: readonly InboxUitkomst[], format: 'tekst' | 'json', inbox: boolean): void {
  const rapporten = uitkomsten.flatMap((u) => ('rapport' in u ? [u.rapport] : []));
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(rapporten, null, 2)}\n`);
  } else {
    if (inbox && uitkomsten.length === 0) process.stdout.write('De inbox is leeg.\n');
    for (const uitkomst of uitkomsten) {
      const naam = shownFileName(uitkomst.bestand.naam);
      const regels =
        'rapport' in uitkomst
          ? ingestSamenvatting(uitkomst.rapport)
          : 'onvolledig' in uitkomst
            ? [`${naam}: nog niet compleet — ${uitkomst.onvolledig}`]
            : [`${naam}: niet te lezen; blijft staan`];
      process.stdout.write(`${regels.join('\n')}\n`);
    }
  }
  raiseIngestProblems(uitkomsten, { onvolledigIsFout: !inbox });
}
