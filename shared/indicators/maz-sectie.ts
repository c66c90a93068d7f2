import { type CalendarMonth, monthsEndingWith } from '../calendar/calendar-date.ts';
import type { MazMelding } from '../extracts/extract-rows.ts';
import type { Normen } from '../norms/normen.ts';
import { selectMazNorm } from '../norms/select-norm.ts';
import { LEVERINGSVORMEN, type Leveringsvorm } from '../reference/leveringsvorm.ts';
import type { Stand } from './stand.ts';
import type { MazReeks, MazSectie } from './indicatoren-json.ts';
import { type MaandTelling, maandCijfer, telPerDeadlineMaand } from './maand-cijfers.ts';
import { MAANDEN_IN_REEKS } from './pgb-sectie.ts';
import { type BeoordeeldItem, beoordeelTijdigheid } from './tijdigheid.ts';

/**
 * The region's MAZ judged at its latest peildatum P against the CAK norm in force on the
 * aanvangsdatum_zorg for their leveringsvorm. `uitval` does not change timeliness; a MAZ
 * without a norm in force counts nowhere.
 */
export function beoordeelMaz(stand: Stand<MazMelding>, normen: Normen): BeoordeeldItem<MazMelding>[] {
  const peildatum = stand.peildatum;
  if (!peildatum) return [];
  const items: BeoordeeldItem<MazMelding>[] = [];
  for (const melding of stand.regels) {
    const norm = selectMazNorm(normen, melding.leveringsvorm, melding.aanvangsdatumZorg);
    if (!norm) continue;
    items.push(
      beoordeelTijdigheid(
        melding,
        melding.aanvangsdatumZorg,
        melding.verwerkingsdatumCak,
        norm.dagen,
        peildatum,
        normen.signaalFractie,
      ),
    );
  }
  return items;
}

export interface MazUitkomst {
  readonly sectie: MazSectie;
  /** The total figure of the requested month, for the sein. */
  readonly maand: MaandTelling;
}

export function berekenMaz(stand: Stand<MazMelding>, maand: CalendarMonth, normen: Normen): MazUitkomst {
  const maanden = monthsEndingWith(maand, MAANDEN_IN_REEKS);
  const items = beoordeelMaz(stand, normen);
  const tel = (subset: readonly BeoordeeldItem<MazMelding>[]) =>
    telPerDeadlineMaand(subset, maanden, stand.peildatum);
  const reeks = (tellingen: readonly MaandTelling[]): MazReeks => ({ maanden: tellingen.map(maandCijfer) });

  const aanwezig = new Set(stand.regels.map((m) => m.leveringsvorm));
  const perLeveringsvorm: Partial<Record<Leveringsvorm, MazReeks>> = {};
  for (const vorm of LEVERINGSVORMEN) {
    if (aanwezig.has(vorm))
      perLeveringsvorm[vorm] = reeks(tel(items.filter((i) => i.regel.leveringsvorm === vorm)));
  }
  const totaal = tel(items);
  return {
    sectie: { peildatum: stand.peildatum, perLeveringsvorm, totaal: reeks(totaal) },
    maand: totaal[totaal.length - 1] as MaandTelling,
  };
}
