import type { Argv, CommandModule } from 'yargs';
import { unsubscribe } from '../../shared/app/alerts/unsubscribe.ts';
import { regioLabel } from '../../shared/reference/zorgkantoorregio.ts';
import { auteurVan } from '../app-context.ts';
import { openStore } from '../open-store.ts';
import { REGIO_OPTIE, regioOptie, type ArgsVan } from '../options.ts';
import { EMAIL_OPTIE } from './abonneer-command.ts';

const builder = (y: Argv) => y.option('regio', REGIO_OPTIE).option('email', EMAIL_OPTIE);

export const opzeggenCommand: CommandModule<object, ArgsVan<typeof builder>> = {
  command: 'opzeggen',
  describe: 'Zeg het abonnement van een e-mailadres op de alertmail van een regio op',
  builder,
  handler: async (args) => {
    const regio = regioOptie(args.regio);
    const opslag = await openStore();
    try {
      const { adres } = await unsubscribe(
        { regio, email: args.email },
        { soort: 'operator', naam: auteurVan(undefined) },
        { abonnementen: opslag.store.abonnementen },
      );
      process.stdout.write(`${adres} krijgt de alertmail van ${regioLabel(regio)} niet meer.\n`);
    } finally {
      await opslag.sluit();
    }
  },
};
