/**
 * The embedded local store could not be reached or started. The message is a Dutch sentence
 * for the user that names the daemon's log; the technical cause, if any, is in `cause`.
 */
export class LokaleOpslagFout extends Error {
  constructor(
    message: string,
    /** `<dataDir>/store/daemon.log`, where the daemon wrote why it stopped. */
    readonly logFile: string,
    options: { readonly cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'LokaleOpslagFout';
  }
}
