import { type CalendarDate, monthOf } from '../calendar/calendar-date.ts';
import type { Normen } from '../norms/normen.ts';
import { LEVERINGSVORMEN, type Leveringsvorm } from '../reference/leveringsvorm.ts';
import { SECTOREN } from '../reference/sector.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';
import { oordelenInForce } from '../seinen/oordelen-in-force.ts';
import type { SeinOordeel } from '../seinen/sein-aanpassing.ts';
import type { IndicatorInvoer } from '../indicators/bereken-indicatoren.ts';
import { kiesMomentopnamenVanJaar, maandenVanJaar } from './jaar-momentopnamen.ts';
import type { Jaarcijfer, JaarcijfersJson, NormenGrondslag, TijdigeZorgJaar } from './jaarcijfers-json.ts';
import { telPerDeadlineMaand } from '../indicators/maand-cijfers.ts';
import { beoordeelMaz } from '../indicators/maz-sectie.ts';
import { type Aandeel, percentageTweeDecimalen } from '../indicators/percentage.ts';
import { beoordeelPgb } from '../indicators/pgb-sectie.ts';
import { bepaalSein } from '../indicators/sein.ts';
import type { BeoordeeldItem } from '../indicators/tijdigheid.ts';
import { berekenWachtlijst, type Snapshot } from '../indicators/wachtlijst-sectie.ts';

export interface JaarInvoer {
  readonly regio: RegioCode;
  readonly jaar: number;
  /**
   * The region's wachtlijst snapshots the year rests on: per month of the year the latest one
   * (`kiesMomentopnamenVanJaar`). Others given are ignored.
   */
  readonly momentopnamen: readonly Snapshot[];
  /** The region's newest wachtlijst peildatum of any year, for the basis; null without any. */
  readonly nieuwsteWachtlijstPeildatum: CalendarDate | null;
  /** The region's current pgb state: its newest peildatum is the stand P (contracts §3.2). */
  readonly pgb: IndicatorInvoer['pgb'];
  readonly maz: IndicatorInvoer['maz'];
  /** The region's judged seinen with their history; those of other years are ignored. */
  readonly oordelen: readonly SeinOordeel[];
}

/**
 * The year figures of region R for year J (contracts §3.4): pure, no storage.
 * - pgb and MAZ: the sum of the twelve monthly figures of J (items whose deadline falls in J and
 *   is on or before P, judged at P as every month is);
 * - tijdige zorg: client-months of urgent and actief plaatsen within the streefnorm over the
 *   monthly snapshots of J;
 * - the three computed seinen with the norms' drempels, values with two decimals and the colour
 *   from the unrounded value; the judged seinen of (R, J) in force beside them.
 */
export function berekenJaarcijfers(
  invoer: JaarInvoer,
  normen: Normen,
  normenGrondslag: NormenGrondslag,
): JaarcijfersJson {
  const { regio, jaar } = invoer;
  const momentopnamen = kiesMomentopnamenVanJaar(invoer.momentopnamen, jaar);
  const tijdigeZorg = tijdigeZorgOver(momentopnamen, normen);
  const pgb = jaarTelling(beoordeelPgb(invoer.pgb, normen), jaar, invoer.pgb.peildatum);

  const mazItems = beoordeelMaz(invoer.maz, normen);
  const perLeveringsvorm: Partial<Record<Leveringsvorm, Jaarcijfer>> = {};
  for (const vorm of LEVERINGSVORMEN) {
    const telling = jaarTelling(
      mazItems.filter((i) => i.regel.leveringsvorm === vorm),
      jaar,
      invoer.maz.peildatum,
    );
    if (telling.noemer > 0) perLeveringsvorm[vorm] = jaarcijfer(telling);
  }
  const mazTotaal = jaarTelling(mazItems, jaar, invoer.maz.peildatum);

  const drempels = normen.seinDrempels;
  return {
    regio,
    jaar,
    pgb: jaarcijfer(pgb),
    maz: { perLeveringsvorm, totaal: jaarcijfer(mazTotaal) },
    tijdigeZorg: tijdigeZorg.json,
    seinen: {
      tijdige_zorg: bepaalSein(tijdigeZorg.aandeel, drempels.tijdige_zorg, percentageTweeDecimalen),
      tijdige_pgb_toekenning: bepaalSein(pgb, drempels.tijdige_pgb_toekenning, percentageTweeDecimalen),
      tijdige_eigen_bijdrage: bepaalSein(mazTotaal, drempels.tijdige_eigen_bijdrage, percentageTweeDecimalen),
    },
    oordelen: oordelenInForce(invoer.oordelen, regio, jaar),
    basis: {
      normen: normenGrondslag,
      peildata: {
        wachtlijst: invoer.nieuwsteWachtlijstPeildatum,
        pgb: invoer.pgb.peildatum,
        maz: invoer.maz.peildatum,
      },
      momentopnamen: momentopnamen.map((s) => ({ maand: monthOf(s.peildatum), peildatum: s.peildatum })),
    },
  };
}

interface JaarTelling extends Aandeel {
  readonly tijdig: number;
  readonly teLaat: number;
}

/** The twelve monthly figures of the year (contracts §3.2), summed. */
function jaarTelling(
  items: readonly BeoordeeldItem<unknown>[],
  jaar: number,
  peildatum: CalendarDate | null,
): JaarTelling {
  let tijdig = 0;
  let teLaat = 0;
  for (const maand of telPerDeadlineMaand(items, maandenVanJaar(jaar), peildatum)) {
    tijdig += maand.tijdig;
    teLaat += maand.teLaat;
  }
  return { tijdig, teLaat, teller: tijdig, noemer: tijdig + teLaat };
}

function jaarcijfer(telling: JaarTelling): Jaarcijfer {
  return {
    tijdig: telling.tijdig,
    teLaat: telling.teLaat,
    percentageTijdig: percentageTweeDecimalen(telling),
  };
}

/**
 * Urgent and actief plaatsen clients counted once per snapshot (client-months); binnen = not
 * buiten streefnorm, as in the monthly sein. With snapshots but nobody urgent or actief the share
 * is 100%, as for a single month; without any snapshot it is unknown.
 */
function tijdigeZorgOver(
  momentopnamen: readonly Snapshot[],
  normen: Normen,
): { json: TijdigeZorgJaar; aandeel: Aandeel | null } {
  let totaal = 0;
  let buiten = 0;
  for (const snapshot of momentopnamen) {
    const { perSector } = berekenWachtlijst(snapshot, normen).sectie;
    for (const sector of SECTOREN) {
      for (const telling of [perSector[sector].urgent_plaatsen, perSector[sector].actief_plaatsen]) {
        totaal += telling.aantal;
        buiten += telling.buitenStreefnorm;
      }
    }
  }
  const binnen = totaal - buiten;
  const aandeel =
    momentopnamen.length === 0
      ? null
      : totaal === 0
        ? { teller: 1, noemer: 1 }
        : { teller: binnen, noemer: totaal };
  return {
    json: { binnen, totaal, percentage: aandeel ? percentageTweeDecimalen(aandeel) : null },
    aandeel,
  };
}
