import { AppError } from '../shared/app/app-error.ts';

/** Exit codes of contracts §4. */
export const EXIT_OK = 0;
export const EXIT_AFGEWEZEN = 1;
export const EXIT_GEBRUIK = 2;
export const EXIT_OMGEVING = 3;

/** Wrong use of the command line (exit 2). */
export class GebruiksFout extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GebruiksFout';
  }
}

/**
 * Input that was refused (exit 1), one Dutch line per problem: an `AppError` with code
 * ONGELDIGE_INVOER whose message is the first line and whose `regels` are the others.
 */
export class AfgewezenInvoer extends AppError {
  constructor(regels: readonly string[]) {
    super('ONGELDIGE_INVOER', regels[0] ?? 'De invoer is afgewezen.', { regels: regels.slice(1) });
    this.name = 'AfgewezenInvoer';
  }
}
