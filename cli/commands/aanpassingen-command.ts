import type { Argv, CommandModule } from 'yargs';
import { listAanpassingen } from '../../shared/app/seinen/list-aanpassingen.ts';
import { regioLabel } from '../../shared/reference/zorgkantoorregio.ts';
import { OORDEEL_SEIN_NAAM } from '../../shared/seinen/sein-aanpassing.ts';
import { formatMaand, formatTijdstip } from '../../shared/text/dutch-format.ts';
import { SEIN_NAAM, seinLabel } from '../../shared/text/sein-label.ts';
import { renderTextTable } from '../../shared/text/text-table.ts';
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

const builder = (y: Argv) =>
  y
    .option('regio', REGIO_OPTIE)
    .option('maand', { ...MAAND_OPTIE, describe: 'Alleen aanpassingen van deze maand (JJJJ-MM)' })
    .option('format', TEKST_OF_JSON_OPTIE);

export const aanpassingenCommand: CommandModule<object, ArgsVan<typeof builder>> = {
  command: 'aanpassingen',
  describe: 'De geschiedenis van handmatige seinkleuren en beoordeelde seinen van een regio',
  builder,
  handler: async (args) => {
    const regio = regioOptie(args.regio);
    const maand = args.maand === undefined ? undefined : maandOptie(args.maand);
    await withApp({}, async (app) => {
      const { aanpassingen, oordelen } = await listAanpassingen(
        { store: app.opslag.store },
        { gebruiker: app.gebruiker, regio, maand },
      );
      if ((args.format ?? standaardFormaat()) === 'json') {
        process.stdout.write(`${JSON.stringify({ regio, aanpassingen, oordelen }, null, 2)}\n`);
        return;
      }
      const regels = [
        ...aanpassingen.map((a) => [
          formatTijdstip(a.tijdstip),
          formatMaand(a.maand),
          SEIN_NAAM[a.sein],
          a.kleur
            ? `${seinLabel(a.kleur)} (berekend ${a.berekendeKleur})`
            : `opgeheven (berekend ${a.berekendeKleur})`,
          a.auteur,
          a.toelichting,
        ]),
        ...oordelen.map((o) => [
          formatTijdstip(o.tijdstip),
          String(o.jaar),
          OORDEEL_SEIN_NAAM[o.sein],
          seinLabel(o.kleur),
          o.auteur,
          o.toelichting,
        ]),
      ];
      process.stdout.write(
        `Handmatige seinen van ${regioLabel(regio)}\n\n${
          regels.length === 0
            ? 'Geen aanpassingen of oordelen vastgelegd.'
            : renderTextTable(
                [
                  { kop: 'Tijdstip' },
                  { kop: 'Periode' },
                  { kop: 'Sein' },
                  { kop: 'Kleur' },
                  { kop: 'Door' },
                  { kop: 'Toelichting' },
                ],
                regels,
              )
        }\n`,
      );
    });
  },
};
