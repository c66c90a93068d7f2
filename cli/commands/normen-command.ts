import type { CommandModule } from 'yargs';
import { normenVoor } from '../normen-optie.ts';
import { PLAATSHOUDER_WAARSCHUWING, renderNormenTekst } from '../render/normen-tekst.ts';

interface NormenArgs {
  normen?: string;
  format: 'tekst' | 'json';
}

export const normenCommand: CommandModule<object, NormenArgs> = {
  command: 'normen',
  describe: 'Toon de normen die gelden (streefnormen, pgb, MAZ, seindrempels)',
  builder: (y) =>
    y
      .option('format', {
        choices: ['tekst', 'json'] as const,
        default: 'tekst' as const,
        describe: 'Uitvoer als leesbare tabel of als JSON',
      })
      .example('$0 normen', 'De normen die nu gelden')
      .example(
        '$0 normen --normen mijn-normen.json',
        'Een eigen normenbestand controleren en tonen',
      ) as never,
  handler: async (args) => {
    const geladen = await normenVoor(args.normen);
    if (args.format === 'json') {
      process.stdout.write(`${JSON.stringify(geladen.normen, null, 2)}\n`);
      if (geladen.bron.soort === 'standaard') process.stderr.write(`${PLAATSHOUDER_WAARSCHUWING}\n`);
      return;
    }
    process.stdout.write(renderNormenTekst(geladen));
  },
};
