import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';
import { formatDatum } from '../text/dutch-format.ts';
import { CelLezer } from './cel-lezer.ts';
import { readCsvRecords, type Scheidingsteken } from './csv-records.ts';
import { bestandsFout, type ExtractFout } from './extract-fout.ts';
import { type ExtractKop, readExtractKop } from './extract-kop.ts';
import { FoutVerzameling, type FoutGroep } from './fout-verzameling.ts';
import { GeenCsvFout } from './geen-csv-fout.ts';
import { PeildatumTelling } from './peildatum-telling.ts';
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
import { shownText } from './shown-text.ts';
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

/** A refused file: its errors (bounded), and what could be read of it for the ingest log. */
export interface AfgewezenExtract {
  readonly soort: ExtractSoort | undefined;
  readonly peildatum: CalendarDate | undefined;
  readonly regios: readonly RegioCode[];
  readonly rijen: number;
  /** The first errors of each kind in full (`FoutVerzameling`), in row order. */
  readonly fouten: readonly ExtractFout[];
  /** Every error found, also those only counted. */
  readonly foutAantal: number;
  /** Per region, column and kind of error: how many, and the first rows. */
  readonly foutSamenvatting: readonly FoutGroep[];
  readonly waarschuwingen: readonly string[];
  readonly bevatBsn: boolean;
  readonly scheidingsteken: Scheidingsteken;
}

export type ExtractParseUitkomst =
  | { readonly ok: true; readonly extract: GeparseerdExtract }
  | { readonly ok: false; readonly afgewezen: AfgewezenExtract };

export interface ParseExtractOpties {
  /** Today in Europe/Amsterdam (`todayInAmsterdam(now())`): a later peildatum is a row error. */
  readonly vandaag: CalendarDate;
  readonly onBytes?: ((bytes: number) => void) | undefined;
}

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
 * refuses it with its errors: header problems, each bad cell, dates out of order, a
 * peildatum after today, duplicates within a region, and rows whose peildatum differs from
 * the file's. Errors of a row carry its region when that could be read. However many rows
 * are bad, the errors kept are bounded (`FoutVerzameling`): the first of each kind in full,
 * the rest counted; and the rows of a file that will be refused are not kept.
 */
export async function parseExtract(
  source: AsyncIterable<Buffer | string>,
  options: ParseExtractOpties,
): Promise<ExtractParseUitkomst> {
  const fouten = new FoutVerzameling();
  const waarschuwingen: string[] = [];
  let soort: ExtractSoort | undefined;
  let kop: ExtractKop | undefined;
  let rijen = 0;
  let bevatBsn = false;
  let scheidingsteken: Scheidingsteken = ',';
  let headerSeen = false;
  const regels: ExtractRegels[ExtractSoort][] = [];
  const regios = new Set<RegioCode>();
  const peildata = new PeildatumTelling();
  const eersteRijPerSleutel = new Map<string, number>();
  const naVandaag = `ligt na vandaag (${formatDatum(options.vandaag)})`;

  const refuse = (): ExtractParseUitkomst => ({
    ok: false,
    afgewezen: {
      soort,
      peildatum: peildata.peildatum,
      regios: [...regios].sort(),
      rijen,
      fouten: fouten.fouten,
      foutAantal: fouten.aantal,
      foutSamenvatting: fouten.samenvatting,
      waarschuwingen,
      bevatBsn,
      scheidingsteken,
    },
  });

  let bsnCellen: BsnCellen | undefined;
  try {
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
        for (const fout of bsnInKop) fouten.add({ ...fout, rij: record.rij });
        // Column names reach warnings and errors: masked and with control characters written out.
        const gelezenKop = readExtractKop(record.velden.map(shownText), record.rij);
        for (const fout of gelezenKop.fouten) fouten.add(fout);
        waarschuwingen.push(...gelezenKop.waarschuwingen);
        if (!gelezenKop.ok) return refuse();
        kop = gelezenKop.kop;
        soort = kop.soort;
        if (kop.bsnKolom !== undefined) bevatBsn = true;
        bsnCellen = new BsnCellen(record.velden, kop.kolommen);
        continue;
      }
      if (!kop || !soort) continue;
      rijen++;
      const rijFouten: ExtractFout[] = [];
      const lezer = new CelLezer(record.velden, kop.kolommen, record.rij, rijFouten);
      checkExtraFields(record.velden, kop.kolomAantal, lezer);
      const gelezen = LEZERS[soort](lezer);
      if (bsnCellen?.controleer(record.velden, lezer, rijFouten)) bevatBsn = true;
      const regio = gelezen.ok ? gelezen.regel.regio : gelezen.regio;
      const peildatum = gelezen.peildatum;
      if (peildatum && peildatum > options.vandaag)
        lezer.fout('peildatum', lezer.tekst('peildatum'), naVandaag);
      if (peildatum) peildata.add(peildatum, record.rij, regio, lezer.tekst('peildatum'));
      if (regio) regios.add(regio);
      if (gelezen.ok && lezer.ok) {
        const kolom = SLEUTEL_KOLOM[soort];
        const waarde = sleutelVan(soort, gelezen.regel);
        const sleutel = `${gelezen.regel.regio}|${waarde}`;
        const eerste = eersteRijPerSleutel.get(sleutel);
        if (eerste === undefined) eersteRijPerSleutel.set(sleutel, record.rij);
        else {
          lezer.fout(
            kolom,
            waarde,
            `komt in regio ${gelezen.regel.regio} al voor op rij ${eerste}; elke ${kolom} mag per regio één keer voorkomen`,
          );
        }
      }
      for (const fout of rijFouten) fouten.add(regio ? { ...fout, regio } : fout);
      if (gelezen.ok && fouten.aantal === 0) regels.push(gelezen.regel);
      else regels.length = 0;
    }
  } catch (error) {
    if (!(error instanceof GeenCsvFout)) throw error;
    fouten.add({ rij: error.rij, kolom: error.kolom, waarde: null, reden: error.reden });
    return refuse();
  }

  if (!headerSeen) {
    fouten.add(bestandsFout('het bestand is leeg'));
    return refuse();
  }
  if (rijen === 0) {
    fouten.add(bestandsFout('het bestand bevat geen gegevensrijen, alleen een kop'));
    return refuse();
  }
  const peildatum = peildata.peildatum;
  if (peildatum) {
    const afwijkingen = peildata.afwijkingenVan(peildatum);
    for (const fout of afwijkingen.fouten) fouten.add(fout);
    for (const { voorbeeld, aantal } of afwijkingen.overige) fouten.tel(voorbeeld, aantal);
  }
  if (fouten.aantal > 0 || !peildatum || !soort) return refuse();

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
