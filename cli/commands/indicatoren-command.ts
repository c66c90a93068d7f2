import type { CommandModule } from 'yargs';
import { indicatorenVoorRegio } from '../../shared/app/lezen/indicatoren-voor-regio.ts';
import { normenVoor } from '../normen-optie.ts';
import { openStore } from '../open-store.ts';
import {
  MAAND_OPTIE,
  maandOptie,
  REGIO_OPTIE,
  regioOptie,
  standaardFormaat,
  TEKST_OF_JSON_OPTIE,
} from '../options.ts';
import { renderIndicatorenTekst } from '../render/indicatoren-tekst.ts';

interface IndicatorenArgs {
  regio: string;
  maand: string;
  format?: 'json' | 'tekst';
  normen?: string;
}

export const indicatorenCommand: CommandModule<object, IndicatorenArgs> = {
  command: 'indicatoren',
  describe: 'De indicatoren en seinen van één regio voor één maand',
  builder: (y) =>
    y
      .option('regio', REGIO_OPTIE)
      .option('maand', { ...MAAND_OPTIE, demandOption: true })
      .option('format', TEKST_OF_JSON_OPTIE)
      .example('$0 indicatoren --regio 5517 --maand 2024-03', 'Tabellen op het scherm')
      .example(
        '$0 indicatoren --regio 5517 --maand 2024-03 --format json > 5517.json',
        'JSON voor verdere verwerking',
      ) as never,
  handler: async (args) => {
    const regio = regioOptie(args.regio);
    const maand = maandOptie(args.maand);
    const { normen } = await normenVoor(args.normen);
    const opslag = await openStore();
    try {
      const json = await indicatorenVoorRegio(opslag.store, regio, maand, normen);
      const format = args.format ?? standaardFormaat();
      if (format === 'json') {
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return;
      }
      const oordelen = await opslag.store.listSeinOordelen(regio, Number(maand.slice(0, 4)));
      process.stdout.write(renderIndicatorenTekst(json, oordelen));
    } finally {
      await opslag.sluit();
    }
  },
};
