import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../../shared/calendar/calendar-date.ts';
import type { SignaalRegel } from '../../../shared/indicators/signaal-regel.ts';
import { signaallijstCsv } from '../../../shared/indicators/signaallijst-csv.ts';

const REGEL: SignaalRegel = {
  soort: 'pgb',
  client_id: '=C-1',
  categorie: 'overschreden',
  dagen: 50,
  normDagen: 42,
  peildatum: calendarDate('2023-08-31'),
  startdatum: calendarDate('2023-07-12'),
  deadline: calendarDate('2023-08-23'),
  aanvraag_id: 'A-1',
};

describe('the 75%-lijst as CSV for Dutch Excel', () => {
  it('dates as DD-MM-JJJJ, ; as delimiter, BOM and CRLF, formulas neutralised', () => {
    const text = signaallijstCsv([REGEL]);
    expect(text.startsWith('\ufeff')).toBe(true);
    const [kop, regel, ...rest] = text.slice(1).split('\r\n');
    expect(kop?.split(';').slice(-3)).toEqual(['Startdatum', 'Deadline', 'Peildatum']);
    expect(regel).toBe("pgb;'=C-1;overschreden;50;42;;;;;A-1;;;;12-07-2023;23-08-2023;31-08-2023");
    expect(rest).toEqual(['']);
  });
});
