import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csv, MAZ_KOP, WACHTLIJST_KOP } from '../support/csv-text.ts';
import { runCli } from '../support/run-cli.ts';
import { werkmappen } from '../support/werkmappen.ts';

/** The traps a new user fell into (issue 8 §3), through the real CLI. */
const mappen = werkmappen('zp-valkuil-');
afterAll(() => mappen.ruimOp());

const GEBRUIK_HINT = 'Zie zorgplicht --help of zorgplicht <opdracht> --help.';

describe('extracten --aantal', () => {
  it.each(['abc', '0', '-3', '2.5', '', '1e3'])(
    '--aantal "%s" is a usage error (exit 2) in Dutch',
    async (waarde) => {
      const map = await mappen.nieuw();
      const result = await runCli(['extracten', '--aantal', waarde], { env: map.env() });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `--aantal ${waarde}: geef een geheel getal van 1 of meer\n${GEBRUIK_HINT}\n`,
      );
    },
  );

  it('a whole number limits the log', async () => {
    const map = await mappen.nieuw();
    for (const [naam, peildatum] of [
      ['a.csv', '2023-07-31'],
      ['b.csv', '2023-08-28'],
    ] as const) {
      await writeFile(
        join(map.dir, naam),
        csv([
          [...WACHTLIJST_KOP],
          [peildatum, '5517', 'C-1', 'VV', '', '7', '09', '2023-06-01', 'J', '', ''],
        ]),
      );
    }
    const ingest = await runCli(['ingest', join(map.dir, 'a.csv'), join(map.dir, 'b.csv')], {
      env: map.env(),
    });
    expect(ingest.code, ingest.stderr).toBe(0);
    const result = await runCli(['extracten', '--aantal', '1', '--format', 'json'], { env: map.env() });
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(1);
  });
});

describe('zorgplicht regios', () => {
  it('lists every region code with its name, and the two codes of Friesland', async () => {
    const result = await runCli(['regios']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Zorgkantoorregio's (iWlz COD001): 31 regio's onder 32 codes");
    expect(result.stdout).toMatch(/^5517 {2}Zuid-Holland Noord$/m);
    expect(result.stdout).toMatch(/^5501 {2}Groningen$/m);
    expect(result.stdout).not.toMatch(/^5522/m);
    expect(result.stdout).toContain('5502 en 5533 zijn allebei Friesland; beide codes worden aanvaard.');
  });

  it('--format json gives code and name of all 32 codes', async () => {
    const result = await runCli(['regios', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const regios = JSON.parse(result.stdout) as { code: string; naam: string }[];
    expect(regios).toHaveLength(32);
    expect(regios).toContainEqual({ code: '5521', naam: 'Rotterdam' });
  });

  it('an unknown --regio points to it', async () => {
    const result = await runCli(['indicatoren', '--regio', '5599', '--maand', '2023-08']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `--regio 5599: onbekende zorgkantoorregio; verwacht een code uit 5501–5533 (zie zorgplicht regios)\n${GEBRUIK_HINT}\n`,
    );
  });
});

describe('Dutch grammar in counts', () => {
  it('seinen: "1 regio, 1 sein op oranje"', async () => {
    const map = await mappen.nieuw();
    await writeFile(
      join(map.dir, 'wachtlijst.csv'),
      csv([
        [...WACHTLIJST_KOP],
        ['2023-08-28', '5517', 'C-1', 'VV', '', '6', '01', '2023-06-01', 'N', '', ''],
      ]),
    );
    const ingest = await runCli(['ingest', join(map.dir, 'wachtlijst.csv')], { env: map.env() });
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stdout).toContain(
      'wachtlijst.csv: verwerkt — wachtlijst, regio 5517, peildatum 28-08-2023, 1 rij',
    );
    const seinen = await runCli(['seinen', '--maand', '2023-08', '--format', 'tekst'], { env: map.env() });
    expect(seinen.code, seinen.stderr).toBe(0);
    expect(seinen.stdout).toMatch(/^1 regio, 1 sein op oranje\./m);
  });

  it('demo: "voor 1 regio"', async () => {
    const map = await mappen.nieuw();
    const result = await runCli(['demo', '--regios', '1', '--maanden', '1'], { env: map.env() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Demo: 3 extracten \([\d.]+ rijen\) voor 1 regio, /m);
  });
});

describe('indicatoren --format tekst: MAZ per leveringsvorm with its count', () => {
  it('shows the number due beside each percentage, as the total column does', async () => {
    const map = await mappen.nieuw();
    await writeFile(
      join(map.dir, 'maz.csv'),
      csv([
        [...MAZ_KOP],
        // verblijf: one within 30 days, one late; vpt: one within. All due in July 2023.
        ['2023-08-31', '5517', 'C-1', 'M-1', '4', '2023-06-01', '2023-06-20', 'N'],
        ['2023-08-31', '5517', 'C-2', 'M-2', '4', '2023-06-05', '2023-07-20', 'N'],
        ['2023-08-31', '5517', 'C-3', 'M-3', '5', '2023-06-10', '2023-06-15', 'N'],
      ]),
    );
    const ingest = await runCli(['ingest', join(map.dir, 'maz.csv')], { env: map.env() });
    expect(ingest.code, ingest.stderr).toBe(0);
    const result = await runCli(
      ['indicatoren', '--regio', '5517', '--maand', '2023-08', '--format', 'tekst'],
      {
        env: map.env(),
      },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Deadline in\s+Totaal\s+verblijf\s+vpt$/m);
    expect(result.stdout).toMatch(/^jul 2023\s+66,7% \(3\)\s+50,0% \(2\)\s+100,0% \(1\)$/m);
    expect(result.stdout).toMatch(/^aug 2023\s+– \(0\)\s+– \(0\)\s+– \(0\)$/m);
  });
});
