import type { Argv, CommandModule } from 'yargs';
import { runDemo, STANDAARD_DEMO_REGIOS } from '../../shared/app/demo/run-demo.ts';
import { getSeinenOverzicht } from '../../shared/app/lezen/get-seinen-overzicht.ts';
import { STANDAARD_DEMO_MAANDEN } from '../../shared/demo/demo-extracts.ts';
import { withApp } from '../app-context.ts';
import { cliIngestContext } from '../ingest-context.ts';
import { raiseIngestProblems } from '../ingest-problemen.ts';
import type { ArgsVan } from '../options.ts';
import { demoRegels } from '../render/demo-tekst.ts';
import { PLAATSHOUDER_WAARSCHUWING } from '../render/normen-tekst.ts';
import { renderSeinenTekst } from '../render/seinen-tekst.ts';
import { GEEN_GEGEVENS } from './seinen-command.ts';

const builder = (y: Argv) => y;

/**
 * What `npm start` runs: the product's main job end to end on the embedded store. An empty
 * store is filled with the demo first; then the seinen of every region for the default month are
 * printed, with the commands to see the details.
 */
export const startCommand: CommandModule<object, ArgsVan<typeof builder>> = {
  command: 'start',
  describe: 'Start de monitor (wat `npm start` doet): demogegevens bij een lege opslag, dan de seinen',
  builder,
  handler: async () => {
    const schrijf = (regel: string) => process.stdout.write(`${regel}\n`);
    await withApp({}, async (app) => {
      schrijf(`Gegevensmap: ${app.opslag.dataDir}`);
      let overzicht = await getSeinenOverzicht(app.lees, { gebruiker: app.gebruiker });
      if (!overzicht) {
        schrijf('De opslag is leeg: demogegevens maken en inlezen (zorgplicht demo)…');
        const demo = await runDemo(
          { dataDir: app.opslag.dataDir, ingest: cliIngestContext(app.opslag) },
          { regios: STANDAARD_DEMO_REGIOS, maanden: STANDAARD_DEMO_MAANDEN },
        );
        demoRegels(demo).forEach(schrijf);
        raiseIngestProblems(demo.uitkomsten, { onvolledigIsFout: true });
        overzicht = await getSeinenOverzicht(app.lees, { gebruiker: app.gebruiker });
      }
      if (!overzicht) {
        schrijf(GEEN_GEGEVENS);
        return;
      }
      schrijf('');
      schrijf(renderSeinenTekst(overzicht));
      if (app.normen.bron.soort === 'standaard') schrijf(`\n${PLAATSHOUDER_WAARSCHUWING}`);
      const eerste = overzicht.regios[0]?.regio;
      schrijf('');
      schrijf('Details:');
      schrijf(
        `  npx zorgplicht indicatoren --regio ${eerste} --maand ${overzicht.maand}   indicatoren en seinen van één regio`,
      );
      schrijf(
        `  npx zorgplicht signaallijst --regio ${eerste} > 75-procent-lijst.csv   de 75%-lijst, als CSV voor Excel`,
      );
      schrijf(
        '  npx zorgplicht extracten                                  het logboek van ingelezen bestanden',
      );
      schrijf('  npx zorgplicht --help                                     alle opdrachten');
    });
  },
};
