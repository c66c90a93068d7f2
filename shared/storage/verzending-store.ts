import type { SeinenSamenvatting } from '../alerts/seinen-samenvatting.ts';
import type { EmailAdres } from '../alerts/email-adres.ts';
import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';

/**
 * The state of one alert mail: one subscriber (region, address) in one cycle.
 * - `bezig`: claimed by a run that is sending it now (with a lease);
 * - `verzonden`: the mail server or SES accepted it;
 * - `mislukt`: not accepted (server down, 4xx, or a permanent refusal that blocked the
 *   address); a later run tries again unless the address is blocked;
 * - `onbekend`: a run claimed it and stopped (or lost the connection) before it could tell
 *   whether the mail went out. Never resent automatically: a person decides (`opnieuw`);
 * - `opnieuw`: released by a person to be sent again in this cycle.
 */
export const VERZEND_STATUSSEN = ['bezig', 'verzonden', 'mislukt', 'onbekend', 'opnieuw'] as const;
export type VerzendStatus = (typeof VERZEND_STATUSSEN)[number];

/** The run that holds a `bezig` marker. */
export interface VerzendEigenaar {
  readonly host: string;
  readonly pid: number;
  /** ISO timestamp after which the claim counts as abandoned. */
  readonly totUiterlijk: string;
}

export interface Verzending {
  readonly cyclus: CalendarDate;
  readonly regio: RegioCode;
  readonly adres: EmailAdres;
  readonly status: VerzendStatus;
  /** Id of the attempt that last wrote the marker; every transition is conditional on it. */
  readonly poging: string;
  /** Attempts so far in this cycle. */
  readonly pogingen: number;
  readonly eigenaar?: VerzendEigenaar | undefined;
  readonly messageId: string;
  /** What the mail says about the seinen (for the next mail's changes); null without data. */
  readonly samenvatting: SeinenSamenvatting | null;
  /** `lijstHash` of every listed item, most urgent first (never the ids themselves). */
  readonly lijstHashes: readonly string[];
  /** Client-level rows in the mail, as the access log records them. */
  readonly rijen: number;
  /** ISO timestamp of the last change. */
  readonly bijgewerktOp: string;
  readonly verzondenOp?: string | undefined;
  /** Why the last attempt failed or is unknown, in Dutch, without the address. */
  readonly reden?: string | undefined;
  /** Who released it for a resend (`opnieuw`). */
  readonly vrijgegevenDoor?: string | undefined;
}

/** The condition a marker write depends on: what the writer read. */
export type VerzendVerwachting =
  /** There is no marker yet. */
  | { readonly soort: 'nieuw' }
  /** The marker is still as read: this attempt id and status. */
  | { readonly soort: 'ongewijzigd'; readonly poging: string; readonly status: VerzendStatus }
  /** The marker was last written by this attempt (whatever its status now). */
  | { readonly soort: 'eigen'; readonly poging: string };

/** An address that must get no more mail until beheer lifts the block. */
export interface Blokkade {
  readonly adres: EmailAdres;
  /** ISO timestamp. */
  readonly sinds: string;
  /** Refused for good while sending (SMTP 5xx, SES MessageRejected), or an SES bounce or complaint later. */
  readonly bron: 'verzending' | 'ses-bounce' | 'ses-klacht';
  /** In Dutch, e.g. the SMTP answer or the bounce type; never client data. */
  readonly reden: string;
}

/** The sent markers of the exactly-once protocol and the blocked addresses. */
export interface VerzendingStore {
  getVerzending(cyclus: CalendarDate, regio: RegioCode, adres: EmailAdres): Promise<Verzending | undefined>;
  /** Every marker of a cycle (for a run and for `alerts --status`). */
  listVerzendingen(cyclus: CalendarDate): Promise<Verzending[]>;
  /**
   * Writes the marker when the condition holds (one conditional write); false when another run
   * changed it first.
   */
  putVerzending(verzending: Verzending, verwachting: VerzendVerwachting): Promise<boolean>;
  /** The newest `verzonden` marker of the subscriber before the given cycle. */
  vorigeVerzending(regio: RegioCode, adres: EmailAdres, voor: CalendarDate): Promise<Verzending | undefined>;
  /** Blocks an address (again: the latest reason is kept). */
  putBlokkade(blokkade: Blokkade): Promise<void>;
  /** False when the address was not blocked. */
  removeBlokkade(adres: EmailAdres): Promise<boolean>;
  listBlokkades(): Promise<Blokkade[]>;
}
