import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';
import { CelLezer } from './cel-lezer.ts';
import { GeenCsvFout, readCsvRecords, type Scheidingsteken } from './csv-records.ts';
import { bestandsFout, type ExtractFout, shownValue } from './extract-fout.ts';
import { readExtractKop } from './extract-kop.ts';
import { shownText } from './shown-text.ts';
import { SLEUTEL_KOLOM } from './extract-kolommen.ts';
import type {
  ExtractRegels,
  ExtractSoort,
  MazMelding,
  PgbAanvraag,
  WachtlijstRegel,
} from './extract-rows.ts';
import type { GelezenRegel } from './gelezen-regel.ts';
import { BsnCellen, bsnFoutenInKop } from './bsn-cellen.ts';
import { leesMazRegel } from './maz-regel.ts';
import { leesPgbRegel } from './pgb-regel.ts';
import { leesWachtlijstRegel } from './wachtlijst-regel.ts';

interface ExtractBasis {
  readonly peildatum: CalendarDate;
  readonly regios: readonly RegioCode[];
  /** Data rows in the file (empty lines not counted). */
  readonly rijen: number;
  readonly waarschuwingen: readonly string[];
  readonly scheidingsteken: Scheidingsteken;
  /** Some cell (perhaps in an ignored column) looks like a BSN: archive only a redacted copy. */
  readonly bevatBsn: boolean;
}

/** A whole file read into typed rows: every row valid, one peildatum, no duplicates. */
export type GeparseerdExtract =
  | (ExtractBasis & { readonly soort: 'wachtlijst'; readonly regels: readonly WachtlijstRegel[] })
  | (ExtractBasis & { readonly soort: 'pgb'; readonly regels: readonly PgbAanvraag[] })
  | (ExtractBasis & { readonly soort: 'maz'; readonly regels: readonly MazMelding[] });

/** A refused file: every error found, and what could be read of it for the ingest log. */
export interface AfgewezenExtract {
  readonly soort: ExtractSoort | undefined;
  readonly peildatum: CalendarDate | undefined;
  readonly regios: readonly RegioCode[];
  readonly rijen: number;
  readonly fouten: readonly ExtractFout[];
  readonly waarschuwingen: readonly string[];
  readonly bevatBsn: boolean;
  readonly scheidingsteken: Scheidingsteken;
}

export type ExtractParseUitkomst =
  | { readonly ok: true; readonly extract: GeparseerdExtract }
  | { readonly ok: false; readonly afgewezen: AfgewezenExtract };

const LEZERS: { readonly [S in ExtractSoort]: (lezer: CelLezer) => GelezenRegel<ExtractRegels[S]> } = {
  wachtlijst: leesWachtlijstRegel,
  pgb: leesPgbRegel,
  maz: leesMazRegel,
};

function sleutelVan(soort: ExtractSoort, regel: ExtractRegels[ExtractSoort]): string {
  switch (soort) {
    case 'wachtlijst':
      return (regel as WachtlijstRegel).clientId;
    case 'pgb':
      return (regel as PgbAanvraag).aanvraagId;
    case 'maz':
      return (regel as MazMelding).mazId;
  }
}

/**
 * Reads a whole extract file (contracts §1) in one streaming pass into typed rows, or
 * refuses it with every error: header problems, each bad cell, dates out of order,
 * duplicates within a region, and rows whose peildatum differs from the file's.
 */
export async function parseExtract(
  source: AsyncIterable<Buffer | string>,
  options: { onBytes?: (bytes: number) => void } = {},
): Promise<ExtractParseUitkomst> {
  const fouten: ExtractFout[] = [];
  const waarschuwingen: string[] = [];
  let soort: ExtractSoort | undefined;
  let rijen = 0;
  let bevatBsn = false;
  let scheidingsteken: Scheidingsteken = ',';
  let headerSeen = false;
  const regels: ExtractRegels[ExtractSoort][] = [];
  const regios = new Set<RegioCode>();
  const rijenPerPeildatum = new Map<CalendarDate, number[]>();
  const eersteRijPerSleutel = new Map<string, number>();

  const refuse = (): ExtractParseUitkomst => ({
    ok: false,
    afgewezen: {
      soort,
      peildatum: majorityPeildatum(rijenPerPeildatum),
      regios: [...regios].sort(),
      rijen,
      fouten: [...fouten].sort((a, b) => (a.rij ?? 0) - (b.rij ?? 0)),
      waarschuwingen,
      bevatBsn,
      scheidingsteken,
    },
  });

  try {
    let kop: ReturnType<typeof readExtractKop> | undefined;
    let bsnCellen: BsnCellen | undefined;
    for await (const record of readCsvRecords(source, {
      onBytes: options.onBytes,
      onScheidingsteken: (s) => {
        scheidingsteken = s;
      },
    })) {
      if (!headerSeen) {
        headerSeen = true;
        const bsnInKop = bsnFoutenInKop(record.velden);
        if (bsnInKop.length > 0) bevatBsn = true;
        fouten.push(...bsnInKop);
        // Column names reach warnings and errors: masked and with control characters written out.
        kop = readExtractKop(record.velden.map(shownText));
        fouten.push(...kop.fouten);
        waarschuwingen.push(...kop.waarschuwingen);
        if (!kop.ok) return refuse();
        soort = kop.kop.soort;
        if (kop.kop.bsnKolom !== undefined) bevatBsn = true;
        bsnCellen = new BsnCellen(record.velden, kop.kop.kolommen);
        continue;
      }
      if (!kop?.ok || !soort) continue;
      rijen++;
      const lezer = new CelLezer(record.velden, kop.kop.kolommen, record.rij, fouten);
      checkExtraFields(record.velden, kop.kop.kolomAantal, lezer);
      const gelezen = LEZERS[soort](lezer);
      if (bsnCellen?.controleer(record.velden, lezer, fouten)) bevatBsn = true;
      const peildatum = gelezen.peildatum;
      if (peildatum) {
        const lijst = rijenPerPeildatum.get(peildatum);
        if (lijst) lijst.push(record.rij);
        else rijenPerPeildatum.set(peildatum, [record.rij]);
      }
      const regio = gelezen.ok ? gelezen.regel.regio : gelezen.regio;
      if (regio) regios.add(regio);
      if (!gelezen.ok) continue;
      const kolom = SLEUTEL_KOLOM[soort];
      const sleutel = `${gelezen.regel.regio}|${sleutelVan(soort, gelezen.regel)}`;
      const eerste = eersteRijPerSleutel.get(sleutel);
      if (eerste !== undefined) {
        fouten.push({
          rij: record.rij,
          kolom,
          waarde: shownValue(sleutelVan(soort, gelezen.regel)),
          reden: `komt in regio ${gelezen.regel.regio} al voor op rij ${eerste}; elke ${kolom} mag per regio één keer voorkomen`,
        });
        continue;
      }
      eersteRijPerSleutel.set(sleutel, record.rij);
      regels.push(gelezen.regel);
    }
  } catch (error) {
    if (!(error instanceof GeenCsvFout)) throw error;
    fouten.push({ rij: error.rij, kolom: null, waarde: null, reden: error.reden });
    return refuse();
  }

  if (!headerSeen) {
    fouten.push(bestandsFout('het bestand is leeg'));
    return refuse();
  }
  if (rijen === 0) {
    fouten.push(bestandsFout('het bestand bevat geen gegevensrijen, alleen een kop'));
    return refuse();
  }
  const peildatum = majorityPeildatum(rijenPerPeildatum);
  if (peildatum) fouten.push(...afwijkendePeildata(rijenPerPeildatum, peildatum));
  if (fouten.length > 0 || !peildatum || !soort) return refuse();

  const basis: ExtractBasis = {
    peildatum,
    regios: [...regios].sort(),
    rijen,
    waarschuwingen,
    scheidingsteken,
    bevatBsn,
  };
  return { ok: true, extract: { ...basis, soort, regels } as GeparseerdExtract };
}

/** A record with more non-empty fields than the header has columns is an error. */
function checkExtraFields(velden: readonly string[], kolomAantal: number, lezer: CelLezer): void {
  if (velden.length <= kolomAantal) return;
  const extra = velden.slice(kolomAantal);
  if (extra.every((veld) => veld.trim() === '')) return;
  lezer.fout(
    `${kolomAantal + 1}`,
    extra.find((veld) => veld.trim() !== '') ?? '',
    `de rij heeft ${velden.length} velden, de kop maar ${kolomAantal}; staat er een scheidingsteken te veel in een waarde?`,
  );
}

/** The peildatum most rows carry (the earliest one on a tie). */
function majorityPeildatum(rijenPerPeildatum: ReadonlyMap<CalendarDate, number[]>): CalendarDate | undefined {
  let best: CalendarDate | undefined;
  let bestCount = 0;
  for (const [peildatum, rijen] of rijenPerPeildatum) {
    if (rijen.length > bestCount || (rijen.length === bestCount && best !== undefined && peildatum < best)) {
      best = peildatum;
      bestCount = rijen.length;
    }
  }
  return best;
}

function afwijkendePeildata(
  rijenPerPeildatum: ReadonlyMap<CalendarDate, number[]>,
  peildatum: CalendarDate,
): ExtractFout[] {
  const aantal = rijenPerPeildatum.get(peildatum)?.length ?? 0;
  const fouten: ExtractFout[] = [];
  for (const [andere, rijen] of rijenPerPeildatum) {
    if (andere === peildatum) continue;
    for (const rij of rijen) {
      fouten.push({
        rij,
        kolom: 'peildatum',
        waarde: andere,
        reden: `wijkt af van de peildatum van het bestand (${peildatum}, op ${aantal} rijen); alle rijen moeten dezelfde peildatum hebben`,
      });
    }
  }
  return fouten;
}
