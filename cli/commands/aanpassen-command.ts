import type { Argv, CommandModule } from 'yargs';
import { setSeinAanpassing } from '../../shared/app/seinen/set-sein-aanpassing.ts';
import { SEIN_INDICATOREN } from '../../shared/norms/normen.ts';
import { regioLabel } from '../../shared/reference/zorgkantoorregio.ts';
import { HANDMATIGE_KLEUREN } from '../../shared/seinen/sein-aanpassing.ts';
import { formatMaand } from '../../shared/text/dutch-format.ts';
import { SEIN_NAAM, seinLabel } from '../../shared/text/sein-label.ts';
import { withApp } from '../app-context.ts';
import { GebruiksFout } from '../cli-errors.ts';
import {
  type ArgsVan,
  DOOR_OPTIE,
  MAAND_OPTIE,
  maandOptie,
  REGIO_OPTIE,
  regioOptie,
  TOELICHTING_OPTIE,
} from '../options.ts';

const builder = (y: Argv) =>
  y
    .option('regio', REGIO_OPTIE)
    .option('maand', { ...MAAND_OPTIE, demandOption: true })
    .option('sein', { choices: SEIN_INDICATOREN, demandOption: true, describe: 'Welk sein' })
    .option('kleur', { choices: HANDMATIGE_KLEUREN, describe: 'De kleur die het sein krijgt' })
    .option('opheffen', { type: 'boolean', describe: 'Hef de handmatige kleur op' })
    .option('toelichting', TOELICHTING_OPTIE)
    .option('door', DOOR_OPTIE)
    .conflicts('kleur', 'opheffen')
    .example(
      '$0 aanpassen --regio 5517 --maand 2024-03 --sein tijdige_zorg --kleur groen --toelichting "Eenmalige piek door sluiting locatie; cliënten overgeplaatst"',
      'Sein handmatig op groen',
    );

export const aanpassenCommand: CommandModule<object, ArgsVan<typeof builder>> = {
  command: 'aanpassen',
  describe: 'Geef een berekend sein handmatig een andere kleur (met verplichte toelichting), of hef dat op',
  builder,
  handler: async (args) => {
    const regio = regioOptie(args.regio);
    const maand = maandOptie(args.maand);
    if (!args.kleur && !args.opheffen) throw new GebruiksFout('Geef --kleur groen|oranje of --opheffen.');
    await withApp({ door: args.door }, async (app) => {
      const aanpassing = await setSeinAanpassing(
        { ...app.lees, store: app.opslag.store },
        {
          gebruiker: app.gebruiker,
          regio,
          maand,
          sein: args.sein,
          kleur: args.opheffen ? null : (args.kleur ?? null),
          toelichting: args.toelichting,
        },
      );
      const wat = aanpassing.kleur
        ? `staat nu handmatig op ${seinLabel(aanpassing.kleur)}`
        : 'volgt weer de berekening';
      process.stdout.write(
        `${SEIN_NAAM[args.sein]} van ${regioLabel(regio)} in ${formatMaand(maand)} ${wat} ` +
          `(berekend: ${seinLabel(aanpassing.berekendeKleur)}; door ${aanpassing.auteur}).\n`,
      );
    });
  },
};
