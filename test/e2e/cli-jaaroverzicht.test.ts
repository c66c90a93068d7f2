import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '../../shared/calendar/calendar-date.ts';
import { STANDAARD_NORMEN } from '../../shared/norms/standaard-normen.ts';
import { normenHash } from '../../shared/norms/normen-hash.ts';
import { REGIO_2022, schrijfJaar2022, STAND, VERWACHT_2022 } from '../support/jaar-2022.ts';
import { runCli } from '../support/run-cli.ts';
import { stopLocalStore } from '../support/stop-local-store.ts';

/**
 * `zorgplicht jaaroverzicht` on the constructed year 2022 (test/support/jaar-2022.ts), ingested
 * through the real CLI into the embedded store: the published figures come out as JSON (§3.4)
 * and as a Dutch table.
 */
let dir: string;
let env: NodeJS.ProcessEnv;
const JAAROVERZICHT = ['jaaroverzicht', '--regio', REGIO_2022, '--jaar', '2022'];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zp-e2e-jaar-'));
  env = { ZORGPLICHT_DATA_DIR: join(dir, 'data'), ZORGPLICHT_STORE_GRACE_MS: '1500' };
  const extracten = join(dir, 'extracten');
  await mkdir(extracten);
  const paden = await schrijfJaar2022(extracten);
  const ingest = await runCli(['ingest', ...paden], { env });
  expect(ingest.stderr).toBe('');
  expect(ingest.code).toBe(0);
  const oordeel = (sein: string, kleur: string, toelichting: string) =>
    runCli(
      [
        'oordeel',
        '--regio',
        REGIO_2022,
        '--jaar',
        '2022',
        '--sein',
        sein,
        '--kleur',
        kleur,
        '--toelichting',
        toelichting,
        '--door',
        'Manager Zorg',
      ],
      { env },
    );
  for (const [sein, kleur, toelichting] of [
    ['keuze_leveringsvormen', 'oranje', 'Thuis als het kan: vaker MPT of VPT dan het geïndiceerde verblijf'],
    ['passende_zorg', 'groen', 'Knelpunten gelden voor de toekomst; in 2022 (nog) op groen'],
    [
      'continuiteit_van_zorg',
      'groen',
      'Geen faillissementen; cliënten van een beëindigd contract overgenomen',
    ],
  ] as const) {
    expect((await oordeel(sein, kleur, toelichting)).code).toBe(0);
  }
});

afterAll(async () => {
  await stopLocalStore(join(dir, 'data'));
  await rm(dir, { recursive: true, force: true });
});

describe('zorgplicht jaaroverzicht', () => {
  it('JSON (the default off a terminal) reproduces the published year figures', async () => {
    const result = await runCli(JAAROVERZICHT, { env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ regio: '5517', jaar: 2022 });
    expect(json.pgb).toStrictEqual(VERWACHT_2022.pgb);
    expect(json.maz).toStrictEqual(VERWACHT_2022.maz);
    expect(json.tijdigeZorg).toStrictEqual(VERWACHT_2022.tijdigeZorg);
    expect(json.seinen).toStrictEqual(VERWACHT_2022.seinen);
    expect(
      json.oordelen.map((o: { sein: string; kleur: string; door: string }) => [o.sein, o.kleur, o.door]),
    ).toStrictEqual([
      ['keuze_leveringsvormen', 'oranje', 'Manager Zorg'],
      ['passende_zorg', 'groen', 'Manager Zorg'],
      ['continuiteit_van_zorg', 'groen', 'Manager Zorg'],
    ]);
    expect(Date.parse(json.oordelen[0].op)).toBeGreaterThan(Date.now() - 10 * 60_000);

    const standaard = STANDAARD_NORMEN;
    expect(json.basis.normen.hash).toBe(normenHash(standaard));
    expect(json.basis.normen.bron).toContain('standaard normenbestand');
    expect(json.basis.peildata).toStrictEqual({ wachtlijst: STAND, pgb: STAND, maz: STAND });
    expect(json.basis.momentopnamen).toHaveLength(12);
  });

  it('--format tekst: a Dutch table with the six seinen, counts and the grondslag', async () => {
    const result = await runCli([...JAAROVERZICHT, '--format', 'tekst'], { env });
    expect(result.code).toBe(0);
    const tekst = result.stdout;
    expect(tekst).toContain('Jaaroverzicht 2022 — 5517 Zuid-Holland Noord');
    expect(tekst).toMatch(/Keuze tussen leveringsvormen\s+▲ oranje\s+beoordeeld, zie toelichting/);
    expect(tekst).toMatch(/Tijdige zorg\s+98,00%\s+95%\s+✔ groen\s+588 van 600 cliëntmaanden/);
    expect(tekst).toMatch(
      /Tijdige pgb-toekenning\s+85,05%\s+95%\s+▲ oranje\s+1\.701 van 2\.000 besluiten tijdig/,
    );
    expect(tekst).toMatch(/Tijdige eigen bijdrage\s+89,88%\s+80%\s+✔ groen\s+5\.390 van 5\.997 MAZ/);
    expect(tekst).toMatch(/Continuïteit van zorg is gewaarborgd\s+✔ groen/);
    expect(tekst).toContain('Thuis als het kan: vaker MPT of VPT dan het geïndiceerde verblijf');
    expect(tekst).toMatch(/Pgb-aanvragen\s+1\.701\s+299\s+2\.000\s+85,05%/);
    expect(tekst).toMatch(/Verblijf in een instelling\s+4\.567\s+433\s+5\.000\s+91,34%/);
    expect(tekst).toMatch(/Volledig pakket thuis\s+589\s+131\s+720\s+81,81%/);
    expect(tekst).toMatch(/Modulair pakket thuis\s+52\s+11\s+63\s+82,54%/);
    expect(tekst).toMatch(/Persoonsgebonden budget\s+182\s+32\s+214\s+85,05%/);
    expect(tekst).not.toContain('Deeltijdverblijf');
    expect(tekst).toMatch(/Totaal\s+5\.390\s+607\s+5\.997\s+89,88%/);
    expect(tekst).toMatch(/588\s+600\s+98,00%/);
    expect(tekst).toContain('Grondslag');
    expect(tekst).toContain(`Inhoudshash van de normen (SHA-256): ${normenHash(STANDAARD_NORMEN)}`);
    expect(tekst).toContain('Nieuwste peildatum: wachtlijst 31-01-2023, pgb 31-01-2023, MAZ 31-01-2023');
    expect(tekst).toContain('Momentopnamen wachtlijst 2022 (12 van de 12 maanden): 31-01-2022, 28-02-2022');
    expect(tekst).not.toContain('Let op');
  });

  it('other norms: other drempels and another hash, at once', async () => {
    const normen = join(dir, 'drempel-85.json');
    const standaard = STANDAARD_NORMEN;
    await writeFile(
      normen,
      JSON.stringify({
        ...standaard,
        seinDrempels: { ...standaard.seinDrempels, tijdige_pgb_toekenning: 85.05 },
      }),
    );
    const json = JSON.parse((await runCli([...JAAROVERZICHT, '--normen', normen], { env })).stdout);
    expect(json.seinen.tijdige_pgb_toekenning).toStrictEqual({
      waarde: 85.05,
      drempel: 85.05,
      kleur: 'groen',
    });
    expect(json.basis.normen.hash).not.toBe(normenHash(standaard));
    expect(json.basis.normen.bron).toContain(normen);
  });

  it('the current year is allowed (figures so far)', async () => {
    const ditJaar = todayInAmsterdam(new Date()).slice(0, 4);
    const result = await runCli(
      ['jaaroverzicht', '--regio', REGIO_2022, '--jaar', ditJaar, '--format', 'json'],
      { env },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ jaar: Number(ditJaar), oordelen: [] });
  });

  it.each([
    ['abc', '--jaar abc: geef een jaartal van vier cijfers, bv. 2024'],
    ['2022.5', '--jaar 2022.5: geef een jaartal van vier cijfers'],
    ['22', '--jaar 22: geef een jaartal van vier cijfers'],
    ['2014', '--jaar 2014: jaarcijfers zijn er vanaf 2015'],
  ])('--jaar %s is a usage error (exit 2)', async (jaar, melding) => {
    const result = await runCli(['jaaroverzicht', '--regio', REGIO_2022, '--jaar', jaar], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(melding);
    expect(result.stdout).toBe('');
  });

  it('a year that has not begun is a usage error (exit 2)', async () => {
    const volgend = Number(todayInAmsterdam(new Date()).slice(0, 4)) + 1;
    const result = await runCli(['jaaroverzicht', '--regio', REGIO_2022, '--jaar', String(volgend)], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--jaar ${volgend}: dat jaar is nog niet begonnen`);
  });

  it('an unknown region or a missing --jaar is a usage error (exit 2)', async () => {
    const regio = await runCli(['jaaroverzicht', '--regio', '5522', '--jaar', '2022'], { env });
    expect(regio.code).toBe(2);
    expect(regio.stderr).toContain('--regio 5522: onbekende zorgkantoorregio');
    const zonderJaar = await runCli(['jaaroverzicht', '--regio', REGIO_2022], { env });
    expect(zonderJaar.code).toBe(2);
    expect(zonderJaar.stderr).toContain('jaar');
  });
});
