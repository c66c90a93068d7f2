import type { Argv, CommandModule } from 'yargs';
import { getJaaroverzicht } from '../../shared/app/lezen/get-jaaroverzicht.ts';
import { EERSTE_JAAR } from '../../shared/app/vandaag.ts';
import { todayInAmsterdam } from '../../shared/calendar/calendar-date.ts';
import { withApp } from '../app-context.ts';
import { clockFromEnvironment } from '../clock.ts';
import {
  type ArgsVan,
  jaarOptie,
  REGIO_OPTIE,
  regioOptie,
  standaardFormaat,
  TEKST_OF_JSON_OPTIE,
} from '../options.ts';
import { renderJaaroverzichtTekst } from '../render/jaaroverzicht-tekst.ts';

const builder = (y: Argv) =>
  y
    .option('regio', REGIO_OPTIE)
    .option('jaar', {
      type: 'string',
      demandOption: true,
      requiresArg: true,
      describe: `Verslagjaar JJJJ, vanaf ${EERSTE_JAAR} tot en met dit jaar`,
    })
    .option('format', TEKST_OF_JSON_OPTIE)
    .example('$0 jaaroverzicht --regio 5517 --jaar 2022', 'De tabel voor het uitvoeringsverslag')
    .example(
      '$0 jaaroverzicht --regio 5517 --jaar 2022 --format json > 5517-2022.json',
      'JSON voor verdere verwerking',
    );

export const jaaroverzichtCommand: CommandModule<object, ArgsVan<typeof builder>> = {
  command: 'jaaroverzicht',
  describe:
    'De jaarcijfers van één regio voor het uitvoeringsverslag: pgb, MAZ, tijdige zorg en de zes seinen',
  builder,
  handler: async (args) => {
    const regio = regioOptie(args.regio);
    const jaar = jaarOptie(args.jaar, todayInAmsterdam(clockFromEnvironment()()));
    await withApp({}, async (app) => {
      const json = await getJaaroverzicht(app.lees, { gebruiker: app.gebruiker, regio, jaar });
      const format = args.format ?? standaardFormaat();
      process.stdout.write(
        format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : renderJaaroverzichtTekst(json),
      );
    });
  },
};
