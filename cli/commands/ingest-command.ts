import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CommandModule } from 'yargs';
import { LokaalArchief } from '../../shared/archive/lokaal-archief.ts';
import { LokaleInbox } from '../../shared/archive/lokale-inbox.ts';
import { type IngestContext, type IngestOpties, ingestBestand } from '../../shared/ingest/ingest-bestand.ts';
import type { IngestRapport } from '../../shared/ingest/ingest-rapport.ts';
import { type InboxUitkomst, verwerkInbox } from '../../shared/ingest/verwerk-inbox.ts';
import { AppError } from '../../shared/app/app-error.ts';
import { toAppError } from '../../shared/app/environment-error.ts';
import { createLogger } from '../../shared/logging/logger.ts';
import { AfgewezenInvoer, GebruiksFout } from '../cli-errors.ts';
import { omgevingsContext, openStore } from '../open-store.ts';
import { ingestVoortgang } from '../progress.ts';
import { ingestFoutRegels, ingestSamenvatting } from '../render/ingest-tekst.ts';

interface IngestArgs {
  bestanden?: string[];
  inbox: boolean;
  format: 'tekst' | 'json';
}

/**
 * Test hook: stop the process hard (SIGKILL) after this many written batches, to prove that
 * a killed ingest leaves the previous state visible and that a rerun completes it.
 */
function killHook(): IngestOpties['onSchrijven'] {
  const after = Number(process.env.ZORGPLICHT_TEST_KILL_NA_BATCHES);
  if (!Number.isInteger(after) || after <= 0) return undefined;
  return (batches) => {
    if (batches >= after) process.kill(process.pid, 'SIGKILL');
  };
}

function voortgang(naam: string): IngestOpties & { stop(): void } {
  const bar = ingestVoortgang(naam);
  const kill = killHook();
  if (!kill) return bar;
  return {
    ...bar,
    onSchrijven: async (batches, totaal) => {
      bar.onSchrijven?.(batches, totaal);
      await kill(batches, totaal);
    },
  };
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

export const ingestCommand: CommandModule<object, IngestArgs> = {
  command: 'ingest [bestanden..]',
  describe: 'Lees extracten in (wachtlijst, pgb, maz): heel of helemaal niet',
  builder: (y) =>
    y
      .positional('bestanden', { type: 'string', array: true, describe: 'CSV-extracten' })
      .option('inbox', {
        type: 'boolean',
        default: false,
        describe: 'Verwerk alle bestanden in ZORGPLICHT_DATA_DIR/inbox/ (zoals de geplande taak in AWS)',
      })
      .option('format', {
        choices: ['tekst', 'json'] as const,
        default: 'tekst' as const,
        describe: 'Uitvoer als tekst of als JSON (de rapporten)',
      })
      .example('$0 ingest wachtlijst-2024-03.csv pgb-2024-03.csv', 'Twee extracten inlezen')
      .example('$0 ingest --inbox', 'Alles uit de inbox inlezen') as never,
  handler: async (args) => {
    const bestanden = args.bestanden ?? [];
    if (args.inbox && bestanden.length > 0) {
      throw new GebruiksFout('Geef bestanden of --inbox, niet allebei.');
    }
    if (!args.inbox && bestanden.length === 0) {
      throw new GebruiksFout('Geef één of meer extracten (CSV) of --inbox.');
    }
    await checkBestanden(bestanden);

    const opslag = await openStore();
    try {
      const ctx: IngestContext = {
        store: opslag.store,
        archief: new LokaalArchief(opslag.dataDir),
        logger: createLogger('zorgplicht-cli'),
      };
      const uitkomsten: InboxUitkomst[] = [];
      let omgevingsfout: AppError | undefined;
      if (args.inbox) {
        const inbox = new LokaleInbox(opslag.dataDir);
        uitkomsten.push(...(await verwerkInbox(inbox, ctx, (bestand) => voortgang(bestand.naam))));
      } else {
        for (const pad of bestanden) {
          const naam = basename(pad);
          const bar = voortgang(naam);
          try {
            uitkomsten.push({
              bestand: { naam, sleutel: pad },
              rapport: await ingestBestand(pad, naam, ctx, bar),
            });
          } catch (error) {
            // A fault of the machine (store gone, disk full, unreadable file) in Dutch, and exit 3.
            const fout = toAppError(error, omgevingsContext());
            if (fout?.code === 'OMGEVINGSFOUT') omgevingsfout ??= fout;
            uitkomsten.push({
              bestand: { naam, sleutel: pad },
              onderbroken: fout?.message ?? (error instanceof Error ? error.message : String(error)),
            });
          } finally {
            bar.stop();
          }
        }
      }
      report(uitkomsten, args.format, args.inbox, omgevingsfout);
    } finally {
      await opslag.sluit();
    }
  },
};

function report(
  uitkomsten: readonly InboxUitkomst[],
  format: 'tekst' | 'json',
  inbox: boolean,
  omgevingsfout: AppError | undefined,
): void {
  const rapporten = uitkomsten.flatMap((u) => ('rapport' in u ? [u.rapport] : []));
  const onderbroken = uitkomsten.flatMap((u) =>
    'onderbroken' in u
      ? [
          `${u.bestand.naam}: onderbroken (${u.onderbroken}); niets zichtbaar geworden, voer de opdracht opnieuw uit`,
        ]
      : [],
  );
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(rapporten, null, 2)}\n`);
  } else {
    if (inbox && uitkomsten.length === 0) process.stdout.write('De inbox is leeg.\n');
    for (const rapport of rapporten) process.stdout.write(`${ingestSamenvatting(rapport).join('\n')}\n`);
  }
  const fouten = [...rapporten.flatMap(ingestFoutRegels), ...onderbroken, ...bezig(rapporten)];
  if (fouten.length > 0 && omgevingsfout) {
    throw new AppError('OMGEVINGSFOUT', fouten[0] ?? omgevingsfout.message, {
      regels: fouten.slice(1),
      cause: omgevingsfout,
    });
  }
  if (fouten.length > 0) throw new AfgewezenInvoer(fouten);
}

function bezig(rapporten: readonly IngestRapport[]): string[] {
  return rapporten
    .filter((r) => r.status === 'bezig')
    .map((r) => `${r.bestandsnaam}: wordt al door een ander proces verwerkt; niet ingelezen`);
}
