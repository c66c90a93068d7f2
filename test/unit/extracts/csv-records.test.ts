import { describe, expect, it } from 'vitest';
import {
  type CsvRecord,
  GeenCsvFout,
  readBestandsBegin,
  readCsvRecords,
  type Scheidingsteken,
} from '../../../shared/extracts/csv-records.ts';
import { chunksOf } from '../../support/csv-text.ts';

const CHUNK_SIZES = [1, 2, 3, 7, 64 * 1024];

async function records(
  text: string | Buffer,
  chunkSize = 7,
): Promise<{ records: CsvRecord[]; scheidingsteken: Scheidingsteken | undefined }> {
  const result: CsvRecord[] = [];
  let scheidingsteken: Scheidingsteken | undefined;
  for await (const record of readCsvRecords(chunksOf(text, chunkSize), {
    onScheidingsteken: (s) => {
      scheidingsteken = s;
    },
  })) {
    result.push(record);
  }
  return { records: result, scheidingsteken };
}

async function refusal(text: string | Buffer, chunkSize = 7): Promise<GeenCsvFout> {
  try {
    await records(text, chunkSize);
  } catch (error) {
    if (error instanceof GeenCsvFout) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const rows = (result: { records: CsvRecord[] }) => result.records.map((r) => [r.rij, ...r.velden]);

describe('readCsvRecords: line ends', () => {
  it.each([
    ['a CRLF header with LF rows', 'a;b\r\n1;2\n3;4\n'],
    ['an LF header with CRLF rows', 'a;b\n1;2\r\n3;4\r\n'],
    ['CR-only line ends (old Mac Excel)', 'a;b\r1;2\r3;4\r'],
    ['every kind mixed, no line end at the end', 'a;b\r\n1;2\r3;4'],
  ])('%s: read row by row, at any chunk size', async (_name, text) => {
    for (const size of CHUNK_SIZES) {
      expect(rows(await records(text, size))).toEqual([
        [1, 'a', 'b'],
        [2, '1', '2'],
        [3, '3', '4'],
      ]);
    }
  });

  it('a line break inside quotes stays in the field, whatever the other line ends', async () => {
    expect(rows(await records('a;b\r\n1;"x\ny"\n3;"p\r\nq"\r\n', 1))).toEqual([
      [1, 'a', 'b'],
      [2, '1', 'x\ny'],
      [3, '3', 'p\r\nq'],
    ]);
  });
});

describe('readCsvRecords: Excel artefacts', () => {
  it('a sep=; first line sets the delimiter, is not the header, and still counts as row 1', async () => {
    for (const size of CHUNK_SIZES) {
      const result = await records('sep=;\r\na,b;c\r\n1;2\r\n', size);
      expect(result.scheidingsteken).toBe(';');
      expect(rows(result)).toEqual([
        [2, 'a,b', 'c'],
        [3, '1', '2'],
      ]);
    }
  });

  it('sep=, wins over a header with more semicolons; a BOM, quotes or padding around it are fine', async () => {
    const result = await records('\ufeffsep=,\na;b;c,d\n1,2\n');
    expect(result.scheidingsteken).toBe(',');
    expect(rows(result)).toEqual([
      [2, 'a;b;c', 'd'],
      [3, '1', '2'],
    ]);
    expect((await records('"sep=;"\na;b\n')).scheidingsteken).toBe(';');
    expect(rows(await records('SEP=;;;\na;b\n'))).toEqual([[2, 'a', 'b']]);
  });

  it('a sep= line choosing another delimiter is refused', async () => {
    const fout = await refusal('sep=|\na|b\n1|2\n');
    expect([fout.rij, fout.reden]).toEqual([
      1,
      'de eerste regel (sep=) kiest "|" als scheidingsteken; alleen ; en , zijn mogelijk',
    ]);
    expect((await refusal('sep=\t\na\tb\n')).reden).toContain('kiest tab als scheidingsteken');
  });

  it('blank lines before the header are skipped and counted; the delimiter comes from the header', async () => {
    for (const size of CHUNK_SIZES) {
      const result = await records('\r\n  \n;;;\n""\na;b;c,d\n1;2\n', size);
      expect(result.scheidingsteken).toBe(';');
      expect(rows(result)).toEqual([
        [5, 'a', 'b', 'c,d'],
        [6, '1', '2'],
      ]);
    }
  });

  it('rows without data (;;;;, ,,,, spaces, empty quotes) are skipped but counted', async () => {
    expect(rows(await records('a;b;c\n1;2;3\n;;\n ; ;\n"";""\n;;;;;;;;\n4;5;6\n'))).toEqual([
      [1, 'a', 'b', 'c'],
      [2, '1', '2', '3'],
      [7, '4', '5', '6'],
    ]);
    expect(rows(await records('a,b\n,\n1,2\n'))).toEqual([
      [1, 'a', 'b'],
      [3, '1', '2'],
    ]);
  });
});

describe('readBestandsBegin', () => {
  it('waits for the header line to end before deciding', () => {
    expect(readBestandsBegin('sep=;', false)).toBeUndefined();
    expect(readBestandsBegin('sep=;\n', false)).toBeUndefined();
    expect(readBestandsBegin('sep=;\n\na;b', false)).toBeUndefined();
    expect(readBestandsBegin('sep=;\n\na;b\n', false)).toEqual({ sep: ';', headerLine: 'a;b' });
    expect(readBestandsBegin('a,b', true)).toEqual({ sep: undefined, headerLine: 'a,b' });
    expect(readBestandsBegin('\n\n', true)).toEqual({ sep: undefined, headerLine: '' });
  });
});

describe('readCsvRecords: encodings', () => {
  const UTF16_TEXT = 'peildatum;zorgkantoorregio\r\n2023-08-28;5517\r\n';

  it.each([
    [
      'UTF-16 LE with BOM (Excel "Unicode-tekst")',
      Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(UTF16_TEXT, 'utf16le')]),
    ],
    [
      'UTF-16 BE with BOM',
      Buffer.concat([Buffer.of(0xfe, 0xff), Buffer.from(UTF16_TEXT, 'utf16le').swap16()]),
    ],
    ['UTF-16 LE without BOM', Buffer.from(UTF16_TEXT, 'utf16le')],
    ['UTF-16 BE without BOM', Buffer.from(UTF16_TEXT, 'utf16le').swap16()],
  ])('%s is named as UTF-16', async (_name, bytes) => {
    for (const size of [1, 5, 64 * 1024]) {
      expect((await refusal(bytes, size)).reden).toBe('het bestand is UTF-16; sla het op als "CSV UTF-8"');
    }
  });

  it('a short UTF-16 file (shorter than the bytes looked at) is named too', async () => {
    expect((await refusal(Buffer.from('a;b\n1;2\n', 'utf16le'))).reden).toBe(
      'het bestand is UTF-16; sla het op als "CSV UTF-8"',
    );
  });

  it('UTF-32 and binary data are named; NULs mixed with binary are not UTF-16', async () => {
    expect((await refusal(Buffer.of(0xff, 0xfe, 0, 0, 0x61, 0, 0, 0))).reden).toBe(
      'het bestand is UTF-32; sla het op als "CSV UTF-8"',
    );
    expect(
      (await refusal(Buffer.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17))).reden,
    ).toBe('dit is geen tekstbestand (CSV): het bevat binaire gegevens');
    expect((await refusal(`a;b\n1;2\n${'x'.repeat(5000)}\u0000\n`)).reden).toBe(
      'dit is geen tekstbestand (CSV): het bevat binaire gegevens',
    );
  });

  const latin1 = (text: string) => Buffer.from(text, 'latin1');
  const LATIN1_REDEN =
    'teken dat geen UTF-8 is (byte 0xE9, in Latin-1 "é"); het bestand is waarschijnlijk opgeslagen als Latin-1 (ANSI); sla het op als "CSV UTF-8"';

  it('Latin-1 names the row and the column of the first bad byte, at any chunk size', async () => {
    const text = latin1(
      'client_id;sector;naam\r\nC-1;VV;A\r\nC-2;VV;B\n\nC-3;VV;C\r\n;;\r\nC-4;Ca;Cé\nC-5;Zé;X\n',
    );
    for (const size of CHUNK_SIZES) {
      const fout = await refusal(text, size);
      expect([fout.rij, fout.kolom, fout.reden]).toEqual([7, 'naam', LATIN1_REDEN]);
    }
  });

  it('Latin-1 inside a quoted field, in the header, and cut off at the very end', async () => {
    const quoted = await refusal(latin1('a;b\n1;"x\ny é z"\n'));
    expect([quoted.rij, quoted.kolom]).toEqual([2, 'b']);
    const header = await refusal(latin1('a;bé;c\n1;2;3\n'));
    expect([header.rij, header.kolom]).toEqual([1, '2']);
    const beyond = await refusal(latin1('a;b\n1;2;é\n'));
    expect([beyond.rij, beyond.kolom]).toEqual([2, '3']);
    const cutOff = await refusal(Buffer.concat([Buffer.from('a;b\n1;x'), Buffer.of(0xe2, 0x82)]));
    expect([cutOff.rij, cutOff.kolom]).toEqual([2, 'b']);
    expect(cutOff.reden).toMatch(/^teken dat geen UTF-8 is \(byte 0xE2, in Latin-1 "â"\)/);
  });

  it('a Windows-1252 quote (0x92) is shown as what it was; an unprintable byte only by number', async () => {
    expect(
      (await refusal(Buffer.concat([Buffer.from('a;b\n1;d'), Buffer.of(0x92), Buffer.from('s\n')]))).reden,
    ).toMatch(/^teken dat geen UTF-8 is \(byte 0x92, in Latin-1 "’"\);/);
    expect(
      (await refusal(Buffer.concat([Buffer.from('a;b\n1;'), Buffer.of(0x81), Buffer.from('\n')]))).reden,
    ).toMatch(/^teken dat geen UTF-8 is \(byte 0x81\);/);
    expect(
      (await refusal(Buffer.concat([Buffer.from('a;b\n1;'), Buffer.of(0xa0), Buffer.from('\n')]))).reden,
    ).toMatch(/^teken dat geen UTF-8 is \(byte 0xA0\);/);
  });

  it('the first problem in the file is reported, whatever the chunks: a bad byte, or binary data', async () => {
    for (const size of CHUNK_SIZES) {
      const fout = await refusal(Buffer.concat([latin1('a;b\n1;é\n2;"open\n'), Buffer.alloc(10, 0)]), size);
      expect([fout.rij, fout.kolom, fout.reden]).toEqual([2, 'b', LATIN1_REDEN]);
      const binary = await refusal(Buffer.concat([latin1('a;b\n1;x\u0000\n'), latin1('2;é\n')]), size);
      expect(binary.reden).toBe('dit is geen tekstbestand (CSV): het bevat binaire gegevens');
    }
  });
});
