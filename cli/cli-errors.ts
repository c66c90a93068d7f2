/** Exit codes of contracts §4. */
export const EXIT_OK = 0;
export const EXIT_AFGEWEZEN = 1;
export const EXIT_GEBRUIK = 2;

/** Wrong use of the command line (exit 2). */
export class GebruiksFout extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GebruiksFout';
  }
}

/** Input that was refused (exit 1); one Dutch line per problem. */
export class AfgewezenInvoer extends Error {
  constructor(readonly regels: readonly string[]) {
    super(regels.join('\n'));
    this.name = 'AfgewezenInvoer';
  }
}
