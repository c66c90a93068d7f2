import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NormenFout, parseNormen } from '../../../shared/norms/parse-normen.ts';
import { loadNormenFile } from '../../../shared/app/normen/load-normen-file.ts';

/** A norms file as a person writes it: one entry per line, so line and column are easy to check. */
const GOED = `{
  "signaalFractie": 0.75,
  "streefnormen": [
    { "geldigVanaf": "2021-01-01", "wachtstatus": "urgent_plaatsen", "sector": "*", "classificatie": "*", "dagen": 14 },
    { "geldigVanaf": "2021-01-01", "wachtstatus": "actief_plaatsen", "sector": "*", "classificatie": "*", "dagen": 91 }
  ],
  "pgbBesluitDagen": [ { "geldigVanaf": "2015-01-01", "dagen": 42 } ],
  "mazDagen": [ { "geldigVanaf": "2015-01-01", "leveringsvorm": "*", "dagen": 30 } ],
  "seinDrempels": { "tijdige_zorg": 95, "tijdige_pgb_toekenning": 95, "tijdige_eigen_bijdrage": 80 }
}
`;

/** GOED with one exact piece of text replaced (the piece must occur). */
function met(oud: string, nieuw: string): string {
  expect(GOED).toContain(oud);
  return GOED.replace(oud, nieuw);
}

function foutenVan(text: string): readonly string[] {
  const result = parseNormen(text);
  if (result.ok) throw new Error('expected the norms to be refused');
  return result.fouten;
}

/** V8's own JSON.parse messages, which must never reach a user. */
const V8_ENGELS = /Unexpected|Expected|position|JSON\.parse|SyntaxError|token/;

describe('parseNormen: JSON errors in Dutch with line and column', () => {
  it.each([
    [
      'a missing comma between two fields',
      met('"classificatie": "*", "dagen": 14', '"classificatie": "*" "dagen": 14'),
      'geen geldige JSON op regel 4, kolom 106: verwacht een komma of }',
    ],
    [
      'a missing comma between two list items',
      met('"dagen": 14 },', '"dagen": 14 }'),
      'geen geldige JSON op regel 5, kolom 5: verwacht een komma of ]',
    ],
    [
      'a trailing comma in an object',
      met('"tijdige_eigen_bijdrage": 80 }', '"tijdige_eigen_bijdrage": 80, }'),
      'geen geldige JSON op regel 9, kolom 101: overbodige komma voor }; haal de laatste komma weg',
    ],
    [
      'a trailing comma in a list',
      met('"dagen": 91 }\n', '"dagen": 91 },\n'),
      'geen geldige JSON op regel 6, kolom 3: overbodige komma voor ]; haal de laatste komma weg',
    ],
    [
      'a decimal comma (Dutch habit)',
      met('0.75', '0,75'),
      'geen geldige JSON op regel 2, kolom 23: een getal met een komma; schrijf decimalen met een punt (0.75), niet met een komma',
    ],
    [
      'a comment',
      met('{\n', '{\n  // onze normen\n'),
      'geen geldige JSON op regel 2, kolom 3: commentaar (// of /* */) kan niet in JSON; zet een uitleg in het veld "toelichting"',
    ],
    [
      'single quotes',
      met('"signaalFractie"', "'signaalFractie'"),
      `geen geldige JSON op regel 2, kolom 3: enkele aanhalingstekens ('signaalFractie'); JSON gebruikt dubbele aanhalingstekens ("…")`,
    ],
    [
      'a no-break space pasted from a mail',
      met('  "signaalFractie"', '\u00a0 "signaalFractie"'),
      'geen geldige JSON op regel 2, kolom 1: onzichtbaar teken U+00A0 (zoals een harde spatie) buiten aanhalingstekens; vervang het door een gewone spatie',
    ],
    [
      'a number with a leading zero',
      met('"dagen": 42', '"dagen": 042'),
      'geen geldige JSON op regel 7, kolom 65: een getal mag niet met een 0 beginnen (schrijf 42, niet 042)',
    ],
    [
      'a word that is not a JSON value',
      met('"dagen": 42', '"dagen": NaN'),
      'geen geldige JSON op regel 7, kolom 64: onverwacht "NaN"; tekst en veldnamen staan tussen dubbele aanhalingstekens, true, false en null zonder',
    ],
    [
      'a file cut off in a string',
      GOED.slice(0, 200),
      'geen geldige JSON op regel 5, kolom 22: tekst zonder afsluitend aanhalingsteken (")',
    ],
    [
      'a file cut off after an object',
      GOED.slice(0, GOED.lastIndexOf('}')),
      'geen geldige JSON op regel 10, kolom 1: het bestand houdt op voordat het object met } is gesloten',
    ],
    ['an empty file', '', 'geen geldige JSON op regel 1, kolom 1: het bestand is leeg'],
    [
      'text after the document',
      `${GOED}}\n`,
      'geen geldige JSON op regel 11, kolom 1: na het einde van het JSON-document staat nog tekst',
    ],
  ])('%s', (_naam, text, verwacht) => {
    const fouten = foutenVan(text);
    expect(fouten).toEqual([verwacht]);
    expect(fouten.join('\n')).not.toMatch(V8_ENGELS);
  });

  it('reports only the first syntax error, not what follows from it', () => {
    const fouten = foutenVan(met('"signaalFractie": 0.75,', '"signaalFractie": 0.75 "x": tru,'));
    expect(fouten).toEqual(['geen geldige JSON op regel 2, kolom 26: verwacht een komma of }']);
  });
});

describe('parseNormen: a UTF-8 byte order mark (Notepad) is accepted', () => {
  it('reads the same norms with and without a BOM', () => {
    const zonder = parseNormen(GOED);
    const metBom = parseNormen(`\uFEFF${GOED}`);
    expect(metBom).toEqual(zonder);
    expect(metBom.ok).toBe(true);
  });

  it('counts lines and columns as the editor shows them, without the BOM', () => {
    expect(foutenVan(`\uFEFF{ "signaalFractie" 0.75 }`)).toEqual([
      'geen geldige JSON op regel 1, kolom 20: verwacht een dubbele punt (:) na de veldnaam',
    ]);
  });

  it('refuses a BOM in the middle of the file', () => {
    expect(foutenVan(met('{\n', '{\n\uFEFF'))).toEqual([
      'geen geldige JSON op regel 2, kolom 1: onzichtbaar teken U+FEFF (zoals een harde spatie) buiten aanhalingstekens; vervang het door een gewone spatie',
    ]);
  });
});

describe('parseNormen: a field twice in one object is refused', () => {
  it('names the field, the object and where the second one stands', () => {
    expect(foutenVan(met('"dagen": 91 }', '"dagen": 91, "dagen": 92 }'))).toEqual([
      'regel 5, kolom 120: het veld dagen komt twee keer voor in streefnormen item 2',
    ]);
  });

  it('at the top level and in seinDrempels, every duplicate in file order, with the count', () => {
    const text = met('"signaalFractie": 0.75,', '"signaalFractie": 0.75, "signaalFractie": 0.8,').replace(
      '"tijdige_zorg": 95,',
      '"tijdige_zorg": 95, "tijdige_zorg": 90, "tijdige_zorg": 85,',
    );
    expect(foutenVan(text)).toEqual([
      'regel 2, kolom 27: het veld signaalFractie komt twee keer voor',
      'regel 9, kolom 41: het veld tijdige_zorg komt 3 keer voor in seinDrempels',
    ]);
  });

  it('the same field name in different objects is fine', () => {
    expect(parseNormen(GOED).ok).toBe(true);
  });
});

describe('parseNormen: streefnormen that would turn tijdige zorg silently green are refused', () => {
  const zonderActief = met(
    ',\n    { "geldigVanaf": "2021-01-01", "wachtstatus": "actief_plaatsen", "sector": "*", "classificatie": "*", "dagen": 91 }',
    '',
  );

  it('an empty list', () => {
    const text = GOED.replace(/"streefnormen": \[[\s\S]*?\],/, '"streefnormen": [],');
    expect(foutenVan(text)).toEqual([
      'streefnormen: de lijst is leeg; zonder streefnorm telt geen wachtende als te laat en is tijdige zorg altijd groen. Geef minstens één norm voor urgent_plaatsen en één voor actief_plaatsen',
    ]);
  });

  it('no entry for actief_plaatsen', () => {
    expect(foutenVan(zonderActief)).toEqual([
      'streefnormen: geen norm voor actief_plaatsen; zonder streefnorm telt geen cliënt met die wachtstatus als te laat en is tijdige zorg ten onrechte groen',
    ]);
  });

  it('no entry for urgent_plaatsen (also when given by its code)', () => {
    const text = met(
      '"wachtstatus": "urgent_plaatsen"',
      '"wachtstatus": "7", "toelichting": "code 7"',
    ).replace('"dagen": 14', '"dagen": 42');
    expect(
      foutenVan(text.replace('"classificatie": "*", "dagen": 42', '"classificatie": "09", "dagen": 42')),
    ).toEqual([
      'streefnormen: geen norm voor urgent_plaatsen; zonder streefnorm telt geen cliënt met die wachtstatus als te laat en is tijdige zorg ten onrechte groen',
    ]);
  });

  it('is reported beside the errors of the entries themselves', () => {
    const fouten = foutenVan(zonderActief.replace('"dagen": 14', '"dagen": -1'));
    expect(fouten).toEqual([
      'streefnormen item 1, veld dagen: moet minstens 1 dag zijn, gekregen -1',
      'streefnormen: geen norm voor actief_plaatsen; zonder streefnorm telt geen cliënt met die wachtstatus als te laat en is tijdige zorg ten onrechte groen',
    ]);
  });

  it('empty pgb and MAZ lists too (no item could be judged)', () => {
    const text = met('[ { "geldigVanaf": "2015-01-01", "dagen": 42 } ]', '[]').replace(
      '[ { "geldigVanaf": "2015-01-01", "leveringsvorm": "*", "dagen": 30 } ]',
      '[]',
    );
    expect(foutenVan(text)).toEqual([
      'pgbBesluitDagen: de lijst is leeg; zonder pgb-norm is geen pgb-besluit tijdig of te laat',
      'mazDagen: de lijst is leeg; zonder MAZ-norm is geen MAZ tijdig of te laat',
    ]);
  });
});

describe('loadNormenFile: the bytes of the file', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  async function bestand(inhoud: Uint8Array | string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'zp-normen-'));
    dirs.push(dir);
    const pad = join(dir, 'normen.json');
    await writeFile(pad, inhoud);
    return pad;
  }

  async function afgewezen(pad: string): Promise<NormenFout> {
    const error: unknown = await loadNormenFile(pad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NormenFout);
    return error as NormenFout; // checked on the line above
  }

  it('accepts a file saved by Notepad as UTF-8 with BOM', async () => {
    const pad = await bestand(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOED, 'utf8')]));
    const normen = await loadNormenFile(pad);
    expect(normen.signaalFractie).toBe(0.75);
  });

  it('refuses UTF-16 ("Unicode" in Notepad) and says how to save it', async () => {
    const pad = await bestand(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOED, 'utf16le')]));
    expect((await afgewezen(pad)).fouten).toEqual([
      'opgeslagen als UTF-16 ("Unicode"); sla het op als UTF-8',
    ]);
  });

  it('refuses Latin-1 text', async () => {
    const pad = await bestand(
      Buffer.from(met('"signaalFractie"', '"toelichting": "cliënten", "signaalFractie"'), 'latin1'),
    );
    expect((await afgewezen(pad)).fouten).toEqual(['geen UTF-8-tekst; sla het op als UTF-8']);
  });

  it('refuses a folder and a missing file as input, in Dutch', async () => {
    const pad = await bestand(GOED);
    expect((await afgewezen(join(pad, '..'))).fouten).toEqual(['is een map, geen bestand']);
    expect((await afgewezen(`${pad}.ontbreekt`)).fouten).toEqual(['bestand niet gevonden']);
  });
});
