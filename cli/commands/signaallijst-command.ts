import type { CommandModule } from 'yargs';
import { leesSignaallijstInvoer } from '../../shared/app/lezen/indicator-invoer.ts';
import { signaallijstCsv } from '../../shared/indicators/signaallijst-csv.ts';
import { berekenSignaallijst } from '../../shared/indicators/signaallijst.ts';
import { normenVoor } from '../normen-optie.ts';
import { openStore } from '../open-store.ts';
import { datumOptie, REGIO_OPTIE, regioOptie } from '../options.ts';

interface SignaallijstArgs {
  regio: string;
  peildatum?: string;
  format: 'csv' | 'json';
  normen?: string;
}

export const signaallijstCommand: CommandModule<object, SignaallijstArgs> = {
  command: 'signaallijst',
  describe:
    'De 75%-lijst van een regio: wachtenden, pgb-aanvragen en MAZ die hun norm naderen of overschrijden',
  builder: (y) =>
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
      .example(
        '$0 signaallijst --regio 5517 --peildatum 2024-03-31 --format json',
        'De lijst van eind maart',
      ) as never,
  handler: async (args) => {
    const regio = regioOptie(args.regio);
    const peildatum = args.peildatum === undefined ? undefined : datumOptie('peildatum', args.peildatum);
    const { normen } = await normenVoor(args.normen);
    const opslag = await openStore();
    try {
      const regels = berekenSignaallijst(
        await leesSignaallijstInvoer(opslag.store, regio, peildatum),
        normen,
      );
      process.stdout.write(
        args.format === 'json' ? `${JSON.stringify(regels, null, 2)}\n` : signaallijstCsv(regels),
      );
    } finally {
      await opslag.sluit();
    }
  },
};
