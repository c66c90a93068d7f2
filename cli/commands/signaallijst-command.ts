import type { Argv, CommandModule } from 'yargs';
import { getSignaallijst } from '../../shared/app/lezen/get-signaallijst.ts';
import { signaallijstCsv } from '../../shared/indicators/signaallijst-csv.ts';
import { withApp } from '../app-context.ts';
import { type ArgsVan, datumOptie, REGIO_OPTIE, regioOptie } from '../options.ts';

const builder = (y: Argv) =>
  y
    .option('regio', REGIO_OPTIE)
    .option('peildatum', {
      type: 'string',
      requiresArg: true,
      describe: 'De stand op deze datum (JJJJ-MM-DD); standaard de nieuwste gegevens',
    })
    .option('format', {
      choices: ['csv', 'json'] as const,
      default: 'csv' as const,
      describe: 'Uitvoerformaat',
    })
    .example('$0 signaallijst --regio 5517 > 75-procent-lijst.csv', 'Voor Excel (;, UTF-8)')
    .example('$0 signaallijst --regio 5517 --peildatum 2024-03-31 --format json', 'De lijst van eind maart');

export const signaallijstCommand: CommandModule<object, ArgsVan<typeof builder>> = {
  command: 'signaallijst',
  describe:
    'De 75%-lijst van een regio: wachtenden, pgb-aanvragen en MAZ die hun norm naderen of overschrijden',
  builder,
  handler: async (args) => {
    const regio = regioOptie(args.regio);
    const peildatum = args.peildatum === undefined ? undefined : datumOptie('peildatum', args.peildatum);
    await withApp({}, async (app) => {
      const regels = await getSignaallijst(app.lees, { gebruiker: app.gebruiker, regio, peildatum });
      process.stdout.write(
        args.format === 'json' ? `${JSON.stringify(regels, null, 2)}\n` : signaallijstCsv(regels),
      );
    });
  },
};
