import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { Leveringsvorm } from '../reference/leveringsvorm.ts';
import type { Sector } from '../reference/sector.ts';
import type { GenormeerdeWachtstatus } from '../reference/wachtstatus.ts';

/** The norms in force: reference data from the norms file (contracts §2). */
export interface Normen {
  /** Fraction of a norm at which a client or item is signalled (0.75 = the 75%-lijst). */
  readonly signaalFractie: number;
  readonly streefnormen: readonly StreefnormRegel[];
  readonly pgbBesluitDagen: readonly PgbNormRegel[];
  readonly mazDagen: readonly MazNormRegel[];
  readonly seinDrempels: SeinDrempels;
  /** Free text kept with the file (e.g. where the values come from). */
  readonly toelichting?: string | undefined;
}

export const ALLE = '*';

export interface StreefnormRegel {
  readonly geldigVanaf: CalendarDate;
  readonly wachtstatus: GenormeerdeWachtstatus;
  readonly sector: Sector | typeof ALLE;
  /** Two-digit COD168 code or `*`. */
  readonly classificatie: string;
  readonly dagen: number;
}

export interface PgbNormRegel {
  readonly geldigVanaf: CalendarDate;
  readonly dagen: number;
}

export interface MazNormRegel {
  readonly geldigVanaf: CalendarDate;
  readonly leveringsvorm: Leveringsvorm | typeof ALLE;
  readonly dagen: number;
}

export const SEIN_INDICATOREN = ['tijdige_zorg', 'tijdige_pgb_toekenning', 'tijdige_eigen_bijdrage'] as const;
export type SeinIndicator = (typeof SEIN_INDICATOREN)[number];

export type SeinDrempels = Readonly<Record<SeinIndicator, number>>;
