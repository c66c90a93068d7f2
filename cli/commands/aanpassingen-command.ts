import type { CommandModule } from 'yargs';
import { SEIN_INDICATOREN } from '../../shared/norms/normen.ts';
import { regioLabel } from '../../shared/reference/zorgkantoorregio.ts';
import { OORDEEL_SEIN_NAAM, type OordeelSein } from '../../shared/seinen/sein-aanpassing.ts';
import { formatMaand, formatTijdstip } from '../../shared/text/dutch-format.ts';
import { SEIN_NAAM, seinLabel } from '../../shared/text/sein-label.ts';
import { renderTextTable } from '../../shared/text/text-table.ts';
import { openStore } from '../open-store.ts';
import {
  MAAND_OPTIE,
  maandOptie,
  REGIO_OPTIE,
  regioOptie,
  standaardFormaat,
  TEKST_OF_JSON_OPTIE,
} from '../options.ts';
import type { SeinIndicator } from '../../shared/norms/normen.ts';

interface AanpassingenArgs {
  regio: string;
  maand?: string;
  format?: 'json' | 'tekst';
}

const seinNaam = (sein: string) =>
  (SEIN_INDICATOREN as readonly string[]).includes(sein)
    ? SEIN_NAAM[sein as SeinIndicator]
    : OORDEEL_SEIN_NAAM[sein as OordeelSein];

export const aanpassingenCommand: CommandModule<object, AanpassingenArgs> = {
  command: 'aanpassingen',
  describe: 'De geschiedenis van handmatige seinkleuren en beoordeelde seinen van een regio',
  builder: (y) =>
    y
      .option('regio', REGIO_OPTIE)
      .option('maand', { ...MAAND_OPTIE, describe: 'Alleen aanpassingen van deze maand (JJJJ-MM)' })
      .option('format', TEKST_OF_JSON_OPTIE) as never,
  handler: async (args) => {
    const regio = regioOptie(args.regio);
    const maand = args.maand === undefined ? undefined : maandOptie(args.maand);
    const opslag = await openStore();
    try {
      const [aanpassingen, oordelen] = await Promise.all([
        opslag.store.listSeinAanpassingen(regio, maand),
        maand ? Promise.resolve([]) : opslag.store.listSeinOordelen(regio),
      ]);
      if ((args.format ?? standaardFormaat()) === 'json') {
        process.stdout.write(`${JSON.stringify({ regio, aanpassingen, oordelen }, null, 2)}\n`);
        return;
      }
      const regels = [
        ...aanpassingen.map((a) => [
          formatTijdstip(a.tijdstip),
          formatMaand(a.maand),
          seinNaam(a.sein),
          a.kleur
            ? `${seinLabel(a.kleur)} (berekend ${a.berekendeKleur})`
            : `opgeheven (berekend ${a.berekendeKleur})`,
          a.auteur,
          a.toelichting,
        ]),
        ...oordelen.map((o) => [
          formatTijdstip(o.tijdstip),
          String(o.jaar),
          seinNaam(o.sein),
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
    } finally {
      await opslag.sluit();
    }
  },
};
