import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tijdelijkeMap } from '../support/tijdelijke-map.ts';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

describe('zorgplicht command line', () => {
  it('without a command: usage error, exit 2, Dutch message on stderr', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Geef een opdracht');
  });

  it('an unknown command: exit 2 with a suggestion', async () => {
    const result = await runCli(['nrmen']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Onbekende opdracht "nrmen". Bedoelde u misschien normen?');
  });

  it('an unknown option: exit 2', async () => {
    const result = await runCli(['normen', '--kleur', 'rood']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Onbekend argument: kleur');
  });

  it('--help lists the commands in Dutch', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Commando's:");
    expect(result.stdout).toContain('zorgplicht normen');
  });
});

describe('zorgplicht normen', () => {
  it('prints the default norms as a table and says the streefnormen are placeholders', async () => {
    const result = await runCli(['normen']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('standaard normenbestand');
    expect(result.stdout).toContain('plaatshouders');
    expect(result.stdout).toMatch(/01-01-2021\s+urgent_plaatsen\s+\* \(alle\)\s+\* \(alle\)\s+14\s+11 d/);
    expect(result.stdout).toMatch(/01-01-2021\s+actief_plaatsen\s+VV\s+\* \(alle\)\s+42\s+32 d/);
    expect(result.stdout).toMatch(/01-01-2015\s+pgb\s+120/);
    expect(result.stdout).toMatch(/Tijdige eigen bijdrage\s+80%/);
  });

  it('--format json prints the norms as JSON', async () => {
    const result = await runCli(['normen', '--format', 'json']);
    expect(result.code).toBe(0);
    const normen = JSON.parse(result.stdout);
    expect(normen.signaalFractie).toBe(0.75);
    expect(normen.pgbBesluitDagen).toEqual([{ geldigVanaf: '2015-01-01', dagen: 42 }]);
  });

  it('--normen FILE uses that file and does not call it a placeholder', async () => {
    const dir = await tijdelijkeMap('zp-normen-');
    const file = join(dir, 'regio.json');
    await writeFile(
      file,
      JSON.stringify({
        signaalFractie: 0.8,
        streefnormen: [
          {
            geldigVanaf: '2022-01-01',
            wachtstatus: 'urgent_plaatsen',
            sector: 'GGZ',
            classificatie: '*',
            dagen: 7,
          },
          {
            geldigVanaf: '2022-01-01',
            wachtstatus: 'actief_plaatsen',
            sector: '*',
            classificatie: '*',
            dagen: 60,
          },
        ],
        pgbBesluitDagen: [{ geldigVanaf: '2015-01-01', dagen: 56 }],
        mazDagen: [{ geldigVanaf: '2015-01-01', leveringsvorm: '*', dagen: 30 }],
        seinDrempels: { tijdige_zorg: 90, tijdige_pgb_toekenning: 90, tijdige_eigen_bijdrage: 85 },
      }),
    );
    const result = await runCli(['normen', '--normen', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${file} (via --normen)`);
    expect(result.stdout).not.toContain('plaatshouders');
    expect(result.stdout).toMatch(/01-01-2022\s+urgent_plaatsen\s+GGZ\s+\* \(alle\)\s+7\s+6 d/);
    expect(result.stdout).toMatch(/01-01-2015\s+56/);

    const viaEnv = await runCli(['normen'], { env: { ZORGPLICHT_NORMEN: file } });
    expect(viaEnv.stdout).toContain('(via ZORGPLICHT_NORMEN)');
  });

  it('refuses an invalid norms file with exit 1 and one line per problem', async () => {
    const dir = await tijdelijkeMap('zp-normen-');
    const file = join(dir, 'fout.json');
    await writeFile(
      file,
      JSON.stringify({
        signaalFractie: 0.75,
        streefnormen: [
          { geldigVanaf: '2021-01-01', wachtstatus: 'onbekend', sector: '*', classificatie: '*', dagen: -2 },
          { geldigVanaf: '2021-01-01', wachtstatus: '6', sector: '*', classificatie: '*', dagen: 14 },
          { geldigVanaf: '2021-01-01', wachtstatus: '7', sector: '*', classificatie: '*', dagen: 91 },
        ],
        pgbBesluitDagen: [{ geldigVanaf: '2015-01-01', dagen: 42 }],
        mazDagen: [{ geldigVanaf: '2015-01-01', leveringsvorm: '*', dagen: 30 }],
        seinDrempels: { tijdige_zorg: 95, tijdige_pgb_toekenning: 95, tijdige_eigen_bijdrage: 80 },
      }),
    );
    const result = await runCli(['normen', '--normen', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe(`Normenbestand ${file} is afgewezen:`);
    expect(lines).toHaveLength(3);
    expect(result.stderr).toContain(
      'streefnormen item 1, veld wachtstatus: "onbekend": onbekende wachtstatus',
    );
    expect(result.stderr).toContain('streefnormen item 1, veld dagen: moet minstens 1 dag zijn, gekregen -2');
  });

  it('refuses a file that is not JSON', async () => {
    const dir = await tijdelijkeMap('zp-normen-');
    const file = join(dir, 'fout.json');
    await writeFile(file, 'signaalFractie = 0.75');
    const result = await runCli(['normen', '--normen', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('geen geldige JSON');
  });

  it('has --help', async () => {
    const result = await runCli(['normen', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Toon de normen die gelden');
    expect(result.stdout).toContain('--normen');
  });
});
