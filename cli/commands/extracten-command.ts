import type { Argv, CommandModule } from 'yargs';
import { listExtractLog } from '../../shared/app/extracten/list-extract-log.ts';
import type { ExtractLogRegel } from '../../shared/storage/extract-log.ts';
import { formatDatum, formatGetal, formatTijdstip } from '../../shared/text/dutch-format.ts';
import { renderTextTable } from '../../shared/text/text-table.ts';
import { withApp } from '../app-context.ts';
import { aantalOptie, type ArgsVan, regioOptie, standaardFormaat, TEKST_OF_JSON_OPTIE } from '../options.ts';

function renderLog(regels: readonly ExtractLogRegel[]): string {
  if (regels.length === 0) return 'Nog geen extracten ingelezen.\n';
  return `${renderTextTable(
    [
      { kop: 'Ontvangen' },
      { kop: 'Bestand' },
      { kop: 'Soort' },
      { kop: "Regio's" },
      { kop: 'Peildatum' },
      { kop: 'Rijen', rechts: true },
      { kop: 'Status' },
      { kop: 'Fouten', rechts: true },
    ],
    regels.map((r) => [
      formatTijdstip(r.ontvangenOp),
      r.bestandsnaam,
      r.soort ?? '?',
      r.regios.join(' '),
      r.peildatum ? formatDatum(r.peildatum) : '',
      formatGetal(r.rijen),
      r.status,
      r.foutAantal > 0 ? formatGetal(r.foutAantal) : '',
    ]),
  )}\n`;
}

const builder = (y: Argv) =>
  y
    .option('regio', {
      type: 'string',
      requiresArg: true,
      describe: 'Alleen bestanden met rijen van deze regio',
    })
    .option('aantal', {
      type: 'string',
      default: '50',
      defaultDescription: '50',
      requiresArg: true,
      describe: 'Hoeveel regels (een geheel getal van 1 of meer)',
    })
    .option('format', TEKST_OF_JSON_OPTIE);

export const extractenCommand: CommandModule<object, ArgsVan<typeof builder>> = {
  command: 'extracten',
  describe: 'Het logboek van ingelezen extracten, nieuwste eerst (met status en aantal fouten)',
  builder,
  handler: async (args) => {
    const regio = args.regio === undefined ? undefined : regioOptie(args.regio);
    const aantal = aantalOptie('aantal', args.aantal);
    await withApp({}, async (app) => {
      const regels = await listExtractLog(
        { store: app.opslag.store, now: app.opslag.now },
        { gebruiker: app.gebruiker, regio, aantal },
      );
      const format = args.format ?? standaardFormaat();
      process.stdout.write(format === 'json' ? `${JSON.stringify(regels, null, 2)}\n` : renderLog(regels));
    });
  },
};
