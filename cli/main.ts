import yargs from 'yargs';
import { NormenFout } from '../shared/norms/load-normen.ts';
import { normenVoor } from './normen-optie.ts';
import { AfgewezenInvoer, EXIT_AFGEWEZEN, EXIT_GEBRUIK, EXIT_OK, GebruiksFout } from './cli-errors.ts';
import { aanpassenCommand } from './commands/aanpassen-command.ts';
import { aanpassingenCommand } from './commands/aanpassingen-command.ts';
import { demoCommand } from './commands/demo-command.ts';
import { extractenCommand } from './commands/extracten-command.ts';
import { indicatorenCommand } from './commands/indicatoren-command.ts';
import { jaaroverzichtCommand } from './commands/jaaroverzicht-command.ts';
import { ingestCommand } from './commands/ingest-command.ts';
import { normenCommand } from './commands/normen-command.ts';
import { oordeelCommand } from './commands/oordeel-command.ts';
import { seinenCommand } from './commands/seinen-command.ts';
import { signaallijstCommand } from './commands/signaallijst-command.ts';
import { startCommand } from './commands/start-command.ts';

/**
 * Runs one `zorgplicht` command and returns its exit code (contracts §4): 0 on success,
 * 1 on rejected input, 2 on usage errors. Errors go to stderr in Dutch, one line per problem.
 */
export async function main(args: readonly string[]): Promise<number> {
  const parser = yargs([...args])
    .scriptName('zorgplicht')
    .locale('nl')
    .usage(
      'Gebruik: $0 <opdracht> [opties]\n\nZorgplicht-monitor voor de Wlz: normen, extracten, indicatoren en seinen.',
    )
    .option('normen', {
      type: 'string',
      global: true,
      describe: 'Normenbestand (JSON) in plaats van ZORGPLICHT_NORMEN of de standaardnormen',
      requiresArg: true,
    })
    .middleware(async (argv) => {
      // --normen is accepted by every command; an invalid file is refused before anything runs.
      if (typeof argv.normen === 'string') await normenVoor(argv.normen);
    })
    .command(ingestCommand)
    .command(demoCommand)
    .command(indicatorenCommand)
    .command(jaaroverzichtCommand)
    .command(signaallijstCommand)
    .command(seinenCommand)
    .command(extractenCommand)
    .command(aanpassenCommand)
    .command(oordeelCommand)
    .command(aanpassingenCommand)
    .command(normenCommand)
    .command(startCommand)
    .demandCommand(1, 'Geef een opdracht; zie zorgplicht --help.')
    .strict()
    .recommendCommands()
    .help('help')
    .alias('help', 'h')
    .version(false)
    .wrap(Math.min(110, process.stdout.columns || 100))
    .epilogue(
      'Gegevens staan in ZORGPLICHT_DATA_DIR (standaard .zorgplicht/ in de huidige map).\nUitleg per opdracht: zorgplicht <opdracht> --help',
    )
    .exitProcess(false)
    .fail((message, error) => {
      if (error) throw error;
      const unknownCommand = message.startsWith('Bedoelde u') && args[0] && !args[0].startsWith('-');
      throw new GebruiksFout(unknownCommand ? `Onbekende opdracht "${args[0]}". ${message}` : message);
    });

  try {
    await parser.parseAsync();
    return EXIT_OK;
  } catch (error) {
    return reportError(error);
  }
}

function reportError(error: unknown): number {
  if (error instanceof GebruiksFout) {
    writeErrorLines([error.message, 'Zie zorgplicht --help of zorgplicht <opdracht> --help.']);
    return EXIT_GEBRUIK;
  }
  if (error instanceof AfgewezenInvoer) {
    writeErrorLines(error.regels);
    return EXIT_AFGEWEZEN;
  }
  if (error instanceof NormenFout) {
    writeErrorLines([`Normenbestand ${error.bestand} is afgewezen:`, ...error.fouten.map((f) => `  ${f}`)]);
    return EXIT_AFGEWEZEN;
  }
  const message = error instanceof Error ? error.message : String(error);
  writeErrorLines([`Onverwachte fout: ${message}`]);
  if (process.env.ZORGPLICHT_DEBUG && error instanceof Error && error.stack) writeErrorLines([error.stack]);
  return EXIT_AFGEWEZEN;
}

function writeErrorLines(lines: readonly string[]): void {
  for (const line of lines) process.stderr.write(`${line}\n`);
}
