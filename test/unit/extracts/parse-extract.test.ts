import { describe, expect, it } from 'vitest';
import { formatExtractFout } from '../../../shared/extracts/extract-fout.ts';
import { parseExtract } from '../../../shared/extracts/parse-extract.ts';
import { chunksOf, csv, MAZ_KOP, PGB_KOP, WACHTLIJST_KOP } from '../../support/csv-text.ts';
import { accepted, errorLines, M, P, refused, VANDAAG, W } from '../../support/extract-parse.ts';

describe('parseExtract: the three kinds', () => {
  it('reads a wachtlijst extract into typed rows', async () => {
    const extract = await accepted(
      csv([
        [...WACHTLIJST_KOP],
        W(),
        W({
          client_id: 'C-002',
          sector: 'GZ',
          wachtstatus: '6',
          classificatie: '3',
          zorg_tijdens_wachten: 'nee',
          overbrugging_sinds: '2023-08-01',
          voorkeursaanbieder: '1234567',
        }),
      ]),
    );
    expect(extract.soort).toBe('wachtlijst');
    expect(extract.peildatum).toBe('2023-08-28');
    expect(extract.regios).toEqual(['5517']);
    expect(extract.rijen).toBe(2);
    expect(extract.regels).toEqual([
      {
        regio: '5517',
        clientId: 'C-001',
        sector: 'VV',
        zorgprofiel: 'VV05',
        wachtstatus: 'actief_plaatsen',
        classificatie: '09',
        ingangsdatumStatus: '2023-07-01',
        zorgTijdensWachten: true,
        overbruggingSinds: undefined,
        voorkeursaanbieder: undefined,
      },
      {
        regio: '5517',
        clientId: 'C-002',
        sector: 'GHZ',
        zorgprofiel: 'VV05',
        wachtstatus: 'urgent_plaatsen',
        classificatie: '03',
        ingangsdatumStatus: '2023-07-01',
        zorgTijdensWachten: false,
        overbruggingSinds: '2023-08-01',
        voorkeursaanbieder: '01234567',
      },
    ]);
  });

  it('reads a pgb extract, open and decided', async () => {
    const extract = await accepted(
      csv([
        [...PGB_KOP],
        P(),
        P({ aanvraag_id: 'A-2', sector: 'V&V', besluitdatum: '2023-08-10', besluit: 'Toegekend' }),
      ]),
    );
    expect(extract.soort).toBe('pgb');
    expect(extract.regels).toEqual([
      {
        regio: '5517',
        clientId: 'C-001',
        aanvraagId: 'A-1',
        sector: undefined,
        ontvangstdatum: '2023-07-01',
        besluitdatum: undefined,
        besluit: undefined,
      },
      {
        regio: '5517',
        clientId: 'C-001',
        aanvraagId: 'A-2',
        sector: 'VV',
        ontvangstdatum: '2023-07-01',
        besluitdatum: '2023-08-10',
        besluit: 'toegekend',
      },
    ]);
  });

  it('reads a maz extract with leveringsvorm codes and names', async () => {
    const extract = await accepted(
      csv([
        [...MAZ_KOP],
        M(),
        M({ maz_id: 'M-2', leveringsvorm: '2', verwerkingsdatum_cak: '2023-08-20', uitval: 'true' }),
        M({ maz_id: 'M-3', leveringsvorm: 'Volledig pakket thuis', uitval: '0' }),
      ]),
    );
    expect(extract.soort).toBe('maz');
    expect(extract.regels.map((r) => ('leveringsvorm' in r ? r.leveringsvorm : ''))).toEqual([
      'verblijf',
      'pgb',
      'vpt',
    ]);
    expect(extract.regels[1]).toMatchObject({ verwerkingsdatumCak: '2023-08-20', uitval: true });
    expect(extract.regels[2]).toMatchObject({ uitval: false });
  });

  it('holds several regions in one file', async () => {
    const extract = await accepted(
      csv([[...WACHTLIJST_KOP], W({ zorgkantoorregio: '5521' }), W({ zorgkantoorregio: '5501' })]),
    );
    expect(extract.regios).toEqual(['5501', '5521']);
  });

  it('the same client_id in two regions is not a duplicate', async () => {
    const extract = await accepted(
      csv([[...WACHTLIJST_KOP], W({ zorgkantoorregio: '5521' }), W({ zorgkantoorregio: '5501' })]),
    );
    expect(extract.regels).toHaveLength(2);
  });
});

describe('parseExtract: awkward but valid input', () => {
  it('a UTF-8 BOM, CRLF line ends and ; as delimiter (Dutch Excel)', async () => {
    const text = csv([[...WACHTLIJST_KOP], W(), W({ client_id: 'C-002' })], {
      delimiter: ';',
      eol: '\r\n',
      bom: true,
    });
    for (const chunk of [1, 2, 5, 1000]) {
      const extract = await accepted(text, chunk);
      expect(extract.scheidingsteken).toBe(';');
      expect(extract.regels.map((r) => ('clientId' in r ? r.clientId : ''))).toEqual(['C-001', 'C-002']);
    }
  });

  it('quoted fields holding the delimiter, quotes and a line break', async () => {
    const text = [
      PGB_KOP.join(';'),
      '2023-08-31;5517;"C;001";"A ""1""";VV;2023-07-01;;',
      '2023-08-31;5517;"C-\n002";A-2;VV;2023-07-01;;',
      '2023-08-31;5517;C-003;A-3;VV;2023-07-01;;',
    ].join('\n');
    const result = await parseExtract(chunksOf(text), { vandaag: VANDAAG });
    // The line break inside client_id is refused as a key, and row numbers count records.
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.afgewezen.fouten.map(formatExtractFout)).toEqual([
      // The line break is written out, so that one error stays one line.
      'rij 3, kolom client_id, waarde "C-<U+000A>002": bevat een regeleinde',
    ]);
    const good = await accepted(
      [PGB_KOP.join(';'), '2023-08-31;5517;"C;001";"A ""1""";"V&V";2023-07-01;;'].join('\r\n'),
    );
    expect(good.regels[0]).toMatchObject({ clientId: 'C;001', aanvraagId: 'A "1"', sector: 'VV' });
  });

  it('extra columns are ignored and reported as warnings', async () => {
    const extract = await accepted(
      csv([
        [...MAZ_KOP, 'Opmerking', ''],
        [...M(), 'iets', ''],
      ]),
    );
    expect(extract.waarschuwingen).toEqual([
      'onbekende kolom "Opmerking" wordt genegeerd',
      'kolom 10 heeft geen naam en wordt genegeerd',
    ]);
  });

  it('column names in any case, with spaces, in any order', async () => {
    const header = [
      '  ZorgkantoorRegio ',
      'MAZ_ID',
      'Client_ID',
      'PEILDATUM',
      'aanvangsdatum_zorg',
      'Leveringsvorm',
    ];
    const extract = await accepted(csv([header, ['5517', 'M-9', 'C-9', '31-08-2023', '01-08-2023', 'MPT']]));
    expect(extract.regels[0]).toMatchObject({
      regio: '5517',
      mazId: 'M-9',
      leveringsvorm: 'mpt',
      aanvangsdatumZorg: '2023-08-01',
    });
    expect(extract.peildatum).toBe('2023-08-31');
  });

  it('dates as DD-MM-YYYY, codes and names for wachtstatus and sector synonyms', async () => {
    const extract = await accepted(
      csv([
        [...WACHTLIJST_KOP],
        W({ peildatum: '28-08-2023', wachtstatus: 'Urgent plaatsen', classificatie: '01', sector: 'V&V' }),
        W({ client_id: 'C-2', peildatum: '2023-08-28', wachtstatus: '2', classificatie: '16', sector: 'LG' }),
        W({
          client_id: 'C-3',
          peildatum: '28-08-2023',
          wachtstatus: '3',
          classificatie: '13',
          sector: 'ggz',
        }),
      ]),
    );
    expect(extract.regels.map((r) => ('wachtstatus' in r ? [r.wachtstatus, r.sector] : []))).toEqual([
      ['urgent_plaatsen', 'VV'],
      ['wacht_op_voorkeur', 'GHZ'],
      ['wacht_uit_voorzorg', 'GGZ'],
    ]);
  });

  it('empty lines are skipped but still count as rows', async () => {
    const text = `${WACHTLIJST_KOP.join(',')}\n${W().join(',')}\n\n${W({ client_id: 'C-1', wachtstatus: '9' }).join(',')}\n`;
    const lines = await errorLines(text);
    expect(lines[0]).toMatch(/^rij 4, kolom wachtstatus/);
  });

  it('trailing empty fields beyond the header are ignored', async () => {
    const extract = await accepted(`${MAZ_KOP.join(',')}\n${M().join(',')},,\n`);
    expect(extract.regels).toHaveLength(1);
  });

  it('a missing trailing cell of an optional column is read as empty', async () => {
    const extract = await accepted(`${MAZ_KOP.join(',')}\n${M().slice(0, 6).join(',')}\n`);
    expect(extract.regels[0]).toMatchObject({ verwerkingsdatumCak: undefined, uitval: undefined });
  });

  it('multi-byte characters split across chunks', async () => {
    const extract = await accepted(
      csv([
        [...WACHTLIJST_KOP, 'naam'],
        [...W(), 'Zoë Ĳsselmeer'],
      ]),
      1,
    );
    expect(extract.regels).toHaveLength(1);
  });
});

describe('parseExtract: files refused as a whole', () => {
  it('an empty file', async () => {
    expect(await errorLines('')).toEqual(['het bestand is leeg']);
  });

  it('a header without data rows', async () => {
    expect(await errorLines(`${WACHTLIJST_KOP.join(',')}\n`)).toEqual([
      'het bestand bevat geen gegevensrijen, alleen een kop',
    ]);
    expect(await errorLines(`${WACHTLIJST_KOP.join(',')}\n\n\n`)).toEqual([
      'het bestand bevat geen gegevensrijen, alleen een kop',
    ]);
  });

  it('a binary file, a spreadsheet and a non-UTF-8 text', async () => {
    expect(await errorLines(Buffer.from([0x00, 0x01, 0x02, 0x03]))).toEqual([
      'dit is geen tekstbestand (CSV): het bevat binaire gegevens',
    ]);
    expect((await errorLines(Buffer.from('PK\u0003\u0004xl/workbook.xml')))[0]).toMatch(/Excel-werkmap/);
    const latin1 = Buffer.from(`${WACHTLIJST_KOP.join(';')}\n2023-08-28;5517;Zo\u00eb`, 'latin1');
    expect(await errorLines(latin1)).toEqual([
      'rij 2, kolom client_id: teken dat geen UTF-8 is (byte 0xEB, in Latin-1 "ë"); het bestand is waarschijnlijk opgeslagen als Latin-1 (ANSI); sla het op als "CSV UTF-8"',
    ]);
  });

  it('a header that names no kind, or more than one', async () => {
    expect(await errorLines('a,b,c\n1,2,3\n')).toEqual([
      'rij 1: onbekende soort extract: de kop bevat geen kolom wachtstatus (wachtlijst), aanvraag_id (pgb) of maz_id (maz)',
    ]);
    expect(await errorLines(`${[...PGB_KOP, 'maz_id'].join(',')}\n`)).toEqual([
      'rij 1: de kop past bij meer dan één soort extract (pgb, maz); één bestand bevat één soort',
    ]);
  });

  it('a missing required column', async () => {
    const header = WACHTLIJST_KOP.filter((k) => k !== 'ingangsdatum_status' && k !== 'sector');
    expect(await errorLines(csv([header, header.map(() => 'x')]))).toEqual([
      'rij 1, kolom sector: verplichte kolom ontbreekt in een wachtlijst-extract',
      'rij 1, kolom ingangsdatum_status: verplichte kolom ontbreekt in een wachtlijst-extract',
    ]);
  });

  it('a column named bsn, and its values never appear in the report', async () => {
    const afgewezen = await refused(
      csv([
        [...PGB_KOP, 'BSN'],
        [...P(), '111222333'],
      ]),
    );
    expect(afgewezen.fouten.map(formatExtractFout)).toEqual([
      'rij 1, kolom BSN: een kolom bsn is niet toegestaan: de monitor slaat nooit een BSN op; lever een pseudoniem client_id zonder BSN-kolom',
    ]);
    expect(afgewezen.bevatBsn).toBe(true);
    expect(JSON.stringify(afgewezen)).not.toContain('111222333');
  });

  it('a duplicate column name', async () => {
    expect(
      await errorLines(
        csv([
          [...MAZ_KOP, 'Maz_id'],
          [...M(), 'x'],
        ]),
      ),
    ).toEqual(['rij 1, kolom maz_id: de kolom komt twee keer voor (kolom 4 en 9)']);
  });

  it('an unclosed quote names the row where reading stopped', async () => {
    const lines = await errorLines(`${MAZ_KOP.join(',')}\n${M().join(',')}\n2023-08-31,5517,"C-2,M-2\n`);
    expect(lines).toEqual([
      'rij 3: een aanhalingsteken (") wordt niet gesloten; het bestand is vanaf hier niet te lezen',
    ]);
  });

  it('rows with different peildata: every deviating row is named against the majority', async () => {
    const lines = await errorLines(
      csv([
        [...WACHTLIJST_KOP],
        W({ client_id: 'A', peildatum: '2023-08-29' }),
        W({ client_id: 'B' }),
        W({ client_id: 'C', peildatum: '28-08-2023' }),
        W({ client_id: 'D', peildatum: '2023-07-31', ingangsdatum_status: '2023-07-01' }),
      ]),
    );
    expect(lines).toEqual([
      'rij 2, kolom peildatum, waarde "2023-08-29": wijkt af van de peildatum van het bestand (28-08-2023, op 2 rijen); alle rijen moeten dezelfde peildatum hebben',
      'rij 5, kolom peildatum, waarde "2023-07-31": wijkt af van de peildatum van het bestand (28-08-2023, op 2 rijen); alle rijen moeten dezelfde peildatum hebben',
    ]);
  });
});

describe('parseExtract: row errors name row, column, value and reason', () => {
  const cases: Array<[string, string[][], string[]]> = [
    [
      'an impossible date',
      [W({ ingangsdatum_status: '2023-02-30' })],
      ['rij 2, kolom ingangsdatum_status, waarde "2023-02-30": dag 30 bestaat niet in februari 2023'],
    ],
    [
      'a date in neither form',
      [W({ peildatum: '28/08/2023' })],
      ['rij 2, kolom peildatum, waarde "28/08/2023": geen datum in de vorm JJJJ-MM-DD of DD-MM-JJJJ'],
    ],
    [
      'an unknown region code',
      [W({ zorgkantoorregio: '5522' })],
      [
        'rij 2, kolom zorgkantoorregio, waarde "5522": onbekende zorgkantoorregio; verwacht een code uit 5501–5533 (zie zorgplicht regios)',
      ],
    ],
    [
      'a client_id that is a BSN (masked in the report)',
      [W({ client_id: '123456782' })],
      [
        'rij 2, kolom client_id, waarde "123******": lijkt een BSN (9 cijfers die de elfproef doorstaan); de monitor slaat nooit een BSN op',
      ],
    ],
    [
      'an empty required cell',
      [W({ sector: '' })],
      ['rij 2, kolom sector, waarde leeg: verplicht veld is leeg'],
    ],
    [
      'wachtstatus 1, 4 or 5',
      [W({ wachtstatus: '4', classificatie: '09' })],
      [
        'rij 2, kolom wachtstatus, waarde "4": code 4 (In zorg) is geen wachtstatus in deze monitor; toegestaan: 6, 7, 2, 3',
      ],
    ],
    [
      'a classificatie that does not go with the status',
      [W({ wachtstatus: 'wacht_uit_voorzorg', classificatie: '16' })],
      [
        'rij 2, kolom classificatie, waarde "16": classificatie 16 (Logeren) hoort niet bij wachtstatus wacht_uit_voorzorg; toegestaan: 13, 14, 15, 17, 18, 19',
      ],
    ],
    [
      'a boolean that is not one',
      [W({ zorg_tijdens_wachten: 'soms' })],
      [
        'rij 2, kolom zorg_tijdens_wachten, waarde "soms": geen ja/nee-waarde; toegestaan: J/N, ja/nee, true/false, 1/0',
      ],
    ],
    [
      'a start date after the peildatum',
      [W({ ingangsdatum_status: '2023-09-01' })],
      ['rij 2, kolom ingangsdatum_status, waarde "2023-09-01": ligt na de peildatum (28-08-2023)'],
    ],
    [
      'overbrugging_sinds after the peildatum',
      [W({ overbrugging_sinds: '29-08-2023' })],
      ['rij 2, kolom overbrugging_sinds, waarde "29-08-2023": ligt na de peildatum (28-08-2023)'],
    ],
    [
      'a duplicate client in one region',
      [W(), W({ client_id: 'C-002' }), W()],
      [
        'rij 4, kolom client_id, waarde "C-001": komt in regio 5517 al voor op rij 2; elke client_id mag per regio één keer voorkomen',
      ],
    ],
    [
      'a field too many (a delimiter inside an unquoted value)',
      [[...W(), 'x']],
      [
        'rij 2, kolom 12, waarde "x": de rij heeft 12 velden, de kop maar 11; staat er een scheidingsteken te veel in een waarde?',
      ],
    ],
  ];

  it.each(cases)('wachtlijst: %s', async (_name, rows, expected) => {
    expect(await errorLines(csv([[...WACHTLIJST_KOP], ...rows]))).toEqual(expected);
  });

  const pgbCases: Array<[string, string[][], string[]]> = [
    [
      'a decision date without a decision',
      [P({ besluitdatum: '2023-08-01' })],
      ['rij 2, kolom besluit, waarde leeg: besluit is verplicht wanneer besluitdatum is ingevuld'],
    ],
    [
      'a decision without a decision date',
      [P({ besluit: 'toegekend' })],
      ['rij 2, kolom besluit, waarde "toegekend": besluit moet leeg zijn zolang besluitdatum leeg is'],
    ],
    [
      'an unknown decision',
      [P({ besluitdatum: '2023-08-01', besluit: 'misschien' })],
      [
        'rij 2, kolom besluit, waarde "misschien": onbekend besluit; toegestaan: toegekend, afgewezen, ingetrokken',
      ],
    ],
    [
      'a decision before the application',
      [P({ besluitdatum: '2023-06-30', besluit: 'afgewezen' })],
      ['rij 2, kolom besluitdatum, waarde "2023-06-30": ligt voor ontvangstdatum (01-07-2023)'],
    ],
    [
      'a decision after the peildatum',
      [P({ besluitdatum: '2023-09-01', besluit: 'afgewezen' })],
      ['rij 2, kolom besluitdatum, waarde "2023-09-01": ligt na de peildatum (31-08-2023)'],
    ],
    [
      'a duplicate aanvraag_id in one region',
      [P(), P({ client_id: 'C-9' })],
      [
        'rij 3, kolom aanvraag_id, waarde "A-1": komt in regio 5517 al voor op rij 2; elke aanvraag_id mag per regio één keer voorkomen',
      ],
    ],
    [
      'an aanvraag_id that is a BSN',
      [P({ aanvraag_id: '111222333' })],
      [
        'rij 2, kolom aanvraag_id, waarde "111******": lijkt een BSN (9 cijfers die de elfproef doorstaan); de monitor slaat nooit een BSN op',
      ],
    ],
  ];

  it.each(pgbCases)('pgb: %s', async (_name, rows, expected) => {
    expect(await errorLines(csv([[...PGB_KOP], ...rows]))).toEqual(expected);
  });

  const mazCases: Array<[string, string[][], string[]]> = [
    [
      'an unknown leveringsvorm',
      [M({ leveringsvorm: '3' })],
      [
        'rij 2, kolom leveringsvorm, waarde "3": onbekende leveringsvorm; toegestaan: 4 verblijf, 5 vpt, 7 mpt, 8 dtv, 2 pgb, 9 vkb',
      ],
    ],
    [
      'processing before the care start',
      [M({ verwerkingsdatum_cak: '2023-07-31' })],
      ['rij 2, kolom verwerkingsdatum_cak, waarde "2023-07-31": ligt voor aanvangsdatum_zorg (01-08-2023)'],
    ],
    [
      'processing after the peildatum',
      [M({ verwerkingsdatum_cak: '01-09-2023' })],
      ['rij 2, kolom verwerkingsdatum_cak, waarde "01-09-2023": ligt na de peildatum (31-08-2023)'],
    ],
    [
      'care start after the peildatum',
      [M({ aanvangsdatum_zorg: '2023-09-01' })],
      ['rij 2, kolom aanvangsdatum_zorg, waarde "2023-09-01": ligt na de peildatum (31-08-2023)'],
    ],
    [
      'a bad uitval',
      [M({ uitval: 'x' })],
      ['rij 2, kolom uitval, waarde "x": geen ja/nee-waarde; toegestaan: J/N, ja/nee, true/false, 1/0'],
    ],
    [
      'a duplicate maz_id in one region',
      [M(), M({ client_id: 'C-2' })],
      [
        'rij 3, kolom maz_id, waarde "M-1": komt in regio 5517 al voor op rij 2; elke maz_id mag per regio één keer voorkomen',
      ],
    ],
  ];

  it.each(mazCases)('maz: %s', async (_name, rows, expected) => {
    expect(await errorLines(csv([[...MAZ_KOP], ...rows]))).toEqual(expected);
  });

  it('reports every error of every row, in row order', async () => {
    const afgewezen = await refused(
      csv([
        [...WACHTLIJST_KOP],
        W({ zorgkantoorregio: '9999', sector: 'X' }),
        W({ client_id: 'C-2' }),
        W({ client_id: 'C-3', wachtstatus: '1', ingangsdatum_status: '2023-02-30' }),
      ]),
    );
    expect(afgewezen.fouten.map((f) => [f.rij, f.kolom])).toEqual([
      [2, 'zorgkantoorregio'],
      [2, 'sector'],
      [4, 'wachtstatus'], // the classificatie cannot be checked without a valid status
      [4, 'ingangsdatum_status'],
    ]);
    expect(afgewezen.soort).toBe('wachtlijst');
    expect(afgewezen.peildatum).toBe('2023-08-28');
    expect(afgewezen.rijen).toBe(3);
    expect(afgewezen.regios).toEqual(['5517']);
  });

  it('a BSN in an ignored column is a row error naming the column, with the value masked', async () => {
    const afgewezen = await refused(
      csv([
        [...MAZ_KOP, 'notitie'],
        [...M(), '123456782'],
      ]),
    );
    expect(afgewezen.fouten.map(formatExtractFout)).toEqual([
      'rij 2, kolom notitie, waarde "123******": lijkt een BSN (9 cijfers die de elfproef doorstaan); de monitor slaat nooit een BSN op',
    ]);
    expect(afgewezen.bevatBsn).toBe(true);
  });
});
