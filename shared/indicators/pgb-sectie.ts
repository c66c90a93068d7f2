import { type CalendarMonth, monthsEndingWith } from '../calendar/calendar-date.ts';
import type { PgbAanvraag } from '../extracts/extract-rows.ts';
import type { Normen } from '../norms/normen.ts';
import { selectPgbNorm } from '../norms/select-norm.ts';
import type { Stand } from './stand.ts';
import type { PgbSectie } from './indicatoren-json.ts';
import { type MaandTelling, maandCijfer, telPerDeadlineMaand } from './maand-cijfers.ts';
import { type BeoordeeldItem, beoordeelTijdigheid } from './tijdigheid.ts';

export const MAANDEN_IN_REEKS = 12;

/**
 * The region's pgb applications judged at its latest peildatum P against the 42-day norm in
 * force on the ontvangstdatum. Withdrawn applications (`ingetrokken`) and applications without
 * a norm in force count nowhere.
 */
export function beoordeelPgb(stand: Stand<PgbAanvraag>, normen: Normen): BeoordeeldItem<PgbAanvraag>[] {
  const peildatum = stand.peildatum;
  if (!peildatum) return [];
  const items: BeoordeeldItem<PgbAanvraag>[] = [];
  for (const aanvraag of stand.regels) {
    if (aanvraag.besluit === 'ingetrokken') continue;
    const norm = selectPgbNorm(normen, aanvraag.ontvangstdatum);
    if (!norm) continue;
    items.push(
      beoordeelTijdigheid(
        aanvraag,
        aanvraag.ontvangstdatum,
        aanvraag.besluitdatum,
        norm.dagen,
        peildatum,
        normen.signaalFractie,
      ),
    );
  }
  return items;
}

export interface PgbUitkomst {
  readonly sectie: PgbSectie;
  /** The figure of the requested month, for the sein. */
  readonly maand: MaandTelling;
}

export function berekenPgb(stand: Stand<PgbAanvraag>, maand: CalendarMonth, normen: Normen): PgbUitkomst {
  const maanden = monthsEndingWith(maand, MAANDEN_IN_REEKS);
  const items = beoordeelPgb(stand, normen);
  const tellingen = telPerDeadlineMaand(items, maanden, stand.peildatum);
  const open = items.filter((i) => i.status === 'open');
  return {
    sectie: {
      peildatum: stand.peildatum,
      maanden: tellingen.map(maandCijfer),
      open: open.length,
      openSignaal75: open.filter((i) => i.signaal === 'dreigend').length,
      openTeLaat: items.filter((i) => i.signaal === 'overschreden').length,
    },
    maand: tellingen[tellingen.length - 1] as MaandTelling,
  };
}
