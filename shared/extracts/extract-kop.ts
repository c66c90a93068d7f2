import { formatGetal } from '../text/dutch-format.ts';
import { EXTRACT_SOORTEN, type ExtractSoort } from './extract-rows.ts';
import { type ExtractFout, shownValue } from './extract-fout.ts';
import { KOLOMMEN, normaliseKolomNaam, SOORT_HERKENNING } from './extract-kolommen.ts';

/** What the header line says: the kind and where each known column is. */
export interface ExtractKop {
  readonly soort: ExtractSoort;
  /** Column name → index in the record. */
  readonly kolommen: ReadonlyMap<string, number>;
  /** Index of a `bsn` column, whose cells must never be kept. */
  readonly bsnKolom: number | undefined;
  readonly kolomAantal: number;
}

export type KopUitkomst =
  | { ok: true; kop: ExtractKop; fouten: ExtractFout[]; waarschuwingen: string[] }
  | { ok: false; fouten: ExtractFout[]; waarschuwingen: string[] };

/** An ignored-columns warning names this many columns and counts the rest. */
const MAX_GENOEMDE_KOLOMMEN = 10;

/** At most one warning for all unknown columns and one for all columns without a name. */
function negeerWaarschuwingen(onbekend: readonly string[], naamloos: readonly number[]): string[] {
  const waarschuwingen: string[] = [];
  const meer = (aantal: number) => (aantal > MAX_GENOEMDE_KOLOMMEN ? ', …' : '');
  if (onbekend.length === 1) {
    waarschuwingen.push(`onbekende kolom "${shownValue(onbekend[0] ?? '')}" wordt genegeerd`);
  } else if (onbekend.length > 1) {
    const namen = onbekend.slice(0, MAX_GENOEMDE_KOLOMMEN).map((naam) => `"${shownValue(naam)}"`);
    waarschuwingen.push(
      `${formatGetal(onbekend.length)} onbekende kolommen worden genegeerd: ${namen.join(', ')}${meer(onbekend.length)}`,
    );
  }
  if (naamloos.length === 1) {
    waarschuwingen.push(`kolom ${naamloos[0]} heeft geen naam en wordt genegeerd`);
  } else if (naamloos.length > 1) {
    const nummers = naamloos.slice(0, MAX_GENOEMDE_KOLOMMEN).join(', ');
    waarschuwingen.push(
      `${formatGetal(naamloos.length)} kolommen zonder naam worden genegeerd: kolom ${nummers}${meer(naamloos.length)}`,
    );
  }
  return waarschuwingen;
}

/**
 * Reads the header (row `rij`, the first row with data): recognises the kind, refuses a
 * `bsn` column, a missing required column or a duplicate column name, and warns about
 * unknown extra columns — one short warning however many there are, however long their
 * names. When the kind and the columns are known but the file is refused (e.g. a `bsn`
 * column), `ok` is still true with `fouten` set, so the rows can be checked too and every
 * problem reported at once.
 */
export function readExtractKop(velden: readonly string[], rij: number): KopUitkomst {
  const namen = velden.map(normaliseKolomNaam);
  const fouten: ExtractFout[] = [];
  const onbekend: string[] = [];
  const naamloos: number[] = [];

  const soorten = EXTRACT_SOORTEN.filter((soort) => namen.includes(SOORT_HERKENNING[soort]));
  if (soorten.length !== 1) {
    const reden =
      soorten.length === 0
        ? 'onbekende soort extract: de kop bevat geen kolom wachtstatus (wachtlijst), aanvraag_id (pgb) of maz_id (maz)'
        : `de kop past bij meer dan één soort extract (${soorten.join(', ')}); één bestand bevat één soort`;
    return { ok: false, fouten: [{ rij, kolom: null, waarde: null, reden }], waarschuwingen: [] };
  }
  const soort = soorten[0] as ExtractSoort;
  const specs = KOLOMMEN[soort];
  const bekend = new Set(specs.map((s) => s.naam));

  const kolommen = new Map<string, number>();
  let bsnKolom: number | undefined;
  namen.forEach((naam, index) => {
    if (naam === 'bsn') {
      bsnKolom = index;
      fouten.push({
        rij,
        kolom: velden[index]?.trim() ?? 'bsn',
        waarde: null,
        reden:
          'een kolom bsn is niet toegestaan: de monitor slaat nooit een BSN op; lever een pseudoniem client_id zonder BSN-kolom',
      });
      return;
    }
    if (kolommen.has(naam)) {
      fouten.push({
        rij,
        kolom: naam,
        waarde: null,
        reden: `de kolom komt twee keer voor (kolom ${(kolommen.get(naam) ?? 0) + 1} en ${index + 1})`,
      });
      return;
    }
    if (bekend.has(naam)) {
      kolommen.set(naam, index);
    } else if (naam === '') {
      naamloos.push(index + 1);
    } else {
      onbekend.push(velden[index]?.trim() ?? naam);
    }
  });
  const waarschuwingen = negeerWaarschuwingen(onbekend, naamloos);

  const ontbrekend = specs.filter((s) => s.verplicht && !kolommen.has(s.naam));
  for (const spec of ontbrekend) {
    fouten.push({
      rij,
      kolom: spec.naam,
      waarde: null,
      reden: `verplichte kolom ontbreekt in een ${soort}-extract`,
    });
  }
  if (ontbrekend.length > 0) return { ok: false, fouten, waarschuwingen };
  return { ok: true, kop: { soort, kolommen, bsnKolom, kolomAantal: velden.length }, fouten, waarschuwingen };
}
