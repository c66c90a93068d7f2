import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WACHTLIJST_KOP } from '../support/csv-text.ts';
import { type CliResult, runCli } from '../support/run-cli.ts';

/**
 * A file with 200,000 bad rows through the real CLI: the output and the archived report stay
 * small — the first errors of each kind, one line counting the rest — and the ingest log
 * still counts every error.
 */
const RIJEN = 200_000;
let dir: string;
let env: NodeJS.ProcessEnv;
let result: CliResult;

function veleFouten(): string {
  const regels = [WACHTLIJST_KOP.join(';')];
  for (let i = 0; i < RIJEN; i++) {
    const regio = i % 2 === 0 ? '5517' : '5521';
    const ingang = i % 10 === 0 ? '31-2-2023' : '1-6-2023';
    regels.push(`28-8-2023;${regio};C-${i};Onbekend;;7;09;${ingang};J;;`);
  }
  return `${regels.join('\r\n')}\r\n`;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zp-e2e-fouten-'));
  env = { ZORGPLICHT_DATA_DIR: join(dir, 'data'), ZORGPLICHT_STORE_GRACE_MS: '1500' };
  await writeFile(join(dir, 'slecht.csv'), veleFouten());
  result = await runCli(['ingest', join(dir, 'slecht.csv')], { env });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('zorgplicht ingest of a file with 200,000 bad rows', () => {
  it('prints the first errors of each kind and one line per kind for the rest', () => {
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "slecht.csv: afgewezen — wachtlijst, regio's 5517 en 5521, peildatum 28-08-2023, 200.000 rijen",
    );
    expect(result.stdout).toContain(
      '220.000 fouten (de eerste 20 van elke soort staan hieronder); niets van dit bestand is opgeslagen',
    );
    const lines = result.stderr.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(50);
    expect(lines[0]).toBe(
      'slecht.csv: rij 2, kolom sector, waarde "Onbekend": onbekende sector; toegestaan: VV (V&V), GHZ (GZ, VG, LG, ZG), GGZ',
    );
    expect(lines.filter((l) => l.includes('kolom sector, waarde'))).toHaveLength(20);
    expect(lines.filter((l) => l.includes('kolom ingangsdatum_status, waarde'))).toHaveLength(20);
    expect(lines.slice(-2)).toEqual([
      'slecht.csv: … en nog 199.980 fouten van dit soort in kolom sector: onbekende sector; toegestaan: VV (V&V), GHZ (GZ, VG, LG, ZG), GGZ',
      'slecht.csv: … en nog 19.980 fouten van dit soort in kolom ingangsdatum_status: dag 31 bestaat niet in februari 2023',
    ]);
  });

  it('writes a small report, and the ingest log counts every error', async () => {
    const afgewezen = join(dir, 'data', 'archief', 'afgewezen');
    const rapportNaam = (await readdir(afgewezen)).find((naam) => naam.endsWith('.rapport.json'));
    if (!rapportNaam) throw new Error('no report archived');
    expect((await stat(join(afgewezen, rapportNaam))).size).toBeLessThan(100_000);
    const rapport = JSON.parse(await readFile(join(afgewezen, rapportNaam), 'utf8'));
    expect(rapport.foutAantal).toBe(220_000);
    expect(rapport.fouten).toHaveLength(3 * 20);
    expect(
      rapport.foutSamenvatting.map((g: { regio: string; kolom: string; aantal: number }) => [
        g.regio,
        g.kolom,
        g.aantal,
      ]),
    ).toEqual([
      ['5517', 'sector', 100_000],
      ['5517', 'ingangsdatum_status', 20_000],
      ['5521', 'sector', 100_000],
    ]);
    const log = JSON.parse((await runCli(['extracten', '--format', 'json'], { env })).stdout);
    expect(log).toEqual([expect.objectContaining({ bestandsnaam: 'slecht.csv', foutAantal: 220_000 })]);
  });
});
