import type { CommandModule } from 'yargs';
import type { ExtractLogRegel } from '../../shared/storage/extract-log.ts';
import { formatDatum, formatGetal, formatTijdstip } from '../../shared/text/dutch-format.ts';
import { renderTextTable } from '../../shared/text/text-table.ts';
import { openStore } from '../open-store.ts';
import { aantalOptie, regioOptie, standaardFormaat, TEKST_OF_JSON_OPTIE } from '../options.ts';

interface ExtractenArgs {
  regio?: string;
  aantal: string;
  format?: 'json' | 'tekst';
}

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

export const extractenCommand: CommandModule<object, ExtractenArgs> = {
  command: 'extracten',
  describe: 'Het logboek van ingelezen extracten, nieuwste eerst (met status en aantal fouten)',
  builder: (y) =>
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
      .option('format', TEKST_OF_JSON_OPTIE) as never,
  handler: async (args) => {
    const regio = args.regio === undefined ? undefined : regioOptie(args.regio);
    const aantal = aantalOptie('aantal', args.aantal);
    const opslag = await openStore();
    try {
      const regels = await opslag.store.listExtractLog({ regio, limit: aantal });
      const format = args.format ?? standaardFormaat();
      process.stdout.write(format === 'json' ? `${JSON.stringify(regels, null, 2)}\n` : renderLog(regels));
    } finally {
      await opslag.sluit();
    }
  },
};
