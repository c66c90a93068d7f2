import { inspect } from 'node:util';
import yargs from 'yargs';
import { AppError, type AppErrorCode } from '../shared/app/app-error.ts';
import { toAppError } from '../shared/app/environment-error.ts';
import { createLogger } from '../shared/logging/logger.ts';
import { NormenFout } from '../shared/norms/parse-normen.ts';
import { setNormenOptie } from './normen-optie.ts';
import { omgevingsContext } from './open-store.ts';
import { EXIT_AFGEWEZEN, EXIT_GEBRUIK, EXIT_OK, EXIT_OMGEVING, GebruiksFout } from './cli-errors.ts';
import { aanpassenCommand } from './commands/aanpassen-command.ts';
import { abonneerCommand } from './commands/abonneer-command.ts';
import { abonnementenCommand } from './commands/abonnementen-command.ts';
import { alertsCommand } from './commands/alerts-command.ts';
import { aanpassingenCommand } from './commands/aanpassingen-command.ts';
import { demoCommand } from './commands/demo-command.ts';
import { extractenCommand } from './commands/extracten-command.ts';
import { indicatorenCommand } from './commands/indicatoren-command.ts';
import { jaaroverzichtCommand } from './commands/jaaroverzicht-command.ts';
import { ingestCommand } from './commands/ingest-command.ts';
import { normenCommand } from './commands/normen-command.ts';
import { oordeelCommand } from './commands/oordeel-command.ts';
import { opzeggenCommand } from './commands/opzeggen-command.ts';
import { regiosCommand } from './commands/regios-command.ts';
import { seinenCommand } from './commands/seinen-command.ts';
import { signaallijstCommand } from './commands/signaallijst-command.ts';
import { startCommand } from './commands/start-command.ts';

/**
 * Runs one `zorgplicht` command and returns its exit code (contracts §4): 0 on success,
 * 1 on rejected input, 2 on usage errors, 3 on a fault of the environment (store unreachable,
 * disk full, no permission, the data dir not a folder). Errors go to stderr in Dutch, one line
 * per problem, never a raw Node.js or AWS SDK message or a stack trace.
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
      await setNormenOptie(typeof argv.normen === 'string' ? argv.normen : undefined);
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
    .command(regiosCommand)
    .command(abonneerCommand)
    .command(abonnementenCommand)
    .command(opzeggenCommand)
    .command(alertsCommand)
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

/**
 * How each failure ends the run: a usage error → exit 2; an AppError → the exit code of its
 * code; a fault of the machine the command did not translate itself → exit 3; anything else is
 * a defect → exit 1. The user reads Dutch lines only; the technical detail goes to the
 * structured log, and to stderr as well with ZORGPLICHT_DEBUG=1.
 */
const EXIT_CODE: Readonly<Record<AppErrorCode, number>> = {
  ONGELDIGE_INVOER: EXIT_AFGEWEZEN,
  NIET_GEVONDEN: EXIT_AFGEWEZEN,
  NIET_TOEGESTAAN: EXIT_AFGEWEZEN,
  CONFLICT: EXIT_AFGEWEZEN,
  TE_GROOT: EXIT_AFGEWEZEN,
  OMGEVINGSFOUT: EXIT_OMGEVING,
};

function reportError(error: unknown): number {
  if (error instanceof GebruiksFout) {
    writeErrorLines([error.message, 'Zie zorgplicht --help of zorgplicht <opdracht> --help.']);
    return EXIT_GEBRUIK;
  }
  const fout = error instanceof NormenFout ? normenAfgewezen(error) : toAppError(error, omgevingsContext());
  if (fout === undefined) {
    logTechnicalDetail(error, 'ONVERWACHT');
    writeErrorLines([
      'Er ging iets onverwacht mis; de opdracht is niet afgemaakt. Meld dit bij de beheerder van zorgplicht, met de technische details.',
      ...technicalDetailLines(error),
    ]);
    return EXIT_AFGEWEZEN;
  }
  if (fout.code === 'OMGEVINGSFOUT') {
    logTechnicalDetail(error, fout.code);
    writeErrorLines([fout.message, ...fout.regels, ...technicalDetailLines(error)]);
  } else {
    writeErrorLines([fout.message, ...fout.regels]);
  }
  return EXIT_CODE[fout.code];
}

function normenAfgewezen(error: NormenFout): AppError {
  return new AppError('ONGELDIGE_INVOER', `Normenbestand ${error.bestand} is afgewezen:`, {
    regels: error.fouten.map((f) => `  ${f}`),
    cause: error,
  });
}

function logTechnicalDetail(error: unknown, code: AppErrorCode | 'ONVERWACHT'): void {
  createLogger('zorgplicht-cli').error('Opdracht mislukt', { code, error });
}

function debugging(): boolean {
  const value = process.env.ZORGPLICHT_DEBUG?.trim();
  return value !== undefined && value !== '' && value !== '0';
}

/** With ZORGPLICHT_DEBUG=1 the error with its causes; otherwise how to get it. */
function technicalDetailLines(error: unknown): string[] {
  if (!debugging()) return ['Technische details: zet ZORGPLICHT_DEBUG=1 en voer de opdracht opnieuw uit.'];
  return ['Technische details (ZORGPLICHT_DEBUG):', inspect(error, { depth: 4, breakLength: 100 })];
}

function writeErrorLines(lines: readonly string[]): void {
  for (const line of lines) process.stderr.write(`${line}\n`);
}
