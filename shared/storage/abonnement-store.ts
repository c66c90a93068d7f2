import type { EmailAdres } from '../alerts/email-adres.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';

/** A subscription of one address to one region's biweekly alert mail (contracts §7). */
export interface Abonnement {
  readonly regio: RegioCode;
  readonly adres: EmailAdres;
  /** ISO timestamp of the subscription. */
  readonly sinds: string;
  /** Who added it: the operator's login name on the command line, the user of the API. */
  readonly door: string;
  readonly kanaal: 'cli' | 'api';
  /**
   * The operator added this address on the command line although its domain is not among the
   * allowed mail domains: the operator's explicit exception, which the run honours.
   */
  readonly buitenToegestaneDomeinen: boolean;
}

/** The subscriptions, per region. */
export interface AbonnementStore {
  /** False when the address already subscribes to the region. */
  addAbonnement(abonnement: Abonnement): Promise<boolean>;
  /** False when there was no such subscription. */
  removeAbonnement(regio: RegioCode, adres: EmailAdres): Promise<boolean>;
  /** Ordered by region, then address; with `regio`, only that region's. */
  listAbonnementen(regio?: RegioCode): Promise<Abonnement[]>;
}
