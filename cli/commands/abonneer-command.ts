import type { Argv, CommandModule } from 'yargs';
import { formatDatum } from '../../shared/text/dutch-format.ts';
import { huidigeCyclus } from '../../shared/alerts/alert-cyclus.ts';
import { subscribe } from '../../shared/app/alerts/subscribe.ts';
import { regioLabel } from '../../shared/reference/zorgkantoorregio.ts';
import { alertInstellingenUitOmgeving } from '../alert-omgeving.ts';
import { auteurVan } from '../app-context.ts';
import { openStore } from '../open-store.ts';
import { REGIO_OPTIE, regioOptie, type ArgsVan } from '../options.ts';

export const EMAIL_OPTIE = {
  type: 'string',
  demandOption: true,
  requiresArg: true,
  describe: 'E-mailadres van de abonnee',
} as const;

const builder = (y: Argv) =>
  y
    .option('regio', REGIO_OPTIE)
    .option('email', EMAIL_OPTIE)
    .example(
      '$0 abonneer --regio 5517 --email j.jansen@zorgkantoor.nl',
      'Elke twee weken de alertmail van 5517',
    );

export const abonneerCommand: CommandModule<object, ArgsVan<typeof builder>> = {
  command: 'abonneer',
  describe: 'Abonneer een e-mailadres op de tweewekelijkse alertmail van een regio (seinen en 75%-lijst)',
  builder,
  handler: async (args) => {
    const regio = regioOptie(args.regio);
    const instellingen = alertInstellingenUitOmgeving();
    const opslag = await openStore();
    try {
      const { abonnement, waarschuwingen } = await subscribe(
        { regio, email: args.email },
        { soort: 'operator', naam: auteurVan(undefined) },
        {
          abonnementen: opslag.store.abonnementen,
          instellingen: opslag.store.mailInstellingen,
          verzendingen: opslag.store.verzendingen,
          now: opslag.now,
        },
      );
      for (const regel of waarschuwingen) process.stderr.write(`${regel}\n`);
      const cyclus = huidigeCyclus(opslag.now(), instellingen.anker);
      const eerste = cyclus
        ? `de eerstvolgende run van zorgplicht alerts stuurt al de mail van de huidige cyclus (${formatDatum(cyclus.id)})`
        : `de eerste cyclus begint maandag ${formatDatum(instellingen.anker)} om 07:00`;
      process.stdout.write(
        `${abonnement.adres} krijgt voortaan elke twee weken de alertmail van ${regioLabel(regio)}; ${eerste}.\n`,
      );
    } finally {
      await opslag.sluit();
    }
  },
};
