import { describe, expect, it } from 'vitest';
import { redactBsn } from '../../../shared/extracts/bsn-redactie.ts';
import { decodeTekst } from '../../../shared/extracts/tekenset.ts';
import { BSN_VERWIJDERD } from '../../../shared/reference/bsn-in-tekst.ts';
import {
  alleVormen,
  BSN,
  BSN_ZONDER_NUL,
  bsnVormen,
  checkTestNummers,
  gevondenVormen,
} from '../../support/bsn-vormen.ts';

const KOP = 'peildatum;zorgkantoorregio;client_id;opmerking\r\n';
/** A form with its number (first to last digit) replaced, as the redaction writes it: `BSN: [BSN verwijderd]`. */
const geredigeerd = (vorm: string) =>
  vorm.replace(/[0-9\uFF10-\uFF19].*[0-9\uFF10-\uFF19]/su, BSN_VERWIJDERD);
const regels = (vormen: readonly string[]) =>
  KOP + vormen.map((v, i) => `2026-10-07;5517;C-${i};"${v}"\r\n`).join('');

function bewaard(bytes: Buffer) {
  const redactie = redactBsn(bytes);
  if (!redactie.bewaard) throw new Error(`niet bewaard: ${redactie.reden}`);
  return redactie;
}

describe('redactBsn keeps a file without any form of a BSN', () => {
  it('uses valid test numbers', () => checkTestNummers());

  it('UTF-8: every form replaced, everything else byte for byte', () => {
    const vormen = alleVormen();
    const bytes = Buffer.from(regels(vormen), 'utf8');
    expect(gevondenVormen(bytes)).not.toEqual([]);
    const redactie = bewaard(bytes);
    expect(redactie.tekenset).toBe('UTF-8');
    expect(redactie.verwijderd).toBe(vormen.length);
    expect(gevondenVormen(redactie.bytes)).toEqual([]);
    expect(redactie.bytes.toString('utf8')).toBe(regels(vormen.map(geredigeerd)));
  });

  it('a file without a BSN comes back unchanged, BOM and dates included', () => {
    const bytes = Buffer.from(`\ufeff${regels(['geen', '2026-10-07', '03-10-2026', 'K123456782'])}`, 'utf8');
    const redactie = bewaard(bytes);
    expect(redactie.verwijderd).toBe(0);
    expect(redactie.bytes.equals(bytes)).toBe(true);
  });

  it('UTF-8 with a NUL byte and an unclosed quote (refused by the parser) is still redacted', () => {
    const bytes = Buffer.from(`${KOP}2026-10-07;5517;C-1;${BSN}\u0000;"open ${BSN_ZONDER_NUL}\r\n`, 'utf8');
    const redactie = bewaard(bytes);
    expect(redactie.verwijderd).toBe(2);
    expect(gevondenVormen(redactie.bytes)).toEqual([]);
  });

  it('Latin-1 (Windows-1252): decoded as such, redacted, kept in Latin-1', () => {
    const tekst = `${KOP}2026-10-07;5517;Cliënt-1;"${BSN}"\r\n2026-10-07;5517;C-2;"BSN\u00a0${BSN_ZONDER_NUL} – é"\r\n`;
    const bytes = Buffer.from(tekst, 'latin1');
    expect(decodeTekst(bytes)).toMatchObject({ leesbaar: true, tekenset: 'Latin-1' });
    const redactie = bewaard(bytes);
    expect(redactie.tekenset).toBe('Latin-1');
    expect(redactie.verwijderd).toBe(2);
    expect(gevondenVormen(redactie.bytes)).toEqual([]);
    expect(redactie.bytes.toString('latin1')).toContain('Cliënt-1');
  });

  it('Windows-1252 dashes (0x96) join the digits of one number', () => {
    const bytes = Buffer.concat([
      Buffer.from(`${KOP}x;1;C;111`, 'latin1'),
      Buffer.from([0x96]),
      Buffer.from('222333\r\n'),
    ]);
    expect(bewaard(bytes).verwijderd).toBe(1);
  });

  it.each([
    [
      'UTF-16LE with BOM',
      'UTF-16LE',
      (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
    ],
    [
      'UTF-16BE with BOM',
      'UTF-16BE',
      (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]),
    ],
    ['UTF-16LE without BOM', 'UTF-16LE', (t: string) => Buffer.from(t, 'utf16le')],
    ['UTF-16BE without BOM', 'UTF-16BE', (t: string) => Buffer.from(t, 'utf16le').swap16()],
  ])('%s: decoded, redacted, kept in the same encoding', (_naam, tekenset, encode) => {
    const vormen = Object.values(bsnVormen(BSN));
    const bytes = encode(regels(vormen));
    expect(gevondenVormen(bytes)).not.toEqual([]);
    const redactie = bewaard(bytes);
    expect(redactie.tekenset).toBe(tekenset);
    expect(redactie.verwijderd).toBe(vormen.length);
    expect(gevondenVormen(redactie.bytes)).toEqual([]);
    expect(redactie.bytes.equals(encode(regels(vormen.map(geredigeerd))))).toBe(true);
  });

  it('a spreadsheet (zip) is not kept: its content cannot be scanned', () => {
    const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(`xl/sheet1.xml ${BSN}`)]);
    expect(redactBsn(bytes)).toEqual({
      bewaard: false,
      reden:
        'het bestand is een Excel-werkmap of zip-bestand; gecomprimeerde inhoud is niet betrouwbaar op BSN-nummers te doorzoeken',
    });
  });

  it.each([
    ['gzip', [0x1f, 0x8b, 0x08, 0x00]],
    ['an old .xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ])('%s is not kept', (_naam, magic) => {
    expect(redactBsn(Buffer.concat([Buffer.from(magic), Buffer.from(BSN)]))).toMatchObject({
      bewaard: false,
    });
  });

  it('binary data (not UTF-8, many control bytes) is not kept', () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    const redactie = redactBsn(bytes);
    expect(redactie).toMatchObject({ bewaard: false });
    if (!redactie.bewaard) expect(redactie.reden).toContain('binaire gegevens');
  });

  it('UTF-16 with a cut-off last byte is not kept', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from(`x ${BSN}`, 'utf16le').swap16(),
      Buffer.from([0x00]),
    ]);
    expect(redactBsn(bytes)).toMatchObject({ bewaard: false });
  });

  it('an empty file is kept as it is', () => {
    expect(redactBsn(Buffer.alloc(0))).toMatchObject({ bewaard: true, verwijderd: 0, tekenset: 'UTF-8' });
  });
});
