/**
 * Row and input builders for the indicator tests. Written from contracts §1–§3 and §5, not from
 * the implementation.
 */
import {
  addDays,
  calendarDate,
  calendarMonth,
  monthsEndingWith,
  type CalendarDate,
  type CalendarMonth,
} from '../../../shared/calendar/calendar-date.ts';
import type {
  MazMelding,
  PgbAanvraag,
  PgbBesluit,
  WachtlijstRegel,
} from '../../../shared/extracts/extract-rows.ts';
import type { IndicatorInvoer } from '../../../shared/indicators/bereken-indicatoren.ts';
import type {
  GenormeerdeTelling,
  MaandCijfer,
  SectorTelling,
  Telling,
} from '../../../shared/indicators/indicatoren-json.ts';
import type { MazNormRegel, Normen, StreefnormRegel } from '../../../shared/norms/normen.ts';
import type { Leveringsvorm } from '../../../shared/reference/leveringsvorm.ts';
import type { Sector } from '../../../shared/reference/sector.ts';
import type { GenormeerdeWachtstatus } from '../../../shared/reference/wachtstatus.ts';
import type { RegioCode } from '../../../shared/reference/zorgkantoorregio.ts';
import type { Stand } from '../../../shared/indicators/stand.ts';

export const d = calendarDate;
export const m = calendarMonth;

export const REGIO = '5517' as RegioCode;

export const STANDAARD_DREMPELS = {
  tijdige_zorg: 95,
  tijdige_pgb_toekenning: 95,
  tijdige_eigen_bijdrage: 80,
} as const;

/** Norms with empty lists unless given: each test states exactly the norms it relies on. */
export function normenWith(parts: Partial<Normen>): Normen {
  return {
    signaalFractie: 0.75,
    streefnormen: [],
    pgbBesluitDagen: [],
    mazDagen: [],
    seinDrempels: { ...STANDAARD_DREMPELS },
    ...parts,
  };
}

export function streefnorm(
  geldigVanaf: string,
  wachtstatus: GenormeerdeWachtstatus,
  sector: Sector | '*',
  classificatie: string,
  dagen: number,
): StreefnormRegel {
  return { geldigVanaf: d(geldigVanaf), wachtstatus, sector, classificatie, dagen };
}

export function mazNorm(
  geldigVanaf: string,
  leveringsvorm: Leveringsvorm | '*',
  dagen: number,
): MazNormRegel {
  return { geldigVanaf: d(geldigVanaf), leveringsvorm, dagen };
}

/** The example norms of contracts §2 (urgent 14, actief VV 42, actief 91, pgb 42, MAZ pgb 120 / * 30). */
export function contractNormen(parts: Partial<Normen> = {}): Normen {
  return normenWith({
    streefnormen: [
      streefnorm('2021-01-01', 'urgent_plaatsen', '*', '*', 14),
      streefnorm('2021-01-01', 'actief_plaatsen', 'VV', '*', 42),
      streefnorm('2021-01-01', 'actief_plaatsen', '*', '*', 91),
    ],
    pgbBesluitDagen: [{ geldigVanaf: d('2015-01-01'), dagen: 42 }],
    mazDagen: [mazNorm('2015-01-01', 'pgb', 120), mazNorm('2015-01-01', '*', 30)],
    ...parts,
  });
}

let volgnummer = 0;
function nieuwId(prefix: string): string {
  volgnummer += 1;
  return `${prefix}${String(volgnummer).padStart(6, '0')}`;
}

/** A waiting client that has waited `wachtdagen` days on `peildatum` (urgent VV 01 without care by default). */
export function wachtende(
  peildatum: CalendarDate,
  wachtdagen: number,
  overrides: Partial<WachtlijstRegel> = {},
): WachtlijstRegel {
  return {
    regio: REGIO,
    clientId: nieuwId('w'),
    sector: 'VV',
    wachtstatus: 'urgent_plaatsen',
    classificatie: '01',
    ingangsdatumStatus: addDays(peildatum, -wachtdagen),
    zorgTijdensWachten: false,
    ...overrides,
  };
}

/** An undecided pgb application received `dagenOpen` days before `peildatum`. */
export function pgbOpen(
  peildatum: CalendarDate,
  dagenOpen: number,
  overrides: Partial<PgbAanvraag> = {},
): PgbAanvraag {
  const aanvraagId = overrides.aanvraagId ?? nieuwId('a');
  return {
    regio: REGIO,
    clientId: overrides.clientId ?? `c-${aanvraagId}`,
    aanvraagId,
    ontvangstdatum: addDays(peildatum, -dagenOpen),
    ...overrides,
  };
}

/** A decided pgb application received on `ontvangst` and decided `doorlooptijd` days later. */
export function pgbBesloten(
  ontvangst: CalendarDate,
  doorlooptijd: number,
  besluit: PgbBesluit = 'toegekend',
  overrides: Partial<PgbAanvraag> = {},
): PgbAanvraag {
  const aanvraagId = overrides.aanvraagId ?? nieuwId('a');
  return {
    regio: REGIO,
    clientId: overrides.clientId ?? `c-${aanvraagId}`,
    aanvraagId,
    ontvangstdatum: ontvangst,
    besluitdatum: addDays(ontvangst, doorlooptijd),
    besluit,
    ...overrides,
  };
}

/** An unprocessed MAZ whose care started `dagenOpen` days before `peildatum`. */
export function mazOpen(
  peildatum: CalendarDate,
  dagenOpen: number,
  leveringsvorm: Leveringsvorm = 'verblijf',
  overrides: Partial<MazMelding> = {},
): MazMelding {
  const mazId = overrides.mazId ?? nieuwId('m');
  return {
    regio: REGIO,
    clientId: overrides.clientId ?? `c-${mazId}`,
    mazId,
    leveringsvorm,
    aanvangsdatumZorg: addDays(peildatum, -dagenOpen),
    ...overrides,
  };
}

/** A MAZ for care that started on `aanvang`, processed by the CAK `doorlooptijd` days later. */
export function mazVerwerkt(
  aanvang: CalendarDate,
  doorlooptijd: number,
  leveringsvorm: Leveringsvorm = 'verblijf',
  overrides: Partial<MazMelding> = {},
): MazMelding {
  const mazId = overrides.mazId ?? nieuwId('m');
  return {
    regio: REGIO,
    clientId: overrides.clientId ?? `c-${mazId}`,
    mazId,
    leveringsvorm,
    aanvangsdatumZorg: aanvang,
    verwerkingsdatumCak: addDays(aanvang, doorlooptijd),
    ...overrides,
  };
}

export function stand<R>(peildatum: CalendarDate | null, regels: readonly R[]): Stand<R> {
  return { peildatum, regels };
}

export const LEGE_PGB: Stand<PgbAanvraag> = { peildatum: null, regels: [] };
export const LEGE_MAZ: Stand<MazMelding> = { peildatum: null, regels: [] };

export function invoer(
  maand: CalendarMonth | string,
  parts: {
    wachtlijst?: IndicatorInvoer['wachtlijst'];
    pgb?: Stand<PgbAanvraag>;
    maz?: Stand<MazMelding>;
  } = {},
): IndicatorInvoer {
  return {
    regio: REGIO,
    maand: typeof maand === 'string' ? m(maand) : maand,
    wachtlijst: parts.wachtlijst ?? null,
    pgb: parts.pgb ?? LEGE_PGB,
    maz: parts.maz ?? LEGE_MAZ,
  };
}

export function snapshot(
  peildatum: CalendarDate,
  regels: readonly WachtlijstRegel[],
): { peildatum: CalendarDate; regels: readonly WachtlijstRegel[] } {
  return { peildatum, regels };
}

export function nulTelling(): Telling {
  return { aantal: 0, metZorg: 0, zonderZorg: 0 };
}

export function nulGenormeerd(): GenormeerdeTelling {
  return {
    aantal: 0,
    metZorg: 0,
    zonderZorg: 0,
    buitenStreefnorm: 0,
    buitenStreefnormZonderZorg: 0,
    signaal75: 0,
  };
}

export function nulSector(): SectorTelling {
  return {
    urgent_plaatsen: nulGenormeerd(),
    actief_plaatsen: nulGenormeerd(),
    wacht_op_voorkeur: nulTelling(),
    wacht_uit_voorzorg: nulTelling(),
  };
}

export function legePerSector(): Record<Sector, SectorTelling> {
  return { VV: nulSector(), GHZ: nulSector(), GGZ: nulSector() };
}

/** The twelve months ending with `maand`, all zero (contracts §5). */
export function nulMaanden(maand: CalendarMonth | string): MaandCijfer[] {
  const laatste = typeof maand === 'string' ? m(maand) : maand;
  return monthsEndingWith(laatste, 12).map((mm) => ({
    maand: mm,
    tijdig: 0,
    teLaat: 0,
    percentageTijdig: null,
  }));
}

/** The entry for `maand` in a list of monthly figures; throws when it is missing. */
export function cijferVan(maanden: readonly MaandCijfer[], maand: string): MaandCijfer {
  const found = maanden.find((c) => c.maand === maand);
  if (!found) throw new Error(`maand ${maand} ontbreekt in ${maanden.map((c) => c.maand).join(', ')}`);
  return found;
}

/** Sum of tijdig and teLaat over all months. */
export function totaalGeteld(maanden: readonly MaandCijfer[]): { tijdig: number; teLaat: number } {
  return maanden.reduce((acc, c) => ({ tijdig: acc.tijdig + c.tijdig, teLaat: acc.teLaat + c.teLaat }), {
    tijdig: 0,
    teLaat: 0,
  });
}
