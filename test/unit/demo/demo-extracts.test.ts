import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  type CalendarDate,
  calendarMonth,
  daysBetween,
  lastDayOfMonth,
  monthOf,
  monthsEndingWith,
  parseCalendarDate,
} from '../../../shared/calendar/calendar-date.ts';
import {
  type DemoBestand,
  type DemoOptions,
  DemoOptiesFout,
  demoRegios,
  writeDemoExtracts,
} from '../../../shared/demo/demo-extracts.ts';
import { KOLOMMEN, SOORT_HERKENNING } from '../../../shared/extracts/extract-kolommen.ts';
import { EXTRACT_SOORTEN, type ExtractSoort, PGB_BESLUITEN } from '../../../shared/extracts/extract-rows.ts';
import { parseBooleanValue } from '../../../shared/reference/boolean-value.ts';
import { looksLikeBsn, passesElfproef } from '../../../shared/reference/bsn.ts';
import { parseClassificatie } from '../../../shared/reference/classificatie.ts';
import { LEVERINGSVORM_DEFINITIES, parseLeveringsvorm } from '../../../shared/reference/leveringsvorm.ts';
import { parseSector } from '../../../shared/reference/sector.ts';
import { type Wachtstatus, parseWachtstatus } from '../../../shared/reference/wachtstatus.ts';
import { type RegioCode, isRegioCode } from '../../../shared/reference/zorgkantoorregio.ts';

/**
 * Reads the demo files back with csv-parse, independently of the generator, and checks them
 * against the contract (contracts §1).
 */
type Rij = Readonly<Record<string, string>>;

interface GelezenBestand {
  readonly bestand: DemoBestand;
  readonly bytes: Buffer;
  readonly scheidingsteken: ',' | ';';
  readonly kop: readonly string[];
  readonly rijen: readonly Rij[];
}

async function leesBestand(dir: string, bestand: DemoBestand): Promise<GelezenBestand> {
  const bytes = await readFile(join(dir, bestand.naam));
  const tekst = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const eersteRegel = tekst.slice(0, tekst.indexOf('\n'));
  // As the contract detects it: `;` when the header has more semicolons than commas.
  const scheidingsteken = eersteRegel.split(';').length > eersteRegel.split(',').length ? ';' : ',';
  const records: string[][] = parse(bytes, { bom: true, delimiter: scheidingsteken });
  const [kop = [], ...data] = records;
  const rijen = data.map((velden, i) => {
    if (velden.length !== kop.length)
      throw new Error(`${bestand.naam} rij ${i + 2}: ${velden.length} velden`);
    return Object.fromEntries(kop.map((kolom, k) => [kolom, velden[k] ?? '']));
  });
  return { bestand, bytes, scheidingsteken, kop, rijen };
}

function datum(tekst: string | undefined): CalendarDate {
  const result = parseCalendarDate(tekst ?? '');
  if (!result.ok) throw new Error(`geen geldige datum: "${tekst}" (${result.reden})`);
  return result.date;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const NEDERLANDS = /^\d{2}-\d{2}-\d{4}$/;

/** Contracts §1.1, spelled out independently of the code list module. */
function classificatieToegestaan(status: Wachtstatus, code: string): boolean {
  const n = Number(code);
  switch (status) {
    case 'urgent_plaatsen':
      return n >= 1 && n <= 8;
    case 'actief_plaatsen':
      return n >= 9 && n <= 12;
    case 'wacht_op_voorkeur':
      return n >= 13 && n <= 19;
    case 'wacht_uit_voorzorg':
      return n >= 13 && n <= 19 && n !== 16;
  }
}

const REGIOS = ['5505', '5516', '5521'] as RegioCode[];
const OPTIES: DemoOptions = { regios: REGIOS, maanden: 6, eindMaand: calendarMonth('2024-06'), seed: 7 };

const tijdelijk: string[] = [];
async function tijdelijkeMap(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zorgplicht-demo-'));
  tijdelijk.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(tijdelijk.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('writeDemoExtracts: 3 regions × 6 months', () => {
  let dir: string;
  let bestanden: DemoBestand[];
  let gelezen: GelezenBestand[];
  const vanSoort = (soort: ExtractSoort): GelezenBestand[] =>
    gelezen.filter((g) => g.bestand.soort === soort);

  beforeAll(async () => {
    dir = await tijdelijkeMap();
    bestanden = await writeDemoExtracts(dir, OPTIES);
    gelezen = await Promise.all(bestanden.map((b) => leesBestand(dir, b)));
  });

  it('writes one file per kind per month, ordered by peildatum then kind', async () => {
    const peildata = monthsEndingWith(calendarMonth('2024-06'), 6).map(lastDayOfMonth);
    expect(peildata).toContain('2024-02-29');
    const verwacht = peildata.flatMap((p) => EXTRACT_SOORTEN.map((soort) => `${soort}-${p}.csv`));
    expect(bestanden.map((b) => b.naam)).toEqual(verwacht);
    expect(bestanden.map((b) => `${b.soort}-${b.peildatum}.csv`)).toEqual(verwacht);
    expect((await readdir(dir)).sort()).toEqual([...verwacht].sort());
    for (const g of gelezen) expect(g.bestand.rijen).toBe(g.rijen.length);
  });

  it('uses the format freedom of the contract per kind', () => {
    for (const g of gelezen) {
      const tekst = g.bytes.toString('utf8');
      const bom = g.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
      const crlf = (tekst.match(/\r\n/g) ?? []).length;
      const lf = (tekst.match(/\n/g) ?? []).length;
      expect(lf).toBe(g.rijen.length + 1);
      if (g.bestand.soort === 'wachtlijst') {
        expect([bom, g.scheidingsteken, crlf]).toEqual([true, ';', lf]);
        const afwijkend = g.rijen.filter(
          (r) =>
            !NEDERLANDS.test(r.peildatum ?? '') ||
            !NEDERLANDS.test(r.ingangsdatum_status ?? '') ||
            !/^(\d{2}-\d{2}-\d{4})?$/.test(r.overbrugging_sinds ?? '') ||
            !['6', '7', '2', '3'].includes(r.wachtstatus ?? '') ||
            !['J', 'N'].includes(r.zorg_tijdens_wachten ?? ''),
        );
        expect(afwijkend).toEqual([]);
      } else {
        expect([bom, g.scheidingsteken, crlf]).toEqual([false, ',', 0]);
        const datums = [
          'peildatum',
          'ontvangstdatum',
          'besluitdatum',
          'aanvangsdatum_zorg',
          'verwerkingsdatum_cak',
        ];
        const afwijkend = g.rijen.filter((r) => datums.some((k) => r[k] && !ISO.test(r[k])));
        expect(afwijkend).toEqual([]);
      }
    }
    const sectoren = new Set(vanSoort('wachtlijst').flatMap((g) => g.rijen.map((r) => r.sector)));
    expect([...sectoren].sort()).toEqual(['GGZ', 'GHZ', 'LG', 'V&V', 'VG', 'VV']);

    const codes = new Set(LEVERINGSVORM_DEFINITIES.map((d) => d.code));
    const namen = new Set(LEVERINGSVORM_DEFINITIES.map((d) => d.naam as string));
    const vormen = vanSoort('maz').map((g) => {
      const waarden = g.rijen.map((r) => r.leveringsvorm ?? '');
      if (waarden.every((w) => codes.has(w))) return 'codes';
      if (waarden.every((w) => namen.has(w))) return 'namen';
      return 'gemengd';
    });
    expect(vormen).toEqual(['namen', 'codes', 'namen', 'codes', 'namen', 'codes']);
  });

  it('writes the contract header of each kind, lower case, recognisable as exactly one kind', () => {
    for (const g of gelezen) {
      const soort = g.bestand.soort;
      expect(g.kop).toEqual(KOLOMMEN[soort].map((k) => k.naam));
      expect(g.kop.every((k) => k === k.toLowerCase().trim())).toBe(true);
      const herkend = EXTRACT_SOORTEN.filter((s) => g.kop.includes(SOORT_HERKENNING[s]));
      expect(herkend).toEqual([soort]);
      expect(g.kop).not.toContain('bsn');
    }
  });

  it('keeps every row rule of the contract', () => {
    const fouten: string[] = [];
    const fout = (g: GelezenBestand, i: number, tekst: string): void => {
      if (fouten.length < 20) fouten.push(`${g.bestand.naam} rij ${i + 2}: ${tekst}`);
    };
    for (const g of gelezen) {
      const peildatum = g.bestand.peildatum;
      const sleutels = new Set<string>();
      const sleutelKolom = { wachtlijst: 'client_id', pgb: 'aanvraag_id', maz: 'maz_id' }[g.bestand.soort];
      const metCodes = Number(peildatum.slice(5, 7)) % 2 === 0;
      g.rijen.forEach((rij, i) => {
        const regio = rij.zorgkantoorregio ?? '';
        if (datum(rij.peildatum) !== peildatum) fout(g, i, `peildatum ${rij.peildatum}`);
        if (!isRegioCode(regio) || !REGIOS.includes(regio)) fout(g, i, `regio ${regio}`);
        const sleutel = `${regio}|${rij[sleutelKolom]}`;
        if (sleutels.has(sleutel)) fout(g, i, `dubbele ${sleutelKolom} ${sleutel}`);
        sleutels.add(sleutel);
        const client = rij.client_id ?? '';
        if (!new RegExp(`^C${regio}-\\d{6}$`).test(client) || looksLikeBsn(client))
          fout(g, i, `client ${client}`);

        const beginBinnenPeildatum = (kolom: string, verplicht: boolean): CalendarDate | undefined => {
          const waarde = rij[kolom] ?? '';
          if (waarde === '') {
            if (verplicht) fout(g, i, `${kolom} leeg`);
            return undefined;
          }
          const d = datum(waarde);
          if (d > peildatum) fout(g, i, `${kolom} ${d} na peildatum`);
          return d;
        };
        const eindNaBegin = (kolom: string, begin: CalendarDate | undefined): CalendarDate | undefined => {
          const waarde = rij[kolom] ?? '';
          if (waarde === '') return undefined;
          const d = datum(waarde);
          if (d > peildatum) fout(g, i, `${kolom} ${d} na peildatum`);
          if (begin !== undefined && d < begin) fout(g, i, `${kolom} ${d} vóór ${begin}`);
          return d;
        };

        switch (g.bestand.soort) {
          case 'wachtlijst': {
            const sector = parseSector(rij.sector ?? '');
            const status = parseWachtstatus(rij.wachtstatus ?? '');
            if (!sector.ok || !status.ok) {
              fout(g, i, `sector ${rij.sector} of wachtstatus ${rij.wachtstatus}`);
              break;
            }
            const code = rij.classificatie ?? '';
            if (!/^\d{2}$/.test(code) || !classificatieToegestaan(status.wachtstatus, code)) {
              fout(g, i, `classificatie ${code} bij ${status.wachtstatus}`);
            }
            if (!parseClassificatie(code, status.wachtstatus, peildatum).ok) fout(g, i, `codelijst ${code}`);
            beginBinnenPeildatum('ingangsdatum_status', true);
            beginBinnenPeildatum('overbrugging_sinds', false);
            const zorg = parseBooleanValue(rij.zorg_tijdens_wachten ?? '');
            if (!zorg.ok) fout(g, i, `zorg_tijdens_wachten ${rij.zorg_tijdens_wachten}`);
            else if (!zorg.value && rij.overbrugging_sinds) fout(g, i, 'overbrugging zonder zorg');
            const profiel = rij.zorgprofiel ?? '';
            const profielSector = { VV: /^VV0[4-8]$/, GHZ: /^(VG0[3-7]|LG0[2-7])$/, GGZ: /^GGZ-W[2-5]$/ };
            if (profiel !== '' && !profielSector[sector.sector].test(profiel))
              fout(g, i, `zorgprofiel ${profiel}`);
            if (!/^(\d{8})?$/.test(rij.voorkeursaanbieder ?? '')) fout(g, i, `agb ${rij.voorkeursaanbieder}`);
            break;
          }
          case 'pgb': {
            if (!new RegExp(`^PGB${regio}-\\d{5}$`).test(rij.aanvraag_id ?? ''))
              fout(g, i, `id ${rij.aanvraag_id}`);
            if (rij.sector !== '' && !parseSector(rij.sector ?? '').ok) fout(g, i, `sector ${rij.sector}`);
            const ontvangst = beginBinnenPeildatum('ontvangstdatum', true);
            const besluitdatum = eindNaBegin('besluitdatum', ontvangst);
            const besluit = rij.besluit ?? '';
            if ((besluitdatum === undefined) !== (besluit === ''))
              fout(g, i, 'besluit zonder besluitdatum of omgekeerd');
            if (besluit !== '' && !(PGB_BESLUITEN as readonly string[]).includes(besluit))
              fout(g, i, besluit);
            break;
          }
          case 'maz': {
            if (!new RegExp(`^MAZ${regio}-\\d{6}$`).test(rij.maz_id ?? '')) fout(g, i, `id ${rij.maz_id}`);
            const vorm = rij.leveringsvorm ?? '';
            if (!parseLeveringsvorm(vorm).ok || /^\d$/.test(vorm) !== metCodes)
              fout(g, i, `leveringsvorm ${vorm}`);
            const aanvang = beginBinnenPeildatum('aanvangsdatum_zorg', true);
            const verwerkt = eindNaBegin('verwerkingsdatum_cak', aanvang);
            const uitval = rij.uitval ?? '';
            if (uitval !== '' && !parseBooleanValue(uitval).ok) fout(g, i, `uitval ${uitval}`);
            if ((verwerkt === undefined) !== (uitval === ''))
              fout(g, i, 'uitval zonder verwerking of omgekeerd');
            break;
          }
        }
      });
    }
    expect(fouten).toEqual([]);
  });

  it('holds all requested regions in every file', () => {
    for (const g of gelezen) {
      expect(new Set(g.rijen.map((r) => r.zorgkantoorregio))).toEqual(new Set(REGIOS));
    }
  });

  it('never writes a client_id that passes the elfproef', () => {
    const clientIds = gelezen.flatMap((g) => g.rijen.map((r) => r.client_id ?? ''));
    expect(clientIds.length).toBeGreaterThan(10_000);
    const verdacht = clientIds.filter(
      (c) => passesElfproef(c) || looksLikeBsn(c) || /^\d{9}$/.test(c.trim()),
    );
    expect(verdacht).toEqual([]);
    // The check itself works: a 9-digit key that passes the elfproef is caught.
    expect(passesElfproef('111222333')).toBe(true);
  });

  it('keeps waiting clients with the same client_id across consecutive snapshots', () => {
    const snapshots = vanSoort('wachtlijst');
    let statuswissels = 0;
    for (let k = 1; k < snapshots.length; k++) {
      const vorige = snapshots[k - 1];
      const huidige = snapshots[k];
      if (!vorige || !huidige) throw new Error('snapshot ontbreekt');
      const vorigePeildatum = vorige.bestand.peildatum;
      for (const regio of REGIOS) {
        const voor = new Map(
          vorige.rijen.filter((r) => r.zorgkantoorregio === regio).map((r) => [r.client_id, r]),
        );
        const na = huidige.rijen.filter((r) => r.zorgkantoorregio === regio);
        const gebleven = na.filter((r) => voor.has(r.client_id));
        // Most stay from one month to the next; some leave and some arrive.
        expect(gebleven.length / voor.size).toBeGreaterThan(0.7);
        expect(gebleven.length).toBeLessThan(voor.size);
        expect(gebleven.length).toBeLessThan(na.length);
        for (const rij of gebleven) {
          const eerder = voor.get(rij.client_id) as Rij;
          expect([rij.sector, rij.zorgprofiel]).toEqual([eerder.sector, eerder.zorgprofiel]);
          const ingang = datum(rij.ingangsdatum_status);
          if (rij.wachtstatus !== eerder.wachtstatus) {
            statuswissels++;
            expect(ingang > vorigePeildatum).toBe(true);
          } else if (ingang !== datum(eerder.ingangsdatum_status)) {
            expect(ingang > vorigePeildatum).toBe(true);
          } else {
            expect(rij.classificatie).toBe(eerder.classificatie);
          }
        }
        // New clients have a status that began after the previous peildatum.
        for (const rij of na.filter((r) => !voor.has(r.client_id))) {
          expect(datum(rij.ingangsdatum_status) > vorigePeildatum).toBe(true);
        }
      }
    }
    expect(statuswissels).toBeGreaterThan(50);
  });

  it('shows pgb applications first open, then decided, with the same key data', () => {
    const historie = new Map<string, Array<{ index: number; rij: Rij }>>();
    vanSoort('pgb').forEach((g, index) => {
      for (const rij of g.rijen) {
        const sleutel = `${rij.zorgkantoorregio}|${rij.aanvraag_id}`;
        const lijst = historie.get(sleutel) ?? [];
        lijst.push({ index, rij });
        historie.set(sleutel, lijst);
      }
    });
    let openDanBesloten = 0;
    for (const lijst of historie.values()) {
      const eerste = lijst[0]?.rij as Rij;
      lijst.forEach(({ index, rij }, k) => {
        if (k > 0) expect(index).toBe((lijst[k - 1]?.index ?? -1) + 1); // consecutive extracts
        expect([rij.client_id, rij.ontvangstdatum, rij.sector]).toEqual([
          eerste.client_id,
          eerste.ontvangstdatum,
          eerste.sector,
        ]);
        const vorige = lijst[k - 1]?.rij;
        if (vorige?.besluitdatum)
          expect([rij.besluitdatum, rij.besluit]).toEqual([vorige.besluitdatum, vorige.besluit]);
        if (vorige && !vorige.besluitdatum && rij.besluitdatum) openDanBesloten++;
      });
      // An application open in one extract is in the next one too.
      const laatste = lijst[lijst.length - 1];
      if (laatste && !laatste.rij.besluitdatum) expect(laatste.index).toBe(vanSoort('pgb').length - 1);
    }
    expect(openDanBesloten).toBeGreaterThan(100);
    // Each application appears in several extracts (open, then for three months after).
    const gemiddeld = [...historie.values()].reduce((s, l) => s + l.length, 0) / historie.size;
    expect(gemiddeld).toBeGreaterThan(2);
  });

  it('shows MAZ with the same start, processed once and for good', () => {
    const historie = new Map<string, Rij[]>();
    const mazBestanden = vanSoort('maz');
    mazBestanden.forEach((g) => {
      for (const rij of g.rijen) {
        const sleutel = `${rij.zorgkantoorregio}|${rij.maz_id}`;
        historie.set(sleutel, [...(historie.get(sleutel) ?? []), rij]);
      }
    });
    let openDanVerwerkt = 0;
    for (const lijst of historie.values()) {
      const eerste = lijst[0] as Rij;
      const vorm = parseLeveringsvorm(eerste.leveringsvorm ?? '');
      lijst.forEach((rij, k) => {
        expect([rij.client_id, rij.aanvangsdatum_zorg]).toEqual([
          eerste.client_id,
          eerste.aanvangsdatum_zorg,
        ]);
        expect(parseLeveringsvorm(rij.leveringsvorm ?? '')).toEqual(vorm);
        const vorige = lijst[k - 1];
        if (vorige?.verwerkingsdatum_cak) expect(rij.verwerkingsdatum_cak).toBe(vorige.verwerkingsdatum_cak);
        if (vorige && !vorige.verwerkingsdatum_cak && rij.verwerkingsdatum_cak) openDanVerwerkt++;
      });
    }
    expect(openDanVerwerkt).toBeGreaterThan(100);
  });

  it('gives the same bytes for the same options and other data for another seed', async () => {
    const nogEens = await tijdelijkeMap();
    const tweede = await writeDemoExtracts(nogEens, OPTIES);
    expect(tweede).toEqual(bestanden);
    for (const g of gelezen) {
      expect((await readFile(join(nogEens, g.bestand.naam))).equals(g.bytes)).toBe(true);
    }
    const anderZaad = await tijdelijkeMap();
    await writeDemoExtracts(anderZaad, { ...OPTIES, seed: 8 });
    const eerste = gelezen[0] as GelezenBestand;
    expect((await readFile(join(anderZaad, eerste.bestand.naam))).equals(eerste.bytes)).toBe(false);
  });

  it("generates a region's data independently of the other regions requested", async () => {
    const alleen = await tijdelijkeMap();
    const regio = REGIOS[1] as RegioCode;
    const bestandenAlleen = await writeDemoExtracts(alleen, { ...OPTIES, regios: [regio] });
    for (const b of bestandenAlleen) {
      const eigen = (await leesBestand(alleen, b)).rijen;
      const uitAlle = gelezen
        .find((g) => g.bestand.naam === b.naam)
        ?.rijen.filter((r) => r.zorgkantoorregio === regio);
      expect(eigen).toEqual(uitAlle);
    }
  });
});

describe('writeDemoExtracts: realism', () => {
  // 10 regions × 12 months: enough region-months to see both colours of every sein.
  const peilMaanden = 12;
  let gelezen: GelezenBestand[];

  beforeAll(async () => {
    const dir = await tijdelijkeMap();
    const bestanden = await writeDemoExtracts(dir, {
      regios: demoRegios(10),
      maanden: peilMaanden,
      eindMaand: calendarMonth('2025-03'),
    });
    gelezen = await Promise.all(bestanden.map((b) => leesBestand(dir, b)));
  });

  const rijenVan = (soort: ExtractSoort): Rij[] =>
    gelezen.filter((g) => g.bestand.soort === soort).flatMap((g) => [...g.rijen]);
  const aandeel = (rijen: readonly Rij[], test: (r: Rij) => boolean): number =>
    rijen.filter(test).length / rijen.length;

  it('has the waiting list composition of a real region', () => {
    const rijen = rijenVan('wachtlijst');
    const perRegioMaand = rijen.length / (10 * peilMaanden);
    expect(perRegioMaand).toBeGreaterThan(750);
    expect(perRegioMaand).toBeLessThan(1050);
    const status = (code: string) => (r: Rij) => r.wachtstatus === code;
    expect(aandeel(rijen, status('6'))).toBeGreaterThan(0.01);
    expect(aandeel(rijen, status('6'))).toBeLessThan(0.025);
    expect(aandeel(rijen, status('7'))).toBeGreaterThan(0.15);
    expect(aandeel(rijen, status('7'))).toBeLessThan(0.21);
    expect(aandeel(rijen, status('2'))).toBeGreaterThan(0.4);
    expect(aandeel(rijen, status('2'))).toBeLessThan(0.5);
    expect(aandeel(rijen, status('3'))).toBeGreaterThan(0.3);
    expect(aandeel(rijen, status('3'))).toBeLessThan(0.4);
    const sector = (r: Rij) => (parseSector(r.sector ?? '') as { sector: string }).sector;
    expect(aandeel(rijen, (r) => sector(r) === 'VV')).toBeGreaterThan(0.8);
    expect(aandeel(rijen, (r) => sector(r) === 'VV')).toBeLessThan(0.9);
    expect(aandeel(rijen, (r) => sector(r) === 'GGZ')).toBeGreaterThan(0.03);
    const zorg = (rs: Rij[]) => aandeel(rs, (r) => r.zorg_tijdens_wachten === 'J');
    expect(zorg(rijen.filter((r) => r.wachtstatus !== '3'))).toBeCloseTo(0.9, 1);
    expect(zorg(rijen.filter((r) => r.wachtstatus === '3'))).toBeCloseTo(0.6, 1);
    expect(aandeel(rijen, (r) => r.overbrugging_sinds !== '')).toBeGreaterThan(0.2);
    expect(aandeel(rijen, (r) => r.voorkeursaanbieder !== '')).toBeGreaterThan(0.5);
  });

  it('has region-months inside and outside the waiting norm, and a 75% band of a few percent', () => {
    const perRegioPeildatum = new Map<string, { totaal: number; buiten: number; dreigend: number }>();
    for (const r of rijenVan('wachtlijst')) {
      if (r.wachtstatus !== '6' && r.wachtstatus !== '7') continue;
      const vv = r.sector === 'VV' || r.sector === 'V&V';
      const norm = r.wachtstatus === '6' ? 14 : vv ? 42 : 91;
      const dagen = daysBetween(datum(r.ingangsdatum_status), datum(r.peildatum));
      const sleutel = `${r.zorgkantoorregio} ${r.peildatum}`;
      const telling = perRegioPeildatum.get(sleutel) ?? { totaal: 0, buiten: 0, dreigend: 0 };
      telling.totaal++;
      if (dagen > norm) telling.buiten++;
      else if (dagen >= 0.75 * norm) telling.dreigend++;
      perRegioPeildatum.set(sleutel, telling);
    }
    const tellingen = [...perRegioPeildatum.values()];
    const seinen = tellingen.map((t) => (100 * (t.totaal - t.buiten)) / t.totaal);
    const groen = seinen.filter((s) => s >= 95).length;
    expect(groen).toBeGreaterThan(seinen.length * 0.25);
    expect(groen).toBeLessThan(seinen.length * 0.9);
    const totaal = tellingen.reduce((s, t) => s + t.totaal, 0);
    const buiten = tellingen.reduce((s, t) => s + t.buiten, 0) / totaal;
    const dreigend = tellingen.reduce((s, t) => s + t.dreigend, 0) / totaal;
    expect(buiten).toBeGreaterThan(0.01);
    expect(buiten).toBeLessThan(0.1);
    expect(dreigend).toBeGreaterThan(0.01);
    expect(dreigend).toBeLessThan(0.1);
  });

  /** Monthly figures per region as contracts §3.2 counts them (by deadline month, latest row wins). */
  function maandcijfers(soort: 'pgb' | 'maz'): number[] {
    const laatste = new Map<string, Rij>();
    for (const r of rijenVan(soort)) laatste.set(`${r.zorgkantoorregio}|${r.aanvraag_id ?? r.maz_id}`, r);
    const peildatum = gelezen[gelezen.length - 1]?.bestand.peildatum as CalendarDate;
    const eersteMaand = monthOf(gelezen[0]?.bestand.peildatum as CalendarDate);
    const cijfers = new Map<string, { tijdig: number; teLaat: number }>();
    for (const r of laatste.values()) {
      if (r.besluit === 'ingetrokken') continue;
      const start = datum(soort === 'pgb' ? r.ontvangstdatum : r.aanvangsdatum_zorg);
      const eindTekst = soort === 'pgb' ? r.besluitdatum : r.verwerkingsdatum_cak;
      const vorm = parseLeveringsvorm(r.leveringsvorm ?? '');
      const norm = soort === 'pgb' ? 42 : vorm.ok && vorm.leveringsvorm === 'pgb' ? 120 : 30;
      const deadline = addDays(start, norm);
      if (deadline > peildatum || monthOf(deadline) < eersteMaand) continue;
      const deadlineMaand = monthOf(deadline);
      const sleutel = `${r.zorgkantoorregio} ${deadlineMaand}`;
      const c = cijfers.get(sleutel) ?? { tijdig: 0, teLaat: 0 };
      const dagen = eindTekst ? daysBetween(start, datum(eindTekst)) : daysBetween(start, peildatum);
      if (dagen <= norm && eindTekst) c.tijdig++;
      else if (dagen > norm) c.teLaat++;
      cijfers.set(sleutel, c);
    }
    return [...cijfers.values()].map((c) => (100 * c.tijdig) / (c.tijdig + c.teLaat));
  }

  it('has pgb decisions mostly within 42 days, with months above and below 95%', () => {
    const besloten = rijenVan('pgb').filter((r) => r.besluitdatum !== '');
    const unieke = new Map(besloten.map((r) => [`${r.zorgkantoorregio}|${r.aanvraag_id}`, r]));
    const rijen = [...unieke.values()];
    const doorloop = (r: Rij) => daysBetween(datum(r.ontvangstdatum), datum(r.besluitdatum));
    expect(aandeel(rijen, (r) => doorloop(r) >= 10 && doorloop(r) <= 40)).toBeGreaterThan(0.85);
    expect(aandeel(rijen, (r) => doorloop(r) > 42)).toBeGreaterThan(0.005);
    expect(aandeel(rijen, (r) => doorloop(r) > 42)).toBeLessThan(0.1);
    expect(aandeel(rijen, (r) => r.besluit === 'toegekend')).toBeCloseTo(0.8, 1);
    expect(aandeel(rijen, (r) => r.besluit === 'afgewezen')).toBeCloseTo(0.15, 1);
    expect(aandeel(rijen, (r) => r.besluit === 'ingetrokken')).toBeCloseTo(0.05, 1);
    const cijfers = maandcijfers('pgb');
    expect(cijfers.filter((c) => c >= 95).length).toBeGreaterThan(cijfers.length * 0.3);
    expect(cijfers.filter((c) => c < 95).length).toBeGreaterThan(cijfers.length * 0.05);
  });

  it('has the MAZ mix of leveringsvormen, ~2% uitval, and months above and below 80%', () => {
    const uniek = new Map(rijenVan('maz').map((r) => [`${r.zorgkantoorregio}|${r.maz_id}`, r]));
    const rijen = [...uniek.values()];
    const vorm = (naam: string) => (r: Rij) => {
      const v = parseLeveringsvorm(r.leveringsvorm ?? '');
      return v.ok && v.leveringsvorm === naam;
    };
    const verwacht = { verblijf: 0.45, vpt: 0.1, mpt: 0.25, pgb: 0.12, dtv: 0.05, vkb: 0.03 };
    for (const [naam, fractie] of Object.entries(verwacht)) {
      expect(Math.abs(aandeel(rijen, vorm(naam)) - fractie)).toBeLessThan(0.02);
    }
    const verwerkt = rijen.filter((r) => r.uitval !== '');
    const uitval = aandeel(verwerkt, (r) => (parseBooleanValue(r.uitval ?? '') as { value: boolean }).value);
    expect(uitval).toBeGreaterThan(0.01);
    expect(uitval).toBeLessThan(0.035);
    const cijfers = maandcijfers('maz');
    expect(cijfers.filter((c) => c >= 80).length).toBeGreaterThan(cijfers.length * 0.3);
    expect(cijfers.filter((c) => c < 80).length).toBeGreaterThan(cijfers.length * 0.05);
  });
});

describe('writeDemoExtracts: options', () => {
  const geldig: DemoOptions = { regios: demoRegios(1), maanden: 1, eindMaand: calendarMonth('2024-01') };

  it.each([
    [{ regios: [] }, 'minstens één'],
    [{ regios: ['9999' as RegioCode] }, 'onbekende zorgkantoorregio "9999"'],
    [{ regios: ['5517', '5517'] as RegioCode[] }, 'twee keer'],
    [{ maanden: 0 }, 'aantal maanden'],
    [{ maanden: 2.5 }, 'aantal maanden'],
    [{ schaal: 0 }, 'schaal'],
    [{ seed: Number.NaN }, 'seed'],
    [{ eindMaand: '2024-13' }, 'eindmaand'],
    [{ eindMaand: '2015-06', maanden: 12 }, 'sinds 1 januari 2015'],
  ] as const)('refuses %j', async (afwijking, melding) => {
    const dir = await tijdelijkeMap();
    const poging = writeDemoExtracts(dir, { ...geldig, ...afwijking } as DemoOptions);
    await expect(poging).rejects.toThrow(DemoOptiesFout);
    await expect(poging).rejects.toThrow(melding);
    expect(await readdir(dir)).toEqual([]);
  });

  it('creates the directory and scales the size', async () => {
    const dir = join(await tijdelijkeMap(), 'nieuw', 'map');
    const klein = await writeDemoExtracts(dir, { ...geldig, schaal: 0.5 });
    const normaal = await writeDemoExtracts(join(dir, 'normaal'), geldig);
    const wachtlijst = (bs: DemoBestand[]) => bs.find((b) => b.soort === 'wachtlijst')?.rijen ?? 0;
    expect(wachtlijst(klein) / wachtlijst(normaal)).toBeGreaterThan(0.4);
    expect(wachtlijst(klein) / wachtlijst(normaal)).toBeLessThan(0.6);
  });
});
