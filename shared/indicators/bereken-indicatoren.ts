import type { CalendarMonth } from '../calendar/calendar-date.ts';
import type { MazMelding, PgbAanvraag } from '../extracts/extract-rows.ts';
import type { Normen } from '../norms/normen.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';
import type { Stand } from './stand.ts';
import type { IndicatorenJson } from './indicatoren-json.ts';
import { berekenMaz } from './maz-sectie.ts';
import { berekenPgb } from './pgb-sectie.ts';
import { bepaalSein } from './sein.ts';
import { berekenWachtlijst, type Snapshot } from './wachtlijst-sectie.ts';

export interface IndicatorInvoer {
  readonly regio: RegioCode;
  readonly maand: CalendarMonth;
  /** The latest snapshot of the region with its peildatum in the month, or null. */
  readonly wachtlijst: Snapshot | null;
  /** The region's current pgb state (peildatum = its latest pgb peildatum). */
  readonly pgb: Stand<PgbAanvraag>;
  readonly maz: Stand<MazMelding>;
}

/**
 * The indicators and computed seinen of one region for one month (contracts §3, §5): pure,
 * no storage, the same answer for the same data and norms.
 */
export function berekenIndicatoren(invoer: IndicatorInvoer, normen: Normen): IndicatorenJson {
  const wachtlijst = berekenWachtlijst(invoer.wachtlijst, normen);
  const pgb = berekenPgb(invoer.pgb, invoer.maand, normen);
  const maz = berekenMaz(invoer.maz, invoer.maand, normen);
  const drempels = normen.seinDrempels;
  return {
    regio: invoer.regio,
    maand: invoer.maand,
    wachtlijst: wachtlijst.sectie,
    pgb: pgb.sectie,
    maz: maz.sectie,
    seinen: {
      tijdige_zorg: bepaalSein(wachtlijst.binnenStreefnorm, drempels.tijdige_zorg),
      tijdige_pgb_toekenning: bepaalSein(pgb.maand, drempels.tijdige_pgb_toekenning),
      tijdige_eigen_bijdrage: bepaalSein(maz.maand, drempels.tijdige_eigen_bijdrage),
    },
  };
}
