import { describe, expect, it } from 'vitest';
import type { ExtractFout } from '../../../shared/extracts/extract-fout.ts';
import { foutSoort } from '../../../shared/extracts/fout-soort.ts';
import {
  FoutVerzameling,
  MAX_FOUTEN_PER_SOORT,
  MAX_FOUTSOORTEN,
} from '../../../shared/extracts/fout-verzameling.ts';
import type { RegioCode } from '../../../shared/reference/zorgkantoorregio.ts';

const fout = (rij: number, kolom: string, reden: string, regio?: string): ExtractFout => ({
  rij,
  kolom,
  waarde: 'x',
  reden,
  ...(regio ? { regio: regio as RegioCode } : {}),
});

describe('foutSoort', () => {
  it('one kind for reasons that differ only in the values they name', () => {
    const same = (a: string, b: string) =>
      expect(foutSoort({ kolom: 'k', reden: a })).toBe(foutSoort({ kolom: 'k', reden: b }));
    same('ligt na de peildatum (31-10-2026)', 'ligt na de peildatum (01-01-2025)');
    same(
      'komt in regio 5517 al voor op rij 2; elke client_id …',
      'komt in regio 5521 al voor op rij 18.000; elke client_id …',
    );
    same('dag 30 bestaat niet in februari 2023', 'dag 31 bestaat niet in februari 2024');
    same('bevat een onzichtbaar of stuurteken (U+200B)', 'bevat een onzichtbaar of stuurteken (U+001B)');
    same('onbekende kolom "a" wordt genegeerd', 'onbekende kolom "b, c" wordt genegeerd');
  });

  it('different reasons, or the same reason in another column, are different kinds', () => {
    expect(foutSoort({ kolom: 'k', reden: 'verplicht veld is leeg' })).not.toBe(
      foutSoort({ kolom: 'k', reden: 'onbekende sector' }),
    );
    expect(foutSoort({ kolom: 'a', reden: 'verplicht veld is leeg' })).not.toBe(
      foutSoort({ kolom: 'b', reden: 'verplicht veld is leeg' }),
    );
  });
});

describe('FoutVerzameling', () => {
  it('keeps the first errors of each kind per region, counts the rest', () => {
    const verzameling = new FoutVerzameling();
    for (let rij = 2; rij < 1002; rij++) {
      verzameling.add(fout(rij, 'sector', 'onbekende sector', rij % 2 === 0 ? '5517' : '5521'));
    }
    verzameling.add(fout(5, 'peildatum', 'ligt na vandaag (25-11-2026)', '5517'));
    verzameling.tel(fout(0, 'peildatum', 'ligt na vandaag (25-11-2026)', '5517'), 99);
    expect(verzameling.aantal).toBe(1100);
    expect(verzameling.fouten).toHaveLength(2 * MAX_FOUTEN_PER_SOORT + 1);
    expect(verzameling.samenvatting).toEqual([
      {
        regio: '5517',
        kolom: 'sector',
        reden: 'onbekende sector',
        aantal: 500,
        eersteRijen: Array.from({ length: MAX_FOUTEN_PER_SOORT }, (_, i) => 2 + 2 * i),
      },
      {
        regio: '5521',
        kolom: 'sector',
        reden: 'onbekende sector',
        aantal: 500,
        eersteRijen: Array.from({ length: MAX_FOUTEN_PER_SOORT }, (_, i) => 3 + 2 * i),
      },
      {
        regio: '5517',
        kolom: 'peildatum',
        reden: 'ligt na vandaag (25-11-2026)',
        aantal: 100,
        eersteRijen: [5],
      },
    ]);
  });

  it('kept errors come in row order, within a row as they were found; file errors first', () => {
    const verzameling = new FoutVerzameling();
    verzameling.add(fout(3, 'b', 'r2'));
    verzameling.add(fout(3, 'a', 'r1'));
    verzameling.add(fout(2, 'c', 'r3'));
    verzameling.add({ rij: null, kolom: null, waarde: null, reden: 'het bestand …' });
    expect(verzameling.fouten.map((f) => [f.rij, f.kolom])).toEqual([
      [null, null],
      [2, 'c'],
      [3, 'b'],
      [3, 'a'],
    ]);
    expect(verzameling.samenvatting[0]).toEqual({
      kolom: null,
      reden: 'het bestand …',
      aantal: 1,
      eersteRijen: [],
    });
  });

  it('beyond MAX_FOUTSOORTEN kinds the rest is counted as "andere fouten", keeping memory bounded', () => {
    const verzameling = new FoutVerzameling();
    for (let i = 0; i < MAX_FOUTSOORTEN + 500; i++) verzameling.add(fout(i + 2, `kolom_${i}`, 'reden'));
    expect(verzameling.aantal).toBe(MAX_FOUTSOORTEN + 500);
    expect(verzameling.samenvatting).toHaveLength(MAX_FOUTSOORTEN + 1);
    expect(verzameling.samenvatting.at(-1)).toMatchObject({
      kolom: null,
      reden: 'andere fouten (te veel verschillende soorten om apart te tonen)',
      aantal: 500,
    });
    expect(verzameling.fouten).toHaveLength(MAX_FOUTSOORTEN);
  });
});
