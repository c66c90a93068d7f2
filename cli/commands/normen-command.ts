import type { Argv, CommandModule } from 'yargs';
import type { NormenInGebruik } from '../../shared/app/normen/normen-in-gebruik.ts';
import { resolveNormen } from '../../shared/app/normen/resolve-normen.ts';
import { withApp } from '../app-context.ts';
import { vastgezetteNormen } from '../normen-optie.ts';
import type { ArgsVan } from '../options.ts';
import { PLAATSHOUDER_WAARSCHUWING, renderNormenTekst } from '../render/normen-tekst.ts';

const builder = (y: Argv) =>
  y
    .option('format', {
      choices: ['tekst', 'json'] as const,
      default: 'tekst' as const,
      describe: 'Uitvoer als leesbare tabel of als JSON',
    })
    .example('$0 normen', 'De normen die nu gelden')
    .example('$0 normen --normen mijn-normen.json', 'Een eigen normenbestand controleren en tonen');

/** The norms in force: a pinned file is checked without the store; otherwise the store may hold a version. */
async function normenInGebruik(): Promise<NormenInGebruik> {
  const vastgezet = vastgezetteNormen();
  if (vastgezet) return resolveNormen({}, vastgezet);
  return withApp({}, async (app) => app.normen);
}

export const normenCommand: CommandModule<object, ArgsVan<typeof builder>> = {
  command: 'normen',
  describe: 'Toon de normen die gelden (streefnormen, pgb, MAZ, seindrempels)',
  builder,
  handler: async (args) => {
    const normen = await normenInGebruik();
    if (args.format === 'json') {
      process.stdout.write(`${JSON.stringify(normen.normen, null, 2)}\n`);
      if (normen.bron.soort === 'standaard') process.stderr.write(`${PLAATSHOUDER_WAARSCHUWING}\n`);
      return;
    }
    process.stdout.write(renderNormenTekst(normen));
  },
};
