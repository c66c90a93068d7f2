/**
 * An independent, deliberately naive reading of contracts §2–§3 used as the oracle of the
 * property tests. Integer arithmetic only, so it is exact where floating point is not.
 */
import {
  addDays,
  daysBetween,
  monthOf,
  monthsEndingWith,
  type CalendarDate,
  type CalendarMonth,
} from '../../../shared/calendar/calendar-date.ts';
import type { MazMelding, PgbAanvraag, WachtlijstRegel } from '../../../shared/extracts/extract-rows.ts';
import type { Normen } from '../../../shared/norms/normen.ts';
import type { Leveringsvorm } from '../../../shared/reference/leveringsvorm.ts';

/** signaalFractie as an exact fraction teller/noemer (the property tests use dyadic fractions). */
export function alsBreuk(fractie: number): { teller: number; noemer: number } {
  let noemer = 1;
  while (!Number.isInteger(fractie * noemer)) noemer *= 2;
  return { teller: fractie * noemer, noemer };
}

/** dagen ≥ fractie × norm, exactly. */
export function opOfBoven(dagen: number, fractie: number, norm: number): boolean {
  const { teller, noemer } = alsBreuk(fractie);
  return dagen * noemer >= teller * norm;
}

export function orakelStreefnorm(
  normen: Normen,
  regel: WachtlijstRegel,
  peildatum: CalendarDate,
): number | undefined {
  let beste: { score: number; geldigVanaf: CalendarDate; dagen: number } | undefined;
  for (const n of normen.streefnormen) {
    if (n.wachtstatus !== regel.wachtstatus) continue;
    if (n.geldigVanaf > peildatum) continue;
    if (n.sector !== '*' && n.sector !== regel.sector) continue;
    if (n.classificatie !== '*' && n.classificatie !== regel.classificatie) continue;
    const score = (n.classificatie === '*' ? 0 : 2) + (n.sector === '*' ? 0 : 1);
    if (
      beste === undefined ||
      score > beste.score ||
      (score === beste.score && n.geldigVanaf > beste.geldigVanaf)
    ) {
      beste = { score, geldigVanaf: n.geldigVanaf, dagen: n.dagen };
    }
  }
  return beste?.dagen;
}

export function orakelPgbNorm(normen: Normen, start: CalendarDate): number | undefined {
  let beste: { geldigVanaf: CalendarDate; dagen: number } | undefined;
  for (const n of normen.pgbBesluitDagen) {
    if (n.geldigVanaf > start) continue;
    if (beste === undefined || n.geldigVanaf > beste.geldigVanaf) beste = n;
  }
  return beste?.dagen;
}

export function orakelMazNorm(normen: Normen, vorm: Leveringsvorm, start: CalendarDate): number | undefined {
  let beste: { specifiek: boolean; geldigVanaf: CalendarDate; dagen: number } | undefined;
  for (const n of normen.mazDagen) {
    if (n.geldigVanaf > start) continue;
    if (n.leveringsvorm !== '*' && n.leveringsvorm !== vorm) continue;
    const specifiek = n.leveringsvorm !== '*';
    if (
      beste === undefined ||
      (specifiek && !beste.specifiek) ||
      (specifiek === beste.specifiek && n.geldigVanaf > beste.geldigVanaf)
    ) {
      beste = { specifiek, geldigVanaf: n.geldigVanaf, dagen: n.dagen };
    }
  }
  return beste?.dagen;
}

export interface WachtendOordeel {
  readonly regel: WachtlijstRegel;
  readonly wachtdagen: number;
  readonly norm: number | undefined;
  readonly buiten: boolean;
  readonly signaal75: boolean;
}

export function beoordeelWachtende(
  normen: Normen,
  regel: WachtlijstRegel,
  peildatum: CalendarDate,
): WachtendOordeel {
  const wachtdagen = daysBetween(regel.ingangsdatumStatus, peildatum);
  const genormeerd = regel.wachtstatus === 'urgent_plaatsen' || regel.wachtstatus === 'actief_plaatsen';
  const norm = genormeerd ? orakelStreefnorm(normen, regel, peildatum) : undefined;
  return {
    regel,
    wachtdagen,
    norm,
    buiten: norm !== undefined && wachtdagen > norm,
    signaal75: norm !== undefined && opOfBoven(wachtdagen, normen.signaalFractie, norm),
  };
}

/** One pgb application or MAZ judged at P (contracts §3.2). */
export interface ItemOordeel {
  readonly clientId: string;
  readonly id: string;
  readonly start: CalendarDate;
  readonly norm: number;
  readonly deadline: CalendarDate;
  readonly besloten: boolean;
  readonly tijdig: boolean;
  readonly teLaat: boolean;
  readonly open: boolean;
  /** P − S, for open items. */
  readonly dagenOpen: number;
  readonly signaal75: boolean;
}

export function beoordeelItem(
  ids: { clientId: string; id: string },
  start: CalendarDate,
  eind: CalendarDate | undefined,
  norm: number,
  peildatum: CalendarDate,
  fractie: number,
): ItemOordeel {
  const dagenOpen = daysBetween(start, peildatum);
  const besloten = eind !== undefined;
  const tijdig = eind !== undefined && daysBetween(start, eind) <= norm;
  const teLaat = eind !== undefined ? daysBetween(start, eind) > norm : dagenOpen > norm;
  const open = eind === undefined && dagenOpen <= norm;
  return {
    ...ids,
    start,
    norm,
    deadline: addDays(start, norm),
    besloten,
    tijdig,
    teLaat,
    open,
    dagenOpen,
    signaal75: eind === undefined && opOfBoven(dagenOpen, fractie, norm),
  };
}

/** The pgb applications that count at all: not ingetrokken and with a norm in force. */
export function beoordeelPgb(
  normen: Normen,
  regels: readonly PgbAanvraag[],
  peildatum: CalendarDate,
): ItemOordeel[] {
  const uit: ItemOordeel[] = [];
  for (const r of regels) {
    if (r.besluit === 'ingetrokken') continue;
    const norm = orakelPgbNorm(normen, r.ontvangstdatum);
    if (norm === undefined) continue;
    uit.push(
      beoordeelItem(
        { clientId: r.clientId, id: r.aanvraagId },
        r.ontvangstdatum,
        r.besluitdatum,
        norm,
        peildatum,
        normen.signaalFractie,
      ),
    );
  }
  return uit;
}

export function beoordeelMaz(
  normen: Normen,
  regels: readonly MazMelding[],
  peildatum: CalendarDate,
): Array<ItemOordeel & { leveringsvorm: Leveringsvorm }> {
  const uit: Array<ItemOordeel & { leveringsvorm: Leveringsvorm }> = [];
  for (const r of regels) {
    const norm = orakelMazNorm(normen, r.leveringsvorm, r.aanvangsdatumZorg);
    if (norm === undefined) continue;
    uit.push({
      ...beoordeelItem(
        { clientId: r.clientId, id: r.mazId },
        r.aanvangsdatumZorg,
        r.verwerkingsdatumCak,
        norm,
        peildatum,
        normen.signaalFractie,
      ),
      leveringsvorm: r.leveringsvorm,
    });
  }
  return uit;
}

/** 100 × t / n rounded half up to one decimal, exactly; null when n = 0. */
export function percentage(t: number, n: number): number | null {
  if (n === 0) return null;
  return Math.floor((2000 * t + n) / (2 * n)) / 10;
}

export interface OrakelMaand {
  readonly maand: CalendarMonth;
  readonly tijdig: number;
  readonly teLaat: number;
  readonly percentageTijdig: number | null;
  /** Items due in the month, counted independently of tijdig/teLaat. */
  readonly due: number;
}

export function orakelMaanden(
  items: readonly ItemOordeel[],
  maand: CalendarMonth,
  peildatum: CalendarDate | null,
): OrakelMaand[] {
  return monthsEndingWith(maand, 12).map((mm) => {
    // Due: the deadline is in the month and has passed by P; an open item whose deadline is P itself
    // is still open (E empty and P − S = N is not teLaat), so it is not due yet.
    const due =
      peildatum === null
        ? []
        : items.filter(
            (i) =>
              monthOf(i.deadline) === mm && (i.besloten ? i.deadline <= peildatum : i.deadline < peildatum),
          );
    const tijdig = due.filter((i) => i.tijdig).length;
    const teLaat = due.filter((i) => i.teLaat).length;
    return {
      maand: mm,
      tijdig,
      teLaat,
      percentageTijdig: percentage(tijdig, tijdig + teLaat),
      due: due.length,
    };
  });
}

/** Colour from an exact fraction t/n (null when there is no value) against a drempel. */
export function orakelKleur(t: number, n: number | null, drempel: number): 'groen' | 'oranje' | 'onbekend' {
  if (n === null || n === 0) return 'onbekend';
  // 100 t / n ≥ drempel  ⇔  100 t ≥ drempel n; drempels in the tests have at most one decimal
  return 1000 * t >= Math.round(drempel * 10) * n ? 'groen' : 'oranje';
}

// ---- year figures (contracts §3.4) ---------------------------------------------------------

/** 100 × t / n to two decimals, half up, by long division in integers; null when n = 0. */
export function percentageTweeDecimalen(t: number, n: number): number | null {
  if (n === 0) return null;
  let honderdsten = Math.trunc((10000 * t) / n);
  const rest = 10000 * t - honderdsten * n;
  if (2 * rest >= n) honderdsten += 1;
  return honderdsten / 100;
}

/** Colour from t/n against a drempel of at most two decimals, exactly. */
export function orakelKleurTweeDecimalen(t: number, n: number | null, drempel: number): Kleur {
  if (n === null || n === 0) return 'onbekend';
  return 10000 * t >= Math.round(drempel * 100) * n ? 'groen' : 'oranje';
}

type Kleur = 'groen' | 'oranje' | 'onbekend';

export interface OrakelJaarcijfer {
  readonly tijdig: number;
  readonly teLaat: number;
  readonly percentageTijdig: number | null;
}

export interface OrakelJaar {
  readonly pgb: OrakelJaarcijfer;
  readonly maz: {
    readonly perLeveringsvorm: Partial<Record<Leveringsvorm, OrakelJaarcijfer>>;
    readonly totaal: OrakelJaarcijfer;
  };
  readonly tijdigeZorg: { binnen: number; totaal: number; percentage: number | null };
  readonly seinen: Record<
    'tijdige_zorg' | 'tijdige_pgb_toekenning' | 'tijdige_eigen_bijdrage',
    { waarde: number | null; drempel: number; kleur: Kleur }
  >;
  readonly oordelen: ReadonlyArray<{
    sein: string;
    kleur: string;
    toelichting: string;
    door: string;
    op: string;
  }>;
  readonly momentopnamen: ReadonlyArray<{ maand: CalendarMonth; peildatum: CalendarDate }>;
}

export interface OrakelJaarInvoer {
  readonly jaar: number;
  /** Any snapshots of the region, of any year, in any order. */
  readonly snapshots: ReadonlyArray<{ peildatum: CalendarDate; regels: readonly WachtlijstRegel[] }>;
  readonly pgb: { peildatum: CalendarDate | null; regels: readonly PgbAanvraag[] };
  readonly maz: { peildatum: CalendarDate | null; regels: readonly MazMelding[] };
  readonly oordelen: ReadonlyArray<{
    jaar: number;
    sein: string;
    kleur: string;
    toelichting: string;
    auteur: string;
    tijdstip: string;
  }>;
}

/** An item counts in year J when its deadline is in J and has passed by P (an open item at its deadline has not). */
function telJaar(
  items: readonly ItemOordeel[],
  jaar: number,
  peildatum: CalendarDate | null,
): OrakelJaarcijfer {
  let tijdig = 0;
  let teLaat = 0;
  for (const item of items) {
    if (peildatum === null || Number(item.deadline.slice(0, 4)) !== jaar) continue;
    const verlopen = item.besloten ? item.deadline <= peildatum : item.deadline < peildatum;
    if (!verlopen) continue;
    if (item.tijdig) tijdig++;
    if (item.teLaat) teLaat++;
  }
  return { tijdig, teLaat, percentageTijdig: percentageTweeDecimalen(tijdig, tijdig + teLaat) };
}

const OORDEEL_VOLGORDE = ['keuze_leveringsvormen', 'passende_zorg', 'continuiteit_van_zorg'];

/** The year figures of §3.4, read naively from the contract. */
export function orakelJaar(normen: Normen, invoer: OrakelJaarInvoer): OrakelJaar {
  const { jaar } = invoer;

  // pgb and MAZ: items due in J (deadline in J, passed by P), judged at the newest P.
  const pgbP = invoer.pgb.peildatum;
  const pgb = telJaar(pgbP === null ? [] : beoordeelPgb(normen, invoer.pgb.regels, pgbP), jaar, pgbP);
  const mazP = invoer.maz.peildatum;
  const mazItems = mazP === null ? [] : beoordeelMaz(normen, invoer.maz.regels, mazP);
  const perLeveringsvorm: Partial<Record<Leveringsvorm, OrakelJaarcijfer>> = {};
  for (const vorm of ['verblijf', 'vpt', 'mpt', 'dtv', 'pgb', 'vkb'] as const) {
    const cijfer = telJaar(
      mazItems.filter((i) => i.leveringsvorm === vorm),
      jaar,
      mazP,
    );
    if (cijfer.tijdig + cijfer.teLaat > 0) perLeveringsvorm[vorm] = cijfer;
  }
  const mazTotaal = telJaar(mazItems, jaar, mazP);

  // Tijdige zorg: per month of J the snapshot with the latest peildatum in that month.
  const momentopnamen: Array<{ maand: CalendarMonth; peildatum: CalendarDate }> = [];
  let binnen = 0;
  let totaal = 0;
  for (let maandNr = 1; maandNr <= 12; maandNr++) {
    const maand = `${jaar}-${String(maandNr).padStart(2, '0')}`;
    const inMaand = invoer.snapshots.filter((s) => s.peildatum.startsWith(`${maand}-`));
    if (inMaand.length === 0) continue;
    const laatste = inMaand.reduce((a, b) => (b.peildatum > a.peildatum ? b : a));
    momentopnamen.push({ maand: monthOf(laatste.peildatum), peildatum: laatste.peildatum });
    for (const regel of laatste.regels) {
      if (regel.wachtstatus !== 'urgent_plaatsen' && regel.wachtstatus !== 'actief_plaatsen') continue;
      totaal++;
      if (!beoordeelWachtende(normen, regel, laatste.peildatum).buiten) binnen++;
    }
  }
  const zorgPercentage =
    momentopnamen.length === 0 ? null : totaal === 0 ? 100 : percentageTweeDecimalen(binnen, totaal);
  const zorgKleur: Kleur =
    zorgPercentage === null
      ? 'onbekend'
      : totaal === 0
        ? orakelKleurTweeDecimalen(1, 1, normen.seinDrempels.tijdige_zorg)
        : orakelKleurTweeDecimalen(binnen, totaal, normen.seinDrempels.tijdige_zorg);

  const sein = (c: OrakelJaarcijfer, drempel: number) => ({
    waarde: c.percentageTijdig,
    drempel,
    kleur: orakelKleurTweeDecimalen(c.tijdig, c.tijdig + c.teLaat, drempel),
  });

  // Judged seinen of J: the latest per sein.
  const oordelen = OORDEEL_VOLGORDE.flatMap((id) => {
    const kandidaten = invoer.oordelen.filter((o) => o.jaar === jaar && o.sein === id);
    if (kandidaten.length === 0) return [];
    const o = kandidaten.reduce((a, b) => (b.tijdstip > a.tijdstip ? b : a));
    return [{ sein: o.sein, kleur: o.kleur, toelichting: o.toelichting, door: o.auteur, op: o.tijdstip }];
  });

  return {
    pgb,
    maz: { perLeveringsvorm, totaal: mazTotaal },
    tijdigeZorg: { binnen, totaal, percentage: zorgPercentage },
    seinen: {
      tijdige_zorg: { waarde: zorgPercentage, drempel: normen.seinDrempels.tijdige_zorg, kleur: zorgKleur },
      tijdige_pgb_toekenning: sein(pgb, normen.seinDrempels.tijdige_pgb_toekenning),
      tijdige_eigen_bijdrage: sein(mazTotaal, normen.seinDrempels.tijdige_eigen_bijdrage),
    },
    oordelen,
    momentopnamen,
  };
}
