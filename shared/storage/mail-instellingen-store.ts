/** The mail domains alert mails may go to (contracts §7), as beheer set them. */
export interface ToegestaneDomeinen {
  readonly domeinen: readonly string[];
  /** Who set them and when (ISO); absent while never set. */
  readonly door?: string;
  readonly op?: string;
}

/** Settings of the alert mail that beheer manages (the API issue adds the screen). */
export interface MailInstellingenStore {
  /** The allowed domains; an empty list while beheer has set none. */
  getToegestaneDomeinen(): Promise<ToegestaneDomeinen>;
  setToegestaneDomeinen(instelling: Required<ToegestaneDomeinen>): Promise<void>;
}
