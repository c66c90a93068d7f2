import type { CommandModule } from 'yargs';
import { resolveNormen } from '../../shared/norms/load-normen.ts';
import { renderNormenTekst } from '../render/normen-tekst.ts';

interface StartArgs {
  normen?: string;
}

/** What `npm start` runs: the most complete thing the product can do at this stage. */
export const startCommand: CommandModule<object, StartArgs> = {
  command: 'start',
  describe: 'Start de monitor (wat `npm start` doet)',
  handler: async (args) => {
    process.stdout.write(renderNormenTekst(await resolveNormen(args.normen)));
  },
};
