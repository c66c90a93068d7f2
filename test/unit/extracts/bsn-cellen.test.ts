import { describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '../../../shared/calendar/calendar-date.ts';
import { formatExtractFout, shownValue } from '../../../shared/extracts/extract-fout.ts';
import {
  type AfgewezenExtract,
  type GeparseerdExtract,
  parseExtract,
} from '../../../shared/extracts/parse-extract.ts';
import { findStuurteken } from '../../../shared/reference/stuurtekens.ts';
import {
  ANDER_BSN,
  BSN,
  BSN_ZONDER_NUL,
  bsnVormen,
  checkTestNummers,
  gevondenVormen,
} from '../../support/bsn-vormen.ts';
import { chunksOf, csv, MAZ_KOP, PGB_KOP, WACHTLIJST_KOP } from '../../support/csv-text.ts';

type Rij = Record<string, string>;

const wachtlijstRij = (extra: Rij = {}): Rij => ({
  peildatum: '2023-08-28',
  zorgkantoorregio: '5517',
  client_id: 'C-001',
  sector: 'VV',
  zorgprofiel: 'VV05',
  wachtstatus: '7',
  classificatie: '09',
  ingangsdatum_status: '2023-07-01',
  zorg_tijdens_wachten: 'J',
  ...extra,
});

/** A file with the given header and rows; each row an object by column name (CSV-quoted). */
function bestand(kop: readonly string[], rijen: readonly Rij[]): string {
  const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return csv([kop.map(quote), ...rijen.map((r) => kop.map((k) => quote(r[k] ?? '')))]);
}

async function uitkomst(text: string | Buffer) {
  return parseExtract(chunksOf(text, 13), { vandaag: todayInAmsterdam() });
}

async function refused(text: string): Promise<AfgewezenExtract> {
  const result = await uitkomst(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.afgewezen;
}

async function accepted(text: string): Promise<GeparseerdExtract> {
  const result = await uitkomst(text);
  if (!result.ok) throw new Error(result.afgewezen.fouten.map(formatExtractFout).join('\n'));
  return result.extract;
}

const REDEN_9 = 'lijkt een BSN (9 cijfers die de elfproef doorstaan); de monitor slaat nooit een BSN op';
const REDEN_8 =
  'lijkt een BSN zonder voorloopnul (8 cijfers die met een 0 ervoor de elfproef doorstaan); de monitor slaat nooit een BSN op';
const REDEN_IN_TEKST =
  'bevat een getal dat op een BSN lijkt (het doorstaat de elfproef); de monitor slaat nooit een BSN op';

describe('a BSN in any form, in any column, is a row error with the value masked', () => {
  it('uses valid test numbers', () => checkTestNummers());

  const vormen = Object.entries(bsnVormen(BSN));

  it.each(vormen)('client_id written with %s', async (_naam, vorm) => {
    const afgewezen = await refused(bestand(WACHTLIJST_KOP, [wachtlijstRij({ client_id: vorm })]));
    expect(afgewezen.fouten).toEqual([
      { rij: 2, kolom: 'client_id', waarde: shownValue(vorm), reden: REDEN_9, regio: '5517' },
    ]);
    expect(afgewezen.bevatBsn).toBe(true);
    expect(gevondenVormen(JSON.stringify(afgewezen))).toEqual([]);
  });

  it.each(vormen)('an ignored free-text column holding it with %s', async (_naam, vorm) => {
    const afgewezen = await refused(
      bestand(
        [...WACHTLIJST_KOP, 'Opmerking'],
        [wachtlijstRij({ Opmerking: `cliënt belde, ${vorm}, terugbellen` })],
      ),
    );
    expect(afgewezen.fouten.map(formatExtractFout)).toEqual([
      `rij 2, kolom opmerking, waarde "${shownValue(`cliënt belde, ${vorm}, terugbellen`)}": ${REDEN_IN_TEKST}`,
    ]);
    expect(gevondenVormen(JSON.stringify(afgewezen))).toEqual([]);
  });

  const gevallen: Array<[string, readonly string[], Rij, string]> = [
    ['zorgprofiel', WACHTLIJST_KOP, wachtlijstRij({ zorgprofiel: `'${BSN}` }), REDEN_9],
    ['aanvraag_id', PGB_KOP, { ...pgbRij(), aanvraag_id: BSN_ZONDER_NUL }, REDEN_8],
    ['maz_id', MAZ_KOP, { ...mazRij(), maz_id: `BSN ${ANDER_BSN}` }, REDEN_9],
    ['client_id', PGB_KOP, { ...pgbRij(), client_id: `C-${ANDER_BSN}` }, REDEN_IN_TEKST],
  ];
  it.each(gevallen)('%s', async (kolom, kop, rij, reden) => {
    const afgewezen = await refused(bestand(kop, [rij]));
    expect(afgewezen.fouten).toEqual([
      { rij: 2, kolom, waarde: shownValue(rij[kolom] ?? ''), reden, regio: '5517' },
    ]);
    expect(gevondenVormen(JSON.stringify(afgewezen))).toEqual([]);
  });

  it('an optional column that the file leaves out, and a cell beyond the header', async () => {
    const kop = WACHTLIJST_KOP.filter((k) => k !== 'zorgprofiel');
    const text = `${csv([kop])}${kop.map((k) => wachtlijstRij()[k] ?? '').join(',')},extra ${BSN}\n`;
    const afgewezen = await refused(text);
    expect(afgewezen.fouten.map((f) => [f.rij, f.kolom])).toEqual([[2, `${kop.length + 1}`]]);
    expect(gevondenVormen(JSON.stringify(afgewezen))).toEqual([]);
  });

  it('a typed column reports the value once, masked, with its own reason', async () => {
    const afgewezen = await refused(bestand(WACHTLIJST_KOP, [wachtlijstRij({ ingangsdatum_status: BSN })]));
    expect(afgewezen.fouten.map(formatExtractFout)).toEqual([
      'rij 2, kolom ingangsdatum_status, waarde "111******": geen datum in de vorm JJJJ-MM-DD of DD-MM-JJJJ',
    ]);
    expect(afgewezen.bevatBsn).toBe(true);
  });

  it('reports every BSN of every row and column, and the other errors too', async () => {
    const afgewezen = await refused(
      bestand(
        [...WACHTLIJST_KOP, 'notitie', ''],
        [
          wachtlijstRij({ client_id: BSN, notitie: ANDER_BSN, '': BSN_ZONDER_NUL }),
          wachtlijstRij({ client_id: 'C-2', sector: 'XX' }),
          wachtlijstRij({ client_id: 'C-3', zorgprofiel: `${BSN}` }),
        ],
      ),
    );
    expect(afgewezen.fouten.map((f) => [f.rij, f.kolom])).toEqual([
      [2, 'client_id'],
      [2, 'notitie'],
      [2, `${WACHTLIJST_KOP.length + 2}`],
      [3, 'sector'],
      [4, 'zorgprofiel'],
    ]);
    expect(gevondenVormen(JSON.stringify(afgewezen))).toEqual([]);
  });

  it('a column name that is a BSN is an error of row 1, and never echoed in a warning', async () => {
    const afgewezen = await refused(bestand([...WACHTLIJST_KOP, `BSN ${BSN}`], [wachtlijstRij()]));
    expect(afgewezen.fouten.map(formatExtractFout)).toEqual([
      `rij 1, kolom ${WACHTLIJST_KOP.length + 1}, waarde "BSN 111******": ${REDEN_9}`,
    ]);
    expect(afgewezen.waarschuwingen).toEqual(['onbekende kolom "BSN 111******" wordt genegeerd']);
    expect(gevondenVormen(JSON.stringify(afgewezen))).toEqual([]);
  });

  it('a bsn column refuses the file once, not once more per row', async () => {
    const afgewezen = await refused(
      bestand(
        [...PGB_KOP, 'bsn'],
        [
          { ...pgbRij(), bsn: BSN },
          { ...pgbRij('A-2'), bsn: ANDER_BSN },
        ],
      ),
    );
    expect(afgewezen.fouten.map((f) => [f.rij, f.kolom])).toEqual([[1, 'bsn']]);
    expect(afgewezen.bevatBsn).toBe(true);
  });
});

describe('what is not a BSN', () => {
  it('dates, letter-prefixed keys, codes and AGB codes are accepted', async () => {
    // 2026-10-07 and 03-10-2026 pass the elfproef as 8 digits with a 0; so does AGB 73123456.
    const extract = await accepted(
      bestand(
        [...WACHTLIJST_KOP, 'geboortedatum'],
        [
          wachtlijstRij({
            peildatum: '2026-10-07',
            client_id: `K${ANDER_BSN}`,
            ingangsdatum_status: '03-10-2026',
            voorkeursaanbieder: '73123456',
            geboortedatum: '2026-10-07',
          }),
        ],
      ),
    );
    expect(extract.regels).toMatchObject([{ clientId: `K${ANDER_BSN}`, voorkeursaanbieder: '73123456' }]);
    expect(extract.bevatBsn).toBe(false);
  });

  it('an 8-digit value that could be an AGB code counts outside the AGB column', async () => {
    const afgewezen = await refused(
      bestand([...WACHTLIJST_KOP, 'aanbieder'], [wachtlijstRij({ aanbieder: '73123456' })]),
    );
    expect(afgewezen.fouten).toEqual([
      { rij: 2, kolom: 'aanbieder', waarde: '731*****', reden: REDEN_8, regio: '5517' },
    ]);
  });

  it('a 9-digit BSN in the AGB column is refused there', async () => {
    const afgewezen = await refused(bestand(WACHTLIJST_KOP, [wachtlijstRij({ voorkeursaanbieder: BSN })]));
    expect(afgewezen.fouten.map(formatExtractFout)).toEqual([
      'rij 2, kolom voorkeursaanbieder, waarde "111******": geen AGB-code (8 cijfers)',
    ]);
  });
});

describe('invisible and control characters in identifiers', () => {
  it.each([
    ['client_id', WACHTLIJST_KOP, (v: string) => wachtlijstRij({ client_id: v })],
    ['zorgprofiel', WACHTLIJST_KOP, (v: string) => wachtlijstRij({ zorgprofiel: v })],
    ['aanvraag_id', PGB_KOP, (v: string) => ({ ...pgbRij(), aanvraag_id: v })],
    ['maz_id', MAZ_KOP, (v: string) => ({ ...mazRij(), maz_id: v })],
  ] as const)('%s', async (kolom, kop, rij) => {
    for (const [teken, codepunt] of [
      ['\u200b', 'U+200B'],
      ['\u2060', 'U+2060'],
      ['\ufeff', 'U+FEFF'],
      ['\u0007', 'U+0007'],
      ['\u001b', 'U+001B'],
      ['\u007f', 'U+007F'],
      ['\u0085', 'U+0085'],
      ['\u202e', 'U+202E'],
    ] as const) {
      const afgewezen = await refused(bestand(kop, [rij(`X${teken}1`)]));
      expect(afgewezen.fouten).toEqual([
        {
          rij: 2,
          kolom,
          waarde: `X<${codepunt}>1`,
          reden: `bevat een onzichtbaar of stuurteken (${codepunt})`,
          regio: '5517',
        },
      ]);
    }
  });

  it('two client_ids that look the same are not two clients', async () => {
    const afgewezen = await refused(
      bestand(WACHTLIJST_KOP, [
        wachtlijstRij({ client_id: 'C-1' }),
        wachtlijstRij({ client_id: 'C-\u200b1' }),
      ]),
    );
    expect(afgewezen.fouten.map(formatExtractFout)).toEqual([
      'rij 3, kolom client_id, waarde "C-<U+200B>1": bevat een onzichtbaar of stuurteken (U+200B)',
    ]);
  });

  it('the AGB column refuses them too, shown visibly', async () => {
    const afgewezen = await refused(
      bestand(WACHTLIJST_KOP, [wachtlijstRij({ voorkeursaanbieder: '4199\u001b9999' })]),
    );
    expect(afgewezen.fouten.map((f) => f.waarde)).toEqual(['4199<U+001B>9999']);
  });

  it('no report field carries a control character from the file: values, column names, warnings', async () => {
    const esc = '\u001b[31m';
    const afgewezen = await refused(
      bestand(
        [...PGB_KOP, `kleur${esc}`],
        [{ ...pgbRij(), client_id: `C${esc}1`, sector: `V${esc}V`, [`kleur${esc}`]: `rood${esc}` }],
      ),
    );
    const teksten = [
      ...afgewezen.waarschuwingen,
      ...afgewezen.fouten.flatMap((f) => [f.kolom ?? '', f.waarde ?? '', f.reden]),
    ];
    expect(teksten.filter((t) => findStuurteken(t) !== undefined)).toEqual([]);
    expect(afgewezen.fouten.map((f) => [f.kolom, f.waarde])).toEqual([
      ['client_id', 'C<U+001B>[31m1'],
      ['sector', 'V<U+001B>[31mV'],
    ]);
    expect(afgewezen.waarschuwingen).toEqual(['onbekende kolom "kleur<U+001B>[31m" wordt genegeerd']);
  });
});

function pgbRij(aanvraagId = 'A-1'): Rij {
  return {
    peildatum: '2023-08-31',
    zorgkantoorregio: '5517',
    client_id: 'C-001',
    aanvraag_id: aanvraagId,
    ontvangstdatum: '2023-07-01',
  };
}

function mazRij(): Rij {
  return {
    peildatum: '2023-08-31',
    zorgkantoorregio: '5517',
    client_id: 'C-001',
    maz_id: 'M-1',
    leveringsvorm: 'verblijf',
    aanvangsdatum_zorg: '2023-08-01',
  };
}
