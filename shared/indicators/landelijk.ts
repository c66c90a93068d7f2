import type { SeinDrempels, SeinIndicator } from '../norms/normen.ts';
import { SECTOREN } from '../reference/sector.ts';
import type { IndicatorenJson, Seinen } from './indicatoren-json.ts';
import type { Aandeel } from './percentage.ts';
import { bepaalSein } from './sein.ts';

/** The pooled counts behind a national sein: what is within the norm, of how many. */
export interface PoolTelling {
  readonly binnen: number;
  readonly totaal: number;
}

/** The seinen of all regions together (contracts §3.3): pooled counts, never an average of percentages. */
export interface LandelijkeSeinen {
  readonly seinen: Seinen;
  readonly tellingen: Readonly<Record<SeinIndicator, PoolTelling>>;
  /** How many regions contributed. */
  readonly regios: number;
}

function tijdigeZorgTelling(json: IndicatorenJson): Aandeel | null {
  if (!json.wachtlijst.peildatum) return null;
  let totaal = 0;
  let buiten = 0;
  for (const sector of SECTOREN) {
    for (const status of ['urgent_plaatsen', 'actief_plaatsen'] as const) {
      totaal += json.wachtlijst.perSector[sector][status].aantal;
      buiten += json.wachtlijst.perSector[sector][status].buitenStreefnorm;
    }
  }
  return { teller: totaal - buiten, noemer: totaal };
}

function maandTelling(maanden: IndicatorenJson['pgb']['maanden']): Aandeel {
  const laatste = maanden.at(-1);
  return laatste
    ? { teller: laatste.tijdig, noemer: laatste.tijdig + laatste.teLaat }
    : { teller: 0, noemer: 0 };
}

/**
 * Σ binnen / Σ urgent+actief over the regions' snapshots of the month (100 when there are
 * snapshots but nobody urgent or actief, as for one region), and Σ tijdig / Σ (tijdig + teLaat)
 * of the month for pgb and MAZ.
 */
export function poolSeinen(regios: readonly IndicatorenJson[], drempels: SeinDrempels): LandelijkeSeinen {
  const som = {
    tijdige_zorg: { teller: 0, noemer: 0 },
    tijdige_pgb_toekenning: { teller: 0, noemer: 0 },
    tijdige_eigen_bijdrage: { teller: 0, noemer: 0 },
  };
  let momentopnamen = 0;
  for (const json of regios) {
    const zorg = tijdigeZorgTelling(json);
    if (zorg) {
      momentopnamen++;
      som.tijdige_zorg.teller += zorg.teller;
      som.tijdige_zorg.noemer += zorg.noemer;
    }
    const pgb = maandTelling(json.pgb.maanden);
    som.tijdige_pgb_toekenning.teller += pgb.teller;
    som.tijdige_pgb_toekenning.noemer += pgb.noemer;
    const maz = maandTelling(json.maz.totaal.maanden);
    som.tijdige_eigen_bijdrage.teller += maz.teller;
    som.tijdige_eigen_bijdrage.noemer += maz.noemer;
  }
  const zorgAandeel =
    momentopnamen === 0 ? null : som.tijdige_zorg.noemer === 0 ? { teller: 1, noemer: 1 } : som.tijdige_zorg;
  const seinen: Seinen = {
    tijdige_zorg: bepaalSein(zorgAandeel, drempels.tijdige_zorg),
    tijdige_pgb_toekenning: bepaalSein(som.tijdige_pgb_toekenning, drempels.tijdige_pgb_toekenning),
    tijdige_eigen_bijdrage: bepaalSein(som.tijdige_eigen_bijdrage, drempels.tijdige_eigen_bijdrage),
  };
  const telling = (a: Aandeel): PoolTelling => ({ binnen: a.teller, totaal: a.noemer });
  const tellingen = {
    tijdige_zorg: telling(som.tijdige_zorg),
    tijdige_pgb_toekenning: telling(som.tijdige_pgb_toekenning),
    tijdige_eigen_bijdrage: telling(som.tijdige_eigen_bijdrage),
  };
  return { seinen, tellingen, regios: regios.length };
}
