import type { CommandModule } from 'yargs';
import { regioLabel } from '../../shared/reference/zorgkantoorregio.ts';
import {
  checkToelichting,
  HANDMATIGE_KLEUREN,
  type HandmatigeKleur,
  OORDEEL_SEIN_NAAM,
  OORDEEL_SEINEN,
  type OordeelSein,
} from '../../shared/seinen/sein-aanpassing.ts';
import { seinLabel } from '../../shared/text/sein-label.ts';
import { auteurVan } from '../auteur.ts';
import { GebruiksFout } from '../cli-errors.ts';
import { openStore } from '../open-store.ts';
import { REGIO_OPTIE, regioOptie, TOELICHTING_OPTIE, DOOR_OPTIE } from '../options.ts';

interface OordeelArgs {
  regio: string;
  jaar: number;
  sein: OordeelSein;
  kleur: HandmatigeKleur;
  toelichting: string;
  door?: string;
}

export const oordeelCommand: CommandModule<object, OordeelArgs> = {
  command: 'oordeel',
  describe:
    'Leg een beoordeeld sein vast (keuze leveringsvormen, passende zorg, continuïteit) per regio en jaar',
  builder: (y) =>
    y
      .option('regio', REGIO_OPTIE)
      .option('jaar', {
        type: 'number',
        demandOption: true,
        requiresArg: true,
        describe: 'Verslagjaar, bv. 2024',
      })
      .option('sein', { choices: OORDEEL_SEINEN, demandOption: true, describe: 'Welk beoordeeld sein' })
      .option('kleur', { choices: HANDMATIGE_KLEUREN, demandOption: true, describe: 'Het oordeel' })
      .option('toelichting', TOELICHTING_OPTIE)
      .option('door', DOOR_OPTIE)
      .example(
        '$0 oordeel --regio 5517 --jaar 2024 --sein keuze_leveringsvormen --kleur oranje --toelichting "Thuis als het kan: vaker MPT/VPT dan geïndiceerd verblijf"',
        'Oordeel vastleggen',
      ) as never,
  handler: async (args) => {
    const regio = regioOptie(args.regio);
    if (!Number.isInteger(args.jaar) || args.jaar < 2015 || args.jaar > 2199) {
      throw new GebruiksFout(`--jaar ${args.jaar}: geef een jaar vanaf 2015`);
    }
    const fout = checkToelichting(args.toelichting);
    if (fout) throw new GebruiksFout(`--toelichting: ${fout}`);
    const opslag = await openStore();
    try {
      const auteur = auteurVan(args.door);
      await opslag.store.saveSeinOordeel({
        regio,
        jaar: args.jaar,
        sein: args.sein,
        kleur: args.kleur,
        toelichting: args.toelichting.trim(),
        auteur,
        tijdstip: new Date().toISOString(),
      });
      process.stdout.write(
        `${OORDEEL_SEIN_NAAM[args.sein]} van ${regioLabel(regio)} over ${args.jaar}: ${seinLabel(args.kleur)} (door ${auteur}).\n`,
      );
    } finally {
      await opslag.sluit();
    }
  },
};
