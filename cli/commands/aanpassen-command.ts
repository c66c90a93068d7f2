import type { CommandModule } from 'yargs';
import { indicatorenVoorRegio } from '../../shared/app/lezen/indicatoren-voor-regio.ts';
import { SEIN_INDICATOREN, type SeinIndicator } from '../../shared/norms/normen.ts';
import { regioLabel } from '../../shared/reference/zorgkantoorregio.ts';
import {
  checkToelichting,
  HANDMATIGE_KLEUREN,
  type HandmatigeKleur,
  type SeinAanpassing,
} from '../../shared/seinen/sein-aanpassing.ts';
import { formatMaand } from '../../shared/text/dutch-format.ts';
import { SEIN_NAAM, seinLabel } from '../../shared/text/sein-label.ts';
import { auteurVan } from '../auteur.ts';
import { GebruiksFout } from '../cli-errors.ts';
import { normenVoor } from '../normen-optie.ts';
import { openStore } from '../open-store.ts';
import {
  MAAND_OPTIE,
  maandOptie,
  REGIO_OPTIE,
  regioOptie,
  TOELICHTING_OPTIE,
  DOOR_OPTIE,
} from '../options.ts';

interface AanpassenArgs {
  regio: string;
  maand: string;
  sein: SeinIndicator;
  kleur?: HandmatigeKleur;
  opheffen?: boolean;
  toelichting: string;
  door?: string;
  normen?: string;
}

export const aanpassenCommand: CommandModule<object, AanpassenArgs> = {
  command: 'aanpassen',
  describe: 'Geef een berekend sein handmatig een andere kleur (met verplichte toelichting), of hef dat op',
  builder: (y) =>
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
      ) as never,
  handler: async (args) => {
    const regio = regioOptie(args.regio);
    const maand = maandOptie(args.maand);
    if (!args.kleur && !args.opheffen) throw new GebruiksFout('Geef --kleur groen|oranje of --opheffen.');
    const fout = checkToelichting(args.toelichting);
    if (fout) throw new GebruiksFout(`--toelichting: ${fout}`);
    const { normen } = await normenVoor(args.normen);
    const opslag = await openStore();
    try {
      const berekend = (await indicatorenVoorRegio(opslag.store, regio, maand, normen)).seinen[args.sein];
      const berekendeKleur = 'berekendeKleur' in berekend ? berekend.berekendeKleur : berekend.kleur;
      const aanpassing: SeinAanpassing = {
        regio,
        maand,
        sein: args.sein,
        kleur: args.opheffen ? null : (args.kleur ?? null),
        berekendeKleur,
        berekendeWaarde: berekend.waarde,
        toelichting: args.toelichting.trim(),
        auteur: auteurVan(args.door),
        tijdstip: new Date().toISOString(),
      };
      await opslag.store.saveSeinAanpassing(aanpassing);
      const wat = aanpassing.kleur
        ? `staat nu handmatig op ${seinLabel(aanpassing.kleur)}`
        : 'volgt weer de berekening';
      process.stdout.write(
        `${SEIN_NAAM[args.sein]} van ${regioLabel(regio)} in ${formatMaand(maand)} ${wat} ` +
          `(berekend: ${seinLabel(berekendeKleur)}; door ${aanpassing.auteur}).\n`,
      );
    } finally {
      await opslag.sluit();
    }
  },
};
