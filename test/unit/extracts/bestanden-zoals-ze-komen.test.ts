import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../../shared/calendar/calendar-date.ts';
import { formatExtractFout } from '../../../shared/extracts/extract-fout.ts';
import { MAX_FOUTEN_PER_SOORT } from '../../../shared/extracts/fout-verzameling.ts';
import { parseExtract } from '../../../shared/extracts/parse-extract.ts';
import { chunksOf, csv, PGB_KOP, WACHTLIJST_KOP } from '../../support/csv-text.ts';
import { accepted, errorLines, P, refused, VANDAAG, W } from '../../support/extract-parse.ts';

describe('files as Dutch Excel writes them', () => {
  it('sep=; line, BOM, CRLF, empty rows ;;;; and dates without leading zeros: accepted', async () => {
    const text =
      '\ufeffsep=;\r\n' +
      csv(
        [
          [...WACHTLIJST_KOP],
          W({ peildatum: '28-8-2023', ingangsdatum_status: '1-7-2023' }),
          WACHTLIJST_KOP.map(() => ''),
          W({ client_id: 'C-002', peildatum: '28-08-2023', overbrugging_sinds: '1-8-2023' }),
        ],
        { delimiter: ';', eol: '\r\n' },
      );
    for (const size of [1, 7, 64 * 1024]) {
      const extract = await accepted(text, size);
      expect(extract.rijen).toBe(2);
      expect(extract.peildatum).toBe('2023-08-28');
      expect(extract.regels).toEqual([
        expect.objectContaining({ clientId: 'C-001', ingangsdatumStatus: '2023-07-01' }),
        expect.objectContaining({ clientId: 'C-002', overbruggingSinds: '2023-08-01' }),
      ]);
    }
  });

  it('row numbers count the sep= line, blank lines and empty rows, as the file shows them', async () => {
    const text = `sep=;\n\n${WACHTLIJST_KOP.join(';')}\n;;;;;;;;;;\n${W({ sector: 'X' }).join(';')}\n`;
    expect(await errorLines(text)).toEqual([
      'rij 5, kolom sector, waarde "X": onbekende sector; toegestaan: VV (V&V), GHZ (GZ, VG, LG, ZG), GGZ',
    ]);
    const header = await errorLines(`sep=,\n\na,b\n1,2\n`);
    expect(header[0]).toMatch(/^rij 3: onbekende soort extract/);
  });

  it('a CRLF header with LF rows is read row by row, not glued into one row', async () => {
    const text = `${PGB_KOP.join(';')}\r\n${[P(), P({ aanvraag_id: 'A-2' }), P({ aanvraag_id: 'A-3' })].map((r) => r.join(';')).join('\n')}\n`;
    const extract = await accepted(text, 64 * 1024);
    expect(extract.rijen).toBe(3);
    expect(extract.regels.map((r) => ('aanvraagId' in r ? r.aanvraagId : ''))).toEqual(['A-1', 'A-2', 'A-3']);
  });

  it('a UTF-16 file is named as such; a Latin-1 file names row and column', async () => {
    const text = csv([[...WACHTLIJST_KOP], W(), W({ client_id: 'C-2', zorgprofiel: 'Zoë' })], {
      delimiter: ';',
    });
    expect(await errorLines(Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(text, 'utf16le')]))).toEqual([
      'het bestand is UTF-16; sla het op als "CSV UTF-8"',
    ]);
    const afgewezen = await refused(Buffer.from(text, 'latin1'));
    expect(afgewezen.fouten).toEqual([
      {
        rij: 3,
        kolom: 'zorgprofiel',
        waarde: null,
        reden:
          'teken dat geen UTF-8 is (byte 0xEB, in Latin-1 "ë"); het bestand is waarschijnlijk opgeslagen als Latin-1 (ANSI); sla het op als "CSV UTF-8"',
      },
    ]);
    expect(afgewezen.soort).toBe('wachtlijst');
  });

  it('every row before a broken quote is still checked and reported, however the file is chunked', async () => {
    const text = `${WACHTLIJST_KOP.join(',')}\n${W({ sector: 'X' }).join(',')}\n${W({ client_id: 'C-2' }).join(',')}\n2023-08-28,5517,"C-3\n`;
    for (const size of [7, 64 * 1024]) {
      expect((await refused(text, size)).fouten.map(formatExtractFout)).toEqual([
        'rij 2, kolom sector, waarde "X": onbekende sector; toegestaan: VV (V&V), GHZ (GZ, VG, LG, ZG), GGZ',
        'rij 4: een aanhalingsteken (") wordt niet gesloten; het bestand is vanaf hier niet te lezen',
      ]);
    }
  });
});

describe('dates in the rows', () => {
  it('a two-digit year is a row error with the full form as example', async () => {
    expect(await errorLines(csv([[...WACHTLIJST_KOP], W({ ingangsdatum_status: '1-7-23' })]))).toEqual([
      'rij 2, kolom ingangsdatum_status, waarde "1-7-23": jaartal met twee cijfers (23): schrijf het jaar voluit, bv. 01-07-2023',
    ]);
  });

  it('a peildatum after today is a row error naming today; today itself is fine', async () => {
    const morgen = '26-11-2026';
    const afgewezen = await refused(
      csv([[...PGB_KOP], P({ peildatum: morgen }), P({ peildatum: morgen, aanvraag_id: 'A-2' })]),
    );
    expect(afgewezen.fouten.map(formatExtractFout)).toEqual([
      `rij 2, kolom peildatum, waarde "${morgen}": ligt na vandaag (25-11-2026)`,
      `rij 3, kolom peildatum, waarde "${morgen}": ligt na vandaag (25-11-2026)`,
    ]);
    expect(afgewezen.fouten.every((f) => f.regio === '5517')).toBe(true);
    const vandaag = await accepted(
      csv([[...PGB_KOP], P({ peildatum: '2026-11-25', ontvangstdatum: '2026-11-25' })]),
    );
    expect(vandaag.peildatum).toBe(VANDAAG);
  });

  it('a peildatum far in the future (2199-12-31) never becomes data', async () => {
    const result = await parseExtract(chunksOf(csv([[...PGB_KOP], P({ peildatum: '2199-12-31' })])), {
      vandaag: calendarDate('2026-11-25'),
    });
    expect(result.ok).toBe(false);
  });
});

describe('errors carry the region of their row', () => {
  it('also errors found before the region cell was read, duplicates and deviating peildata', async () => {
    const afgewezen = await refused(
      csv([
        [...WACHTLIJST_KOP],
        W({ peildatum: '2023-02-30', zorgkantoorregio: '5521' }),
        W({ zorgkantoorregio: '5501', sector: 'X' }),
        W({ zorgkantoorregio: '5501' }),
        W({ zorgkantoorregio: '5501', client_id: 'C-001' }),
        W({ zorgkantoorregio: '5501', client_id: 'C-009' }),
        W({ zorgkantoorregio: '5517', peildatum: '2023-08-27', client_id: 'C-5' }),
        W({ zorgkantoorregio: '9999', sector: 'X', client_id: 'C-6' }),
      ]),
    );
    expect(afgewezen.fouten.map((f) => [f.rij, f.kolom, f.regio])).toEqual([
      [2, 'peildatum', '5521'],
      [3, 'sector', '5501'],
      [5, 'client_id', '5501'],
      [7, 'peildatum', '5517'],
      [8, 'zorgkantoorregio', undefined],
      [8, 'sector', undefined],
    ]);
    expect(afgewezen.foutSamenvatting.map((g) => [g.regio, g.kolom, g.aantal])).toEqual([
      ['5521', 'peildatum', 1],
      ['5501', 'sector', 1],
      ['5501', 'client_id', 1],
      ['5517', 'peildatum', 1],
      [undefined, 'zorgkantoorregio', 1],
      [undefined, 'sector', 1],
    ]);
  });

  it('problems of the file as a whole have no region', async () => {
    const afgewezen = await refused(`${WACHTLIJST_KOP.join(',')}\n`);
    expect(afgewezen.fouten).toEqual([
      { rij: null, kolom: null, waarde: null, reden: 'het bestand bevat geen gegevensrijen, alleen een kop' },
    ]);
  });
});

describe('a file with very many bad rows: bounded errors, every kind visible', () => {
  const AANTAL = 30_000;
  /** Bad rows in two regions, each with two problems, and every third row with a deviating peildatum. */
  function veleFouten(): string {
    const regels = [WACHTLIJST_KOP.join(',')];
    for (let i = 0; i < AANTAL; i++) {
      regels.push(
        W({
          client_id: `C-${i}`,
          zorgkantoorregio: i % 2 === 0 ? '5517' : '5521',
          sector: 'X',
          ingangsdatum_status: `2023-02-${29 + (i % 2)}`,
          peildatum: i % 3 === 0 ? '2023-08-27' : '2023-08-28',
        }).join(','),
      );
    }
    return `${regels.join('\n')}\n`;
  }

  it('keeps the first errors of each kind per region and counts all of them', async () => {
    const afgewezen = await refused(veleFouten(), 64 * 1024);
    const peildatumAfwijkend = AANTAL / 3;
    expect(afgewezen.foutAantal).toBe(AANTAL * 2 + peildatumAfwijkend);
    expect(afgewezen.rijen).toBe(AANTAL);
    const groepen = afgewezen.foutSamenvatting.map((g) => [g.regio, g.kolom, g.reden, g.aantal]);
    const vanRegio = (regio: string, dag: number) => [
      [regio, 'sector', 'onbekende sector; toegestaan: VV (V&V), GHZ (GZ, VG, LG, ZG), GGZ', AANTAL / 2],
      [regio, 'ingangsdatum_status', `dag ${dag} bestaat niet in februari 2023`, AANTAL / 2],
      [
        regio,
        'peildatum',
        'wijkt af van de peildatum van het bestand (28-08-2023, op 20.000 rijen); alle rijen moeten dezelfde peildatum hebben',
        peildatumAfwijkend / 2,
      ],
    ];
    expect(groepen).toEqual([...vanRegio('5517', 29), ...vanRegio('5521', 30)]);
    expect(afgewezen.fouten).toHaveLength(6 * MAX_FOUTEN_PER_SOORT);
    // The first rows of each kind, in row order.
    expect(afgewezen.foutSamenvatting[2]?.eersteRijen.slice(0, 3)).toEqual([2, 8, 14]);
    const rijen = afgewezen.fouten.map((f) => f.rij ?? 0);
    expect(rijen).toEqual([...rijen].sort((a, b) => a - b));
    expect(Math.max(...rijen)).toBeLessThan(200);
    expect(JSON.stringify(afgewezen).length).toBeLessThan(60_000);
  });
});

describe('a header no store item could hold', () => {
  it('10,000 unknown columns give one short warning', async () => {
    const extra = Array.from({ length: 10_000 }, (_, i) => `extra_${i}`);
    const extract = await accepted(
      csv([
        [...PGB_KOP, ...extra],
        [...P(), ...extra.map(() => 'x')],
      ]),
      64 * 1024,
    );
    expect(extract.waarschuwingen).toEqual([
      '10.000 onbekende kolommen worden genegeerd: "extra_0", "extra_1", "extra_2", "extra_3", "extra_4", "extra_5", "extra_6", "extra_7", "extra_8", "extra_9", …',
    ]);
    expect(extract.regels).toHaveLength(1);
  });

  it('a 500 kB column name is shown shortened; many nameless columns are counted', async () => {
    const lang = 'k'.repeat(500_000);
    const extract = await accepted(csv([[...PGB_KOP, lang, '', '', ''], P()]), 64 * 1024);
    expect(extract.waarschuwingen).toEqual([
      `onbekende kolom "${'k'.repeat(60)}…" wordt genegeerd`,
      '3 kolommen zonder naam worden genegeerd: kolom 10, 11, 12',
    ]);
  });
});
