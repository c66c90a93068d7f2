import type { Argv, CommandModule } from 'yargs';
import { getSeinenOverzicht } from '../../shared/app/lezen/get-seinen-overzicht.ts';
import { withApp } from '../app-context.ts';
import { type ArgsVan, MAAND_OPTIE, maandOptie, standaardFormaat, TEKST_OF_JSON_OPTIE } from '../options.ts';
import { renderSeinenTekst } from '../render/seinen-tekst.ts';

const builder = (y: Argv) =>
  y
    .option('maand', {
      ...MAAND_OPTIE,
      describe:
        "Maand JJJJ-MM; standaard de nieuwste maand waarin alle regio's gegevens van alle soorten hebben",
    })
    .option('format', TEKST_OF_JSON_OPTIE);

export const GEEN_GEGEVENS =
  'Nog geen gegevens: lees extracten in (zorgplicht ingest) of maak demogegevens (zorgplicht demo).';

export const seinenCommand: CommandModule<object, ArgsVan<typeof builder>> = {
  command: 'seinen',
  describe: "De seinen van alle regio's met gegevens voor één maand, naast elkaar",
  builder,
  handler: async (args) => {
    const maand = args.maand === undefined ? undefined : maandOptie(args.maand);
    await withApp({}, async (app) => {
      const overzicht = await getSeinenOverzicht(app.lees, { gebruiker: app.gebruiker, maand });
      const format = args.format ?? standaardFormaat();
      if (format === 'json') {
        process.stdout.write(`${JSON.stringify(overzicht ?? { maand: null, regios: [] }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${overzicht ? renderSeinenTekst(overzicht) : GEEN_GEGEVENS}\n`);
    });
  },
};
