import type { Argv, CommandModule } from 'yargs';
import { runDemo, STANDAARD_DEMO_REGIOS } from '../../shared/app/demo/run-demo.ts';
import { DemoOptiesFout, STANDAARD_DEMO_MAANDEN } from '../../shared/demo/demo-extracts.ts';
import { DISTINCT_REGIOS } from '../../shared/reference/zorgkantoorregio.ts';
import { withApp } from '../app-context.ts';
import { GebruiksFout } from '../cli-errors.ts';
import { cliIngestContext } from '../ingest-context.ts';
import { raiseIngestProblems } from '../ingest-problemen.ts';
import type { ArgsVan } from '../options.ts';
import { demoRegels } from '../render/demo-tekst.ts';

const builder = (y: Argv) =>
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
    .example('$0 demo --regios 31 --maanden 12', 'Een landelijk jaar');

export const demoCommand: CommandModule<object, ArgsVan<typeof builder>> = {
  command: 'demo',
  describe: "Vul de opslag met gegenereerde, realistische extracten (enkele regio's, 18 maanden)",
  builder,
  handler: async (args) => {
    if (!Number.isInteger(args.regios) || args.regios < 1 || args.regios > DISTINCT_REGIOS.length) {
      throw new GebruiksFout(
        `--regios moet een geheel getal van 1 tot en met ${DISTINCT_REGIOS.length} zijn`,
      );
    }
    await withApp({}, async (app) => {
      const uitkomst = await runDemo(
        { dataDir: app.opslag.dataDir, ingest: cliIngestContext(app.opslag) },
        { regios: args.regios, maanden: args.maanden },
      ).catch((error: unknown) => {
        if (error instanceof DemoOptiesFout) throw new GebruiksFout(error.message);
        throw error;
      });
      for (const regel of demoRegels(uitkomst)) process.stdout.write(`${regel}\n`);
      raiseIngestProblems(uitkomst.uitkomsten, { onvolledigIsFout: true });
    });
  },
};
