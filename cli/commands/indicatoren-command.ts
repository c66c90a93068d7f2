import type { Argv, CommandModule } from 'yargs';
import { getIndicatoren } from '../../shared/app/lezen/get-indicatoren.ts';
import { withApp } from '../app-context.ts';
import {
  type ArgsVan,
  MAAND_OPTIE,
  maandOptie,
  REGIO_OPTIE,
  regioOptie,
  standaardFormaat,
  TEKST_OF_JSON_OPTIE,
} from '../options.ts';
import { renderIndicatorenTekst } from '../render/indicatoren-tekst.ts';

const builder = (y: Argv) =>
  y
    .option('regio', REGIO_OPTIE)
    .option('maand', { ...MAAND_OPTIE, demandOption: true })
    .option('format', TEKST_OF_JSON_OPTIE)
    .example('$0 indicatoren --regio 5517 --maand 2024-03', 'Tabellen op het scherm')
    .example(
      '$0 indicatoren --regio 5517 --maand 2024-03 --format json > 5517.json',
      'JSON voor verdere verwerking',
    );

export const indicatorenCommand: CommandModule<object, ArgsVan<typeof builder>> = {
  command: 'indicatoren',
  describe: 'De indicatoren en seinen van één regio voor één maand',
  builder,
  handler: async (args) => {
    const regio = regioOptie(args.regio);
    const maand = maandOptie(args.maand);
    await withApp({}, async (app) => {
      const { indicatoren, normen } = await getIndicatoren(app.lees, {
        gebruiker: app.gebruiker,
        regio,
        maand,
      });
      const format = args.format ?? standaardFormaat();
      process.stdout.write(
        format === 'json'
          ? `${JSON.stringify(indicatoren, null, 2)}\n`
          : renderIndicatorenTekst(indicatoren, normen),
      );
    });
  },
};
