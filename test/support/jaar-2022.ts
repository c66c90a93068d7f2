/**
 * A constructed year with known answers (contracts §3.4): region 5517 Zuid-Holland Noord in
 * 2022, built so that its year figures reproduce those of the published uitvoeringsverslag 2022
 * of Zorg en Zekerheid (pgb 85,05% and oranje; MAZ verblijf 91,34%, VPT 81,81%, MPT 82,54%,
 * PGB 85,05%), written as real CSV extracts the way an uitvoerder sends them.
 *
 * Beside the items that count, the files hold what must not count: items due in 2021 or 2023
 * (31 December and 1 January), withdrawn applications, an open item whose deadline is the stand
 * itself, a leveringsvorm (dtv) with MAZ only in other years, a second snapshot earlier in July,
 * snapshots of 2021 and 2023, an older pgb extract with the same applications still open, and
 * rows of region 5516 in the same files. The expected answers below are the construction, not a
 * computation.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  addDays,
  type CalendarDate,
  calendarDate,
  calendarMonth,
  lastDayOfMonth,
} from '../../shared/calendar/calendar-date.ts';
import { csv, MAZ_KOP, PGB_KOP, WACHTLIJST_KOP } from './csv-text.ts';

export const REGIO_2022 = '5517';
export const ANDERE_REGIO = '5516';
const d = calendarDate;

/** The stand of pgb and MAZ (and the newest wachtlijst snapshot): 31 January 2023. */
export const STAND = d('2023-01-31');
const VROEGE_PGB_STAND = d('2022-06-30');

/** How many of each, and what they must give. */
export const VERWACHT_2022 = {
  regio: REGIO_2022,
  jaar: 2022,
  pgb: { tijdig: 1701, teLaat: 299, percentageTijdig: 85.05 },
  maz: {
    perLeveringsvorm: {
      verblijf: { tijdig: 4567, teLaat: 433, percentageTijdig: 91.34 },
      vpt: { tijdig: 589, teLaat: 131, percentageTijdig: 81.81 },
      mpt: { tijdig: 52, teLaat: 11, percentageTijdig: 82.54 },
      pgb: { tijdig: 182, teLaat: 32, percentageTijdig: 85.05 },
    },
    // 5390 of 5997 = 89,878…%
    totaal: { tijdig: 5390, teLaat: 607, percentageTijdig: 89.88 },
  },
  // 12 monthly snapshots × 50 urgent/actief clients, 12 of them buiten streefnorm
  tijdigeZorg: { binnen: 588, totaal: 600, percentage: 98 },
  seinen: {
    tijdige_zorg: { waarde: 98, drempel: 95, kleur: 'groen' },
    tijdige_pgb_toekenning: { waarde: 85.05, drempel: 95, kleur: 'oranje' },
    tijdige_eigen_bijdrage: { waarde: 89.88, drempel: 80, kleur: 'groen' },
  },
} as const;

/** Buiten streefnorm per month of 2022 (January first): 12 in all. */
const BUITEN_PER_MAAND = [0, 1, 2, 1, 0, 0, 3, 1, 0, 2, 1, 1] as const;
const GENORMEERD_PER_SNAPSHOT = 50;

interface Pgb {
  readonly regio: string;
  readonly id: string;
  readonly ontvangst: CalendarDate;
  readonly besluitdatum?: CalendarDate;
  readonly besluit?: 'toegekend' | 'afgewezen' | 'ingetrokken';
}

interface Maz {
  readonly regio: string;
  readonly id: string;
  readonly vorm: string;
  readonly aanvang: CalendarDate;
  readonly verwerkt?: CalendarDate;
  readonly uitval?: boolean;
}

/** Deadlines spread over every day of 2022: start + norm = 1 January 2022 + (i mod 365). */
const spreid = (eersteStart: string, i: number): CalendarDate => addDays(d(eersteStart), i % 365);

function pgbAanvragen(): Pgb[] {
  const lijst: Pgb[] = [];
  const aanvraag = (regio: string, ontvangst: CalendarDate, dagen?: number, besluit?: Pgb['besluit']) =>
    lijst.push({
      regio,
      id: `PGB-${regio}-${String(lijst.length + 1).padStart(5, '0')}`,
      ontvangst,
      ...(dagen === undefined
        ? {}
        : { besluitdatum: addDays(ontvangst, dagen), besluit: besluit ?? 'toegekend' }),
    });
  // 1701 decided within 42 days (deadline in 2022); every tenth afgewezen, which counts as a decision.
  for (let i = 0; i < 1701; i++)
    aanvraag(REGIO_2022, spreid('2021-11-20', i), i % 43, i % 10 === 0 ? 'afgewezen' : 'toegekend');
  // 299 te laat: 40 still undecided at the stand (backlog), 259 decided after 43–72 days.
  for (let j = 0; j < 299; j++)
    aanvraag(REGIO_2022, spreid('2021-11-20', j * 7), j < 40 ? undefined : 43 + (j % 30));
  // Not in 2022: due in 2021, due from 1 January 2023, open with the deadline on the stand, withdrawn.
  for (let k = 0; k < 25; k++) aanvraag(REGIO_2022, addDays(d('2021-10-01'), k), 20);
  for (let k = 0; k < 15; k++) aanvraag(REGIO_2022, addDays(d('2022-11-20'), k), 10);
  aanvraag(REGIO_2022, addDays(STAND, -42));
  for (let k = 0; k < 10; k++) aanvraag(REGIO_2022, addDays(d('2022-03-01'), k), 60, 'ingetrokken');
  // Another region in the same file: all late.
  for (let k = 0; k < 50; k++) aanvraag(ANDERE_REGIO, spreid('2021-11-20', k * 5), 60);
  return lijst;
}

function mazMeldingen(): Maz[] {
  const lijst: Maz[] = [];
  const melding = (regio: string, vorm: string, aanvang: CalendarDate, dagen?: number, uitval?: boolean) =>
    lijst.push({
      regio,
      id: `MAZ-${regio}-${String(lijst.length + 1).padStart(5, '0')}`,
      vorm,
      aanvang,
      ...(dagen === undefined ? {} : { verwerkt: addDays(aanvang, dagen) }),
      ...(uitval === undefined ? {} : { uitval }),
    });
  const reeks = (vorm: string, tijdig: number, teLaat: number, norm: number, eersteStart: string) => {
    for (let i = 0; i < tijdig; i++) melding(REGIO_2022, vorm, spreid(eersteStart, i), i % (norm + 1));
    // a few late ones are still unprocessed at the stand; every fifth dropped out at the CAK
    for (let j = 0; j < teLaat; j++)
      melding(
        REGIO_2022,
        vorm,
        spreid(eersteStart, j * 11),
        j % 7 === 0 ? undefined : norm + 1 + (j % 20),
        j % 5 === 0,
      );
  };
  reeks('4', 4567, 433, 30, '2021-12-02'); // verblijf, by its iWlz code
  reeks('vpt', 589, 131, 30, '2021-12-02');
  reeks('mpt', 52, 11, 30, '2021-12-02');
  reeks('pgb', 182, 32, 120, '2021-09-03');
  // dtv has MAZ only in other years: it is left out of 2022.
  for (let k = 0; k < 3; k++) melding(REGIO_2022, 'dtv', addDays(d('2021-10-01'), k), 10);
  for (let k = 0; k < 2; k++) melding(REGIO_2022, 'dtv', d('2022-12-02'), 5);
  // Verblijf due 14-01-2023, unprocessed at the stand: late, but in 2023.
  melding(REGIO_2022, 'verblijf', d('2022-12-15'));
  for (let k = 0; k < 40; k++) melding(ANDERE_REGIO, 'verblijf', spreid('2021-12-02', k * 3), 45);
  return lijst;
}

/** The state of an application as an extract of `peildatum` shows it. */
function pgbRij(peildatum: CalendarDate, a: Pgb): string[] {
  const besloten = a.besluitdatum !== undefined && a.besluitdatum <= peildatum;
  return [
    nl(peildatum),
    a.regio,
    `C-${a.id}`,
    a.id,
    'VV',
    nl(a.ontvangst),
    besloten && a.besluitdatum ? nl(a.besluitdatum) : '',
    besloten ? (a.besluit ?? '') : '',
  ];
}

/** DD-MM-JJJJ, as Dutch Excel writes dates. */
const nl = (date: CalendarDate): string => `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;

type Wachtende = readonly [sector: string, status: string, klasse: string, wachtdagen: number];

/** Within the norm (urgent 14, actief VV 42, actief other 91), two of them exactly on it. */
const BINNEN: readonly Wachtende[] = [
  ['VV', '6', '01', 14],
  ['VV', '7', '09', 30],
  ['GHZ', '7', '10', 91],
  ['GGZ', '7', '11', 10],
  ['VV', '6', '03', 5],
];
const BUITEN: Wachtende = ['VV', '6', '02', 20];
const NIET_GENORMEERD: readonly Wachtende[] = [
  ...Array.from({ length: 20 }, (): Wachtende => ['VV', '2', '13', 400]),
  ...Array.from({ length: 5 }, (): Wachtende => ['GHZ', '3', '14', 200]),
];

function wachtlijstCsv(peildatum: CalendarDate, buiten: number): string {
  const wachtenden: Wachtende[] = [
    ...Array.from({ length: buiten }, () => BUITEN),
    ...Array.from(
      { length: GENORMEERD_PER_SNAPSHOT - buiten },
      (_, i) => BINNEN[i % BINNEN.length] ?? BUITEN,
    ),
    ...NIET_GENORMEERD,
  ];
  const rij = (regio: string, [sector, status, klasse, wachtdagen]: Wachtende, i: number) => [
    peildatum,
    regio,
    `W-${regio}-${i + 1}`,
    sector,
    '',
    status,
    klasse,
    addDays(peildatum, -wachtdagen),
    i % 3 === 0 ? 'N' : 'J',
    '',
    '',
  ];
  return csv([
    [...WACHTLIJST_KOP],
    ...wachtenden.map((w, i) => rij(REGIO_2022, w, i)),
    ...Array.from({ length: 10 }, (_, i) => rij(ANDERE_REGIO, BUITEN, i)),
  ]);
}

/**
 * Writes the extracts into `dir` and returns their paths in the order to ingest them: the
 * newer pgb extract before the older one, so that the peildatum, not the order, decides.
 */
export async function schrijfJaar2022(dir: string): Promise<string[]> {
  const bestanden: Array<[string, string]> = [];
  for (const [i, buiten] of BUITEN_PER_MAAND.entries()) {
    const peildatum = lastDayOfMonth(calendarMonth(`2022-${String(i + 1).padStart(2, '0')}`));
    bestanden.push([`wachtlijst-${peildatum}.csv`, wachtlijstCsv(peildatum, buiten)]);
  }
  // All buiten: would change the figure if counted. 15 July is replaced by 31 July in its month.
  for (const peildatum of [d('2021-12-31'), d('2022-07-15'), STAND])
    bestanden.push([`wachtlijst-${peildatum}.csv`, wachtlijstCsv(peildatum, GENORMEERD_PER_SNAPSHOT)]);

  const aanvragen = pgbAanvragen();
  const pgbCsv = (peildatum: CalendarDate) =>
    csv(
      [[...PGB_KOP], ...aanvragen.filter((a) => a.ontvangst <= peildatum).map((a) => pgbRij(peildatum, a))],
      { delimiter: ';', eol: '\r\n', bom: true },
    );
  bestanden.push([`pgb-${STAND}.csv`, pgbCsv(STAND)]);
  bestanden.push([`pgb-${VROEGE_PGB_STAND}.csv`, pgbCsv(VROEGE_PGB_STAND)]);

  bestanden.push([
    `maz-${STAND}.csv`,
    csv([
      [...MAZ_KOP],
      ...mazMeldingen().map((m) => [
        STAND,
        m.regio,
        `C-${m.id}`,
        m.id,
        m.vorm,
        m.aanvang,
        m.verwerkt ?? '',
        m.uitval === undefined ? '' : m.uitval ? 'J' : 'N',
      ]),
    ]),
  ]);

  const paden: string[] = [];
  for (const [naam, tekst] of bestanden) {
    const pad = join(dir, naam);
    await writeFile(pad, tekst);
    paden.push(pad);
  }
  return paden;
}
