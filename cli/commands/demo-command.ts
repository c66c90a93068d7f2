import type { CommandModule } from 'yargs';
import { LokaleInbox } from '../../shared/archive/lokale-inbox.ts';
import { addMonths, monthOf, todayInAmsterdam } from '../../shared/calendar/calendar-date.ts';
import {
  DemoOptiesFout,
  demoRegios,
  STANDAARD_DEMO_MAANDEN,
  writeDemoExtracts,
} from '../../shared/demo/demo-extracts.ts';
import { countInboxOutcomes, processInbox } from '../../shared/ingest/verwerk-inbox.ts';
import { DISTINCT_REGIOS, regioLabel } from '../../shared/reference/zorgkantoorregio.ts';
import { formatAantal } from '../../shared/text/aantal.ts';
import { formatMaand } from '../../shared/text/dutch-format.ts';
import { GebruiksFout } from '../cli-errors.ts';
import { raiseIngestProblems } from '../ingest-problemen.ts';
import { cliIngestContext } from '../ingest-context.ts';
import { type GeopendeOpslag, openStore } from '../open-store.ts';

interface DemoArgs {
  regios: number;
  maanden: number;
}

export const STANDAARD_DEMO_REGIOS = 4;

export interface DemoUitkomst {
  readonly bestanden: number;
  readonly rijen: number;
  readonly verwerkt: number;
  readonly alVerwerkt: number;
}

/**
 * Generates realistic extracts for the first `regios` regions over `maanden` months up to last
 * month, writes them into the inbox and ingests the inbox the normal way.
 */
export async function runDemo(
  opslag: GeopendeOpslag,
  regios: number,
  maanden: number,
  schrijf: (regel: string) => void = () => {},
): Promise<DemoUitkomst> {
  const eindMaand = addMonths(monthOf(todayInAmsterdam(opslag.now())), -1);
  // The demo writes its files whole before it reads them: no need to wait for them to be quiet.
  const inbox = new LokaleInbox(opslag.dataDir, { rustMs: 0, maxWachtMs: 0 });
  const bestanden = await writeDemoExtracts(inbox.map, { regios: demoRegios(regios), maanden, eindMaand });
  const rijen = bestanden.reduce((som, b) => som + b.rijen, 0);
  schrijf(
    `Demo: ${formatAantal(bestanden.length, 'extract')} (${formatAantal(rijen, 'rij')}) voor ${formatAantal(regios, 'regio')}, ` +
      `${formatMaand(addMonths(eindMaand, 1 - maanden))} t/m ${formatMaand(eindMaand)}, geschreven in ${inbox.map}`,
  );
  const uitkomsten = await processInbox(inbox, cliIngestContext(opslag));
  const { verwerkt, alVerwerkt } = countInboxOutcomes(uitkomsten);
  raiseIngestProblems(uitkomsten, { onvolledigIsFout: true });
  schrijf(`Ingelezen: ${verwerkt} verwerkt, ${alVerwerkt} al verwerkt (van ${uitkomsten.length}).`);
  schrijf(`Regio's: ${demoRegios(regios).map(regioLabel).join('; ')}`);
  return { bestanden: bestanden.length, rijen, verwerkt, alVerwerkt };
}

export const demoCommand: CommandModule<object, DemoArgs> = {
  command: 'demo',
  describe: "Vul de opslag met gegenereerde, realistische extracten (enkele regio's, 18 maanden)",
  builder: (y) =>
    y
      .option('regios', {
        type: 'number',
        default: STANDAARD_DEMO_REGIOS,
        describe: `Aantal zorgkantoorregio's (1–${DISTINCT_REGIOS.length})`,
        requiresArg: true,
      })
      .option('maanden', {
        type: 'number',
        default: STANDAARD_DEMO_MAANDEN,
        describe: 'Aantal maanden tot en met vorige maand',
        requiresArg: true,
      })
      .example('$0 demo', "4 regio's, 18 maanden")
      .example('$0 demo --regios 31 --maanden 12', 'Een landelijk jaar') as never,
  handler: async (args) => {
    if (!Number.isInteger(args.regios) || args.regios < 1 || args.regios > DISTINCT_REGIOS.length) {
      throw new GebruiksFout(
        `--regios moet een geheel getal van 1 tot en met ${DISTINCT_REGIOS.length} zijn`,
      );
    }
    const opslag = await openStore();
    try {
      await runDemo(opslag, args.regios, args.maanden, (regel) => process.stdout.write(`${regel}\n`));
    } catch (error) {
      if (error instanceof DemoOptiesFout) throw new GebruiksFout(error.message);
      throw error;
    } finally {
      await opslag.sluit();
    }
  },
};
