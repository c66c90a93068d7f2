import type { CommandModule } from 'yargs';
import { type CalendarDate, todayInAmsterdam } from '../../shared/calendar/calendar-date.ts';
import { leesJaarInvoer } from '../../shared/app/lezen/jaar-invoer.ts';
import { berekenJaarcijfers } from '../../shared/verslag/jaarcijfers.ts';
import { normenHash } from '../../shared/norms/normen-hash.ts';
import { GebruiksFout } from '../cli-errors.ts';
import { normenVoor } from '../normen-optie.ts';
import { openStore } from '../open-store.ts';
import { REGIO_OPTIE, regioOptie, standaardFormaat, TEKST_OF_JSON_OPTIE } from '../options.ts';
import { renderJaaroverzichtTekst } from '../render/jaaroverzicht-tekst.ts';
import { describeBron } from '../render/normen-tekst.ts';

/** The first year of the Wlz, and of the pgb and MAZ norms. */
export const EERSTE_JAAR = 2015;

interface GlobaleArgs {
  normen?: string;
}

interface JaaroverzichtArgs extends GlobaleArgs {
  regio: string;
  jaar: string;
  format: 'json' | 'tekst' | undefined;
}

/** `--jaar JJJJ`: a whole year from 2015 up to and including the current year. */
export function jaarOptie(text: string, vandaag: CalendarDate): number {
  const tekst = String(text).trim();
  if (!/^\d{4}$/.test(tekst))
    throw new GebruiksFout(`--jaar ${tekst}: geef een jaartal van vier cijfers, bv. 2024`);
  const jaar = Number(tekst);
  const ditJaar = Number(vandaag.slice(0, 4));
  if (jaar < EERSTE_JAAR)
    throw new GebruiksFout(
      `--jaar ${jaar}: jaarcijfers zijn er vanaf ${EERSTE_JAAR}, het eerste jaar van de Wlz`,
    );
  if (jaar > ditJaar)
    throw new GebruiksFout(`--jaar ${jaar}: dat jaar is nog niet begonnen (het is nu ${ditJaar})`);
  return jaar;
}

export const jaaroverzichtCommand: CommandModule<GlobaleArgs, JaaroverzichtArgs> = {
  command: 'jaaroverzicht',
  describe:
    'De jaarcijfers van één regio voor het uitvoeringsverslag: pgb, MAZ, tijdige zorg en de zes seinen',
  builder: (y) =>
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
      ),
  handler: async (args) => {
    const regio = regioOptie(args.regio);
    const jaar = jaarOptie(args.jaar, todayInAmsterdam(new Date()));
    const { normen, bron } = await normenVoor(args.normen);
    const opslag = await openStore();
    try {
      const invoer = await leesJaarInvoer(opslag.store, regio, jaar);
      const json = berekenJaarcijfers(invoer, normen, { bron: describeBron(bron), hash: normenHash(normen) });
      const format = args.format ?? standaardFormaat();
      process.stdout.write(
        format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : renderJaaroverzichtTekst(json),
      );
    } finally {
      await opslag.sluit();
    }
  },
};
