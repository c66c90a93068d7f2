import { type CalendarDate, type CalendarMonth, monthOf } from '../calendar/calendar-date.ts';
import type { MaandCijfer } from './indicatoren-json.ts';
import { type Aandeel, percentageEenDecimaal } from './percentage.ts';
import type { BeoordeeldItem } from './tijdigheid.ts';

export interface MaandTelling extends Aandeel {
  readonly maand: CalendarMonth;
  readonly tijdig: number;
  readonly teLaat: number;
}

/**
 * Monthly figures by deadline month (contracts §3.2): for each month, the items whose deadline
 * falls in it and is on or before P. An open item whose deadline is P itself is neither tijdig
 * nor teLaat and is left out. Without a peildatum (no data) every month is zero.
 */
export function telPerDeadlineMaand(
  items: readonly BeoordeeldItem<unknown>[],
  maanden: readonly CalendarMonth[],
  peildatum: CalendarDate | null,
): MaandTelling[] {
  const tellingen = new Map(maanden.map((maand) => [maand, { tijdig: 0, teLaat: 0 }]));
  for (const item of items) {
    if (peildatum === null || item.deadline > peildatum || item.status === 'open') continue;
    const telling = tellingen.get(monthOf(item.deadline));
    if (!telling) continue;
    if (item.status === 'tijdig') telling.tijdig++;
    else telling.teLaat++;
  }
  return maanden.map((maand) => {
    const { tijdig, teLaat } = tellingen.get(maand) ?? { tijdig: 0, teLaat: 0 };
    return { maand, tijdig, teLaat, teller: tijdig, noemer: tijdig + teLaat };
  });
}

export function maandCijfer(telling: MaandTelling): MaandCijfer {
  return {
    maand: telling.maand,
    tijdig: telling.tijdig,
    teLaat: telling.teLaat,
    percentageTijdig: percentageEenDecimaal(telling),
  };
}
