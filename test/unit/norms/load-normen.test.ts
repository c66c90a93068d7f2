import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NormenFout, parseNormen } from '../../../shared/norms/parse-normen.ts';
import { loadNormenFile } from '../../../shared/app/normen/load-normen-file.ts';
import { resolveNormen } from '../../../shared/app/normen/resolve-normen.ts';
import { normenHash } from '../../../shared/norms/normen-hash.ts';
import { setNormenOptie, vastgezetteNormen } from '../../../cli/normen-optie.ts';
import { STANDAARD_NORMEN } from '../../../shared/norms/standaard-normen.ts';

const opruimen: string[] = [];
afterAll(async () => {
  for (const dir of opruimen.splice(0)) await rm(dir, { recursive: true, force: true });
});

const VALID = {
  signaalFractie: 0.75,
  streefnormen: [
    { geldigVanaf: '2021-01-01', wachtstatus: 'urgent_plaatsen', sector: '*', classificatie: '*', dagen: 14 },
    {
      geldigVanaf: '2021-01-01',
      wachtstatus: 'actief_plaatsen',
      sector: 'VV',
      classificatie: '*',
      dagen: 42,
    },
  ],
  pgbBesluitDagen: [{ geldigVanaf: '2015-01-01', dagen: 42 }],
  mazDagen: [
    { geldigVanaf: '2015-01-01', leveringsvorm: 'pgb', dagen: 120 },
    { geldigVanaf: '2015-01-01', leveringsvorm: '*', dagen: 30 },
  ],
  seinDrempels: { tijdige_zorg: 95, tijdige_pgb_toekenning: 95, tijdige_eigen_bijdrage: 80 },
};

type Json = Record<string, unknown>;
const withChange = (change: (n: Json) => void): string => {
  const copy = structuredClone(VALID) as unknown as Json;
  change(copy);
  return JSON.stringify(copy);
};
const streef = (n: Json) => n.streefnormen as Json[];

function errorsOf(text: string): string[] {
  const result = parseNormen(text);
  if (result.ok) throw new Error('expected the norms to be refused');
  return result.fouten;
}

describe('parseNormen: a valid file', () => {
  it('reads the contract example', () => {
    const result = parseNormen(JSON.stringify(VALID));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.normen.signaalFractie).toBe(0.75);
    expect(result.normen.streefnormen[1]).toEqual({
      geldigVanaf: '2021-01-01',
      wachtstatus: 'actief_plaatsen',
      sector: 'VV',
      classificatie: '*',
      dagen: 42,
    });
    expect(result.normen.mazDagen[0]?.leveringsvorm).toBe('pgb');
  });

  it('normalises codes and synonyms to the domain names', () => {
    const result = parseNormen(
      withChange((n) => {
        streef(n).push({
          geldigVanaf: '2022-01-01',
          wachtstatus: '7',
          sector: 'V&V',
          classificatie: '9',
          dagen: 30,
        });
        (n.mazDagen as Json[]).push({ geldigVanaf: '2020-01-01', leveringsvorm: '4', dagen: 28 });
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.normen.streefnormen[2]).toMatchObject({
      wachtstatus: 'actief_plaatsen',
      sector: 'VV',
      classificatie: '09',
    });
    expect(result.normen.mazDagen[2]?.leveringsvorm).toBe('verblijf');
  });

  it('the shipped default file is valid and matches the contract values', async () => {
    const normen = STANDAARD_NORMEN;
    expect(normen.signaalFractie).toBe(0.75);
    expect(normen.pgbBesluitDagen).toEqual([{ geldigVanaf: '2015-01-01', dagen: 42 }]);
    expect(normen.mazDagen.map((m) => [m.leveringsvorm, m.dagen])).toEqual([
      ['pgb', 120],
      ['*', 30],
    ]);
    expect(normen.seinDrempels).toEqual({
      tijdige_zorg: 95,
      tijdige_pgb_toekenning: 95,
      tijdige_eigen_bijdrage: 80,
    });
    expect(normen.toelichting).toContain('plaatshouders');
  });
});

describe('parseNormen: every invalid file is refused with a Dutch reason', () => {
  it.each([
    ['bad JSON', '{ "signaalFractie": 0.75, ', /^geen geldige JSON/],
    ['not an object', '[1,2]', /verwacht object/],
    [
      'an unknown wachtstatus',
      withChange((n) => {
        (streef(n)[0] as Json).wachtstatus = 'snel_plaatsen';
      }),
      /^streefnormen item 1, veld wachtstatus: "snel_plaatsen": onbekende wachtstatus/,
    ],
    [
      'a waiting status without streefnorm',
      withChange((n) => {
        (streef(n)[0] as Json).wachtstatus = 'wacht_op_voorkeur';
      }),
      /alleen urgent_plaatsen en actief_plaatsen hebben een streefnorm/,
    ],
    [
      'negative days',
      withChange((n) => {
        (streef(n)[1] as Json).dagen = -5;
      }),
      /^streefnormen item 2, veld dagen: moet minstens 1 dag zijn, gekregen -5$/,
    ],
    [
      'zero days',
      withChange((n) => {
        ((n.pgbBesluitDagen as Json[])[0] as Json).dagen = 0;
      }),
      /^pgbBesluitDagen item 1, veld dagen: moet minstens 1 dag zijn/,
    ],
    [
      'fractional days',
      withChange((n) => {
        ((n.mazDagen as Json[])[1] as Json).dagen = 30.5;
      }),
      /^mazDagen item 2, veld dagen: moet een geheel aantal dagen zijn$/,
    ],
    [
      'days as text',
      withChange((n) => {
        (streef(n)[0] as Json).dagen = '14';
      }),
      /veld dagen: moet een geheel aantal dagen zijn/,
    ],
    [
      'an impossible date',
      withChange((n) => {
        (streef(n)[0] as Json).geldigVanaf = '2021-02-30';
      }),
      /veld geldigVanaf: "2021-02-30" is geen geldige datum: dag 30 bestaat niet in februari 2021/,
    ],
    [
      'a Dutch date form',
      withChange((n) => {
        (streef(n)[0] as Json).geldigVanaf = '01-01-2021';
      }),
      /geen datum in de vorm JJJJ-MM-DD/,
    ],
    [
      'an unknown sector',
      withChange((n) => {
        (streef(n)[1] as Json).sector = 'Wlz';
      }),
      /veld sector: "Wlz": onbekende sector/,
    ],
    [
      'a classificatie that does not go with the status',
      withChange((n) => {
        (streef(n)[0] as Json).classificatie = '09';
      }),
      /veld classificatie: "09": classificatie 09 .* hoort niet bij wachtstatus urgent_plaatsen/,
    ],
    [
      'an unknown leveringsvorm',
      withChange((n) => {
        ((n.mazDagen as Json[])[0] as Json).leveringsvorm = 'zin';
      }),
      /^mazDagen item 1, veld leveringsvorm: "zin": onbekende leveringsvorm/,
    ],
    [
      'a missing section',
      withChange((n) => {
        delete n.mazDagen;
      }),
      /^mazDagen: ontbreekt$/,
    ],
    [
      'a missing threshold',
      withChange((n) => {
        delete (n.seinDrempels as Json).tijdige_eigen_bijdrage;
      }),
      /^seinDrempels, veld tijdige_eigen_bijdrage: ontbreekt$/,
    ],
    [
      'a threshold above 100',
      withChange((n) => {
        (n.seinDrempels as Json).tijdige_zorg = 120;
      }),
      /^seinDrempels, veld tijdige_zorg: moet tussen 0 en 100 liggen$/,
    ],
    [
      'a signaalFractie of 0',
      withChange((n) => {
        n.signaalFractie = 0;
      }),
      /^signaalFractie: moet groter dan 0 zijn$/,
    ],
    [
      'a signaalFractie above 1',
      withChange((n) => {
        n.signaalFractie = 75;
      }),
      /^signaalFractie: mag niet groter dan 1 zijn$/,
    ],
    [
      'an unknown field (a typo)',
      withChange((n) => {
        n.streefnorm = [];
      }),
      /onbekend veld "streefnorm"/,
    ],
    [
      'two streefnormen with the same keys and date',
      withChange((n) => {
        streef(n).push({
          geldigVanaf: '2021-01-01',
          wachtstatus: 'actief_plaatsen',
          sector: 'VV',
          classificatie: '*',
          dagen: 50,
        });
      }),
      /^streefnormen item 3: dubbele regel: item 2 heeft dezelfde sleutels en datum \(actief_plaatsen, sector VV, classificatie \*, geldig vanaf 01-01-2021\)$/,
    ],
    [
      'two streefnormen that are the same after normalising synonyms',
      withChange((n) => {
        streef(n).push({
          geldigVanaf: '2021-01-01',
          wachtstatus: '7',
          sector: 'V&V',
          classificatie: '*',
          dagen: 50,
        });
      }),
      /dubbele regel: item 2/,
    ],
    [
      'two pgb norms on the same date',
      withChange((n) => {
        (n.pgbBesluitDagen as Json[]).push({ geldigVanaf: '2015-01-01', dagen: 56 });
      }),
      /^pgbBesluitDagen item 2: dubbele regel: item 1/,
    ],
    [
      'two MAZ norms for the same leveringsvorm and date',
      withChange((n) => {
        (n.mazDagen as Json[]).push({ geldigVanaf: '2015-01-01', leveringsvorm: '2', dagen: 100 });
      }),
      /^mazDagen item 3: dubbele regel: item 1 .*leveringsvorm pgb/,
    ],
  ])('refuses %s', (_name, text, expected) => {
    const fouten = errorsOf(text);
    expect(
      fouten.some((f) => expected.test(f)),
      fouten.join('\n'),
    ).toBe(true);
  });

  it('reports every problem of the file, not only the first', () => {
    const fouten = errorsOf(
      withChange((n) => {
        (streef(n)[0] as Json).dagen = -1;
        (streef(n)[1] as Json).sector = 'XX';
        (n.seinDrempels as Json).tijdige_zorg = 101;
      }),
    );
    expect(fouten).toHaveLength(3);
  });

  it('a same date for different keys is not a duplicate', () => {
    const result = parseNormen(
      withChange((n) => {
        streef(n).push({
          geldigVanaf: '2021-01-01',
          wachtstatus: 'actief_plaatsen',
          sector: 'GGZ',
          classificatie: '*',
          dagen: 91,
        });
      }),
    );
    expect(result.ok).toBe(true);
  });
});

describe('resolveNormen: which norms apply', () => {
  async function tempFile(content: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'normen-'));
    opruimen.push(dir);
    const path = join(dir, 'normen.json');
    await writeFile(path, content);
    return path;
  }

  it('uses the shipped default when nothing is pinned or stored, and names its hash', async () => {
    const geladen = await resolveNormen({}, undefined);
    expect(geladen.bron).toEqual({ soort: 'standaard' });
    expect(geladen.normen).toEqual(STANDAARD_NORMEN);
    expect(geladen.hash).toBe(normenHash(STANDAARD_NORMEN));
  });

  it('a pinned file wins over a stored version', async () => {
    const pad = await tempFile(withChange((n) => (n.signaalFractie = 0.9)));
    const opgeslagen = { getNieuwsteNormenVersie: () => Promise.reject(new Error('niet gevraagd')) };
    const geladen = await resolveNormen({ normenVersies: opgeslagen }, { pad, via: 'optie' });
    expect(geladen.normen.signaalFractie).toBe(0.9);
    expect(geladen.bron).toEqual({ soort: 'bestand', pad, via: 'optie' });
  });

  it('refuses an invalid pinned file instead of falling back to other norms', async () => {
    const bad = await tempFile('{"signaalFractie": 0.75}');
    await expect(resolveNormen({}, { pad: bad, via: 'omgeving' })).rejects.toBeInstanceOf(NormenFout);
    await expect(resolveNormen({}, { pad: bad, via: 'omgeving' })).rejects.toThrow(/streefnormen: ontbreekt/);
  });

  it('names a missing file', async () => {
    await expect(loadNormenFile('/bestaat/niet.json')).rejects.toThrow(/bestand niet gevonden/);
  });
});

describe('the pinned norms file of a command: --normen before ZORGPLICHT_NORMEN', () => {
  it('takes the option, else the environment, else nothing', async () => {
    const pad = join(tmpdir(), 'bestaat-niet-maar-wordt-niet-gelezen.json');
    await setNormenOptie(undefined);
    expect(vastgezetteNormen({})).toBeUndefined();
    expect(vastgezetteNormen({ ZORGPLICHT_NORMEN: ` ${pad} ` })).toEqual({ pad, via: 'omgeving' });
    await expect(setNormenOptie(pad)).rejects.toBeInstanceOf(NormenFout);
    expect(vastgezetteNormen({ ZORGPLICHT_NORMEN: '/elders.json' })).toEqual({ pad, via: 'optie' });
    await setNormenOptie(undefined);
  });
});
