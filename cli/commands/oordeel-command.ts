import type { Argv, CommandModule } from 'yargs';
import { recordOordeel } from '../../shared/app/seinen/record-oordeel.ts';
import { regioLabel } from '../../shared/reference/zorgkantoorregio.ts';
import {
  HANDMATIGE_KLEUREN,
  OORDEEL_SEIN_NAAM,
  OORDEEL_SEINEN,
} from '../../shared/seinen/sein-aanpassing.ts';
import { seinLabel } from '../../shared/text/sein-label.ts';
import { withApp } from '../app-context.ts';
import { clockFromEnvironment } from '../clock.ts';
import {
  type ArgsVan,
  DOOR_OPTIE,
  jaarOptie,
  REGIO_OPTIE,
  regioOptie,
  TOELICHTING_OPTIE,
} from '../options.ts';
import { todayInAmsterdam } from '../../shared/calendar/calendar-date.ts';

const builder = (y: Argv) =>
  y
    .option('regio', REGIO_OPTIE)
    .option('jaar', {
      type: 'string',
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
    );

export const oordeelCommand: CommandModule<object, ArgsVan<typeof builder>> = {
  command: 'oordeel',
  describe:
    'Leg een beoordeeld sein vast (keuze leveringsvormen, passende zorg, continuïteit) per regio en jaar',
  builder,
  handler: async (args) => {
    const regio = regioOptie(args.regio);
    const jaar = jaarOptie(args.jaar, todayInAmsterdam(clockFromEnvironment()()));
    await withApp({ door: args.door }, async (app) => {
      const oordeel = await recordOordeel(
        { store: app.opslag.store, now: app.opslag.now },
        {
          gebruiker: app.gebruiker,
          regio,
          jaar,
          sein: args.sein,
          kleur: args.kleur,
          toelichting: args.toelichting,
        },
      );
      process.stdout.write(
        `${OORDEEL_SEIN_NAAM[oordeel.sein]} van ${regioLabel(regio)} over ${jaar}: ${seinLabel(oordeel.kleur)} (door ${oordeel.auteur}).\n`,
      );
    });
  },
};
