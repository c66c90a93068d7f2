import type { CommandModule } from 'yargs';
import { gegevensOmvang } from '../../shared/app/lezen/seinen-overzicht.ts';
import { normenVoor } from '../normen-optie.ts';
import { STANDAARD_DEMO_MAANDEN } from '../../shared/demo/demo-extracts.ts';
import { openStore } from '../open-store.ts';
import { PLAATSHOUDER_WAARSCHUWING } from '../render/normen-tekst.ts';
import { runDemo, STANDAARD_DEMO_REGIOS } from './demo-command.ts';
import { seinenTekst } from './seinen-command.ts';

interface StartArgs {
  normen?: string;
}

/**
 * What `npm start` runs: the product's main job end to end on the embedded store. An empty
 * store is filled with `zorgplicht demo` first; then the seinen of every region for the newest
 * month are printed, with the commands to see the details.
 */
export const startCommand: CommandModule<object, StartArgs> = {
  command: 'start',
  describe: 'Start de monitor (wat `npm start` doet): demogegevens bij een lege opslag, dan de seinen',
  handler: async (args) => {
    const geladen = await normenVoor(args.normen);
    const opslag = await openStore();
    const schrijf = (regel: string) => process.stdout.write(`${regel}\n`);
    try {
      schrijf(`Gegevensmap: ${opslag.dataDir}`);
      if ((await gegevensOmvang(opslag.store)).regios.length === 0) {
        schrijf('De opslag is leeg: demogegevens maken en inlezen (zorgplicht demo)…');
        await runDemo(opslag, STANDAARD_DEMO_REGIOS, STANDAARD_DEMO_MAANDEN, schrijf);
      }
      const uitkomst = await seinenTekst(opslag.store, geladen.normen);
      if (!uitkomst) return;
      schrijf('');
      schrijf(uitkomst.tekst);
      if (geladen.bron.soort === 'standaard') schrijf(`\n${PLAATSHOUDER_WAARSCHUWING}`);
      const [eerste] = uitkomst.regios;
      schrijf('');
      schrijf('Details:');
      schrijf(
        `  npx zorgplicht indicatoren --regio ${eerste} --maand ${uitkomst.maand}   indicatoren en seinen van één regio`,
      );
      schrijf(`  npx zorgplicht signaallijst --regio ${eerste}                 de 75%-lijst (CSV)`);
      schrijf(
        '  npx zorgplicht extracten                                  het logboek van ingelezen bestanden',
      );
      schrijf('  npx zorgplicht --help                                     alle opdrachten');
    } finally {
      await opslag.sluit();
    }
  },
};
