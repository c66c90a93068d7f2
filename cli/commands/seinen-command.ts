import type { CommandModule } from 'yargs';
import type { CalendarMonth } from '../../shared/calendar/calendar-date.ts';
import { berekenSeinenOverzicht, gegevensOmvang } from '../../shared/app/lezen/seinen-overzicht.ts';
import { normenVoor } from '../normen-optie.ts';
import type { RegioCode } from '../../shared/reference/zorgkantoorregio.ts';
import type { ZorgplichtStore } from '../../shared/storage/zorgplicht-store.ts';
import { openStore } from '../open-store.ts';
import { MAAND_OPTIE, maandOptie, standaardFormaat, TEKST_OF_JSON_OPTIE } from '../options.ts';
import { renderSeinenTekst } from '../render/seinen-tekst.ts';
import type { Normen } from '../../shared/norms/normen.ts';

interface SeinenArgs {
  maand?: string;
  format?: 'json' | 'tekst';
  normen?: string;
}

/** The seinen table of all regions for a month (default: the newest month with data), or undefined when the store is empty. */
export async function seinenTekst(
  store: ZorgplichtStore,
  normen: Normen,
  maand?: CalendarMonth,
): Promise<{ maand: CalendarMonth; regios: RegioCode[]; tekst: string; json: unknown } | undefined> {
  const omvang = await gegevensOmvang(store);
  const gekozen = maand ?? omvang.laatsteMaand;
  if (!gekozen || omvang.regios.length === 0) return undefined;
  const overzicht = await berekenSeinenOverzicht(store, omvang.regios, gekozen, normen);
  return {
    maand: gekozen,
    regios: omvang.regios,
    tekst: renderSeinenTekst(gekozen, overzicht),
    json: { maand: gekozen, regios: overzicht },
  };
}

export const seinenCommand: CommandModule<object, SeinenArgs> = {
  command: 'seinen',
  describe: "De seinen van alle regio's met gegevens voor één maand, naast elkaar",
  builder: (y) =>
    y
      .option('maand', {
        ...MAAND_OPTIE,
        describe: 'Maand JJJJ-MM; standaard de nieuwste maand met gegevens',
      })
      .option('format', TEKST_OF_JSON_OPTIE) as never,
  handler: async (args) => {
    const maand = args.maand === undefined ? undefined : maandOptie(args.maand);
    const { normen } = await normenVoor(args.normen);
    const opslag = await openStore();
    try {
      const uitkomst = await seinenTekst(opslag.store, normen, maand);
      const format = args.format ?? standaardFormaat();
      if (!uitkomst) {
        process.stdout.write(
          format === 'json'
            ? '{"maand":null,"regios":[]}\n'
            : 'Nog geen gegevens: lees extracten in (zorgplicht ingest) of maak demogegevens (zorgplicht demo).\n',
        );
        return;
      }
      process.stdout.write(
        format === 'json' ? `${JSON.stringify(uitkomst.json, null, 2)}\n` : `${uitkomst.tekst}\n`,
      );
    } finally {
      await opslag.sluit();
    }
  },
};
