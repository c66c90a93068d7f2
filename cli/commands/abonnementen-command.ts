import type { Argv, CommandModule } from 'yargs';
import { listSubscriptions, type AbonnementOverzicht } from '../../shared/app/alerts/list-subscriptions.ts';
import { domeinenTekst } from '../../shared/alerts/maildomeinen.ts';
import { regioLabel } from '../../shared/reference/zorgkantoorregio.ts';
import { formatTijdstip } from '../../shared/text/dutch-format.ts';
import { renderTextTable } from '../../shared/text/text-table.ts';
import { auteurVan } from '../app-context.ts';
import { openStore } from '../open-store.ts';
import { regioOptie, standaardFormaat, TEKST_OF_JSON_OPTIE, type ArgsVan } from '../options.ts';

function opmerking(a: AbonnementOverzicht): string {
  const delen: string[] = [];
  if (a.blokkade) delen.push(`geblokkeerd sinds ${formatTijdstip(a.blokkade.sinds)}`);
  if (a.buitenDomeinen) {
    delen.push(
      a.buitenToegestaneDomeinen
        ? 'buiten de toegestane domeinen (uitzondering van de beheerder)'
        : 'domein niet (meer) toegestaan: krijgt geen mail',
    );
  }
  return delen.join('; ');
}

const builder = (y: Argv) =>
  y
    .option('regio', { type: 'string', requiresArg: true, describe: 'Alleen deze regio' })
    .option('format', TEKST_OF_JSON_OPTIE);

export const abonnementenCommand: CommandModule<object, ArgsVan<typeof builder>> = {
  command: 'abonnementen',
  describe: 'De abonnees van de alertmail, per regio',
  builder,
  handler: async (args) => {
    const regio = args.regio === undefined ? undefined : regioOptie(args.regio);
    const opslag = await openStore();
    try {
      const { abonnementen, toegestaneDomeinen } = await listSubscriptions(
        { regio },
        { soort: 'operator', naam: auteurVan(undefined) },
        {
          abonnementen: opslag.store.abonnementen,
          instellingen: opslag.store.mailInstellingen,
          verzendingen: opslag.store.verzendingen,
        },
      );
      if ((args.format ?? standaardFormaat()) === 'json') {
        process.stdout.write(`${JSON.stringify({ abonnementen, toegestaneDomeinen }, null, 2)}\n`);
        return;
      }
      const tabel =
        abonnementen.length === 0
          ? `Nog geen abonnementen${regio ? ` voor ${regioLabel(regio)}` : ''}; voeg er een toe met zorgplicht abonneer --regio R --email ADRES.`
          : renderTextTable(
              [
                { kop: 'Regio' },
                { kop: 'E-mailadres' },
                { kop: 'Sinds' },
                { kop: 'Door' },
                { kop: 'Opmerking' },
              ],
              abonnementen.map((a) => [
                regioLabel(a.regio),
                a.adres,
                formatTijdstip(a.sinds),
                a.door,
                opmerking(a),
              ]),
            );
      process.stdout.write(
        `${tabel}\n\nToegestane maildomeinen: ${domeinenTekst(toegestaneDomeinen.domeinen)}.\n`,
      );
    } finally {
      await opslag.sluit();
    }
  },
};
