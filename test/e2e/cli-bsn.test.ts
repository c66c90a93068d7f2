import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDaemonInfo } from '../../shared/storage/local/daemon-info.ts';
import { isProcessAlive } from '../../shared/storage/local/process-alive.ts';
import { storePaths } from '../../shared/storage/local/store-paths.ts';
import {
  alleBestanden,
  ANDER_BSN,
  BSN,
  BSN_ZONDER_NUL,
  bsnOpSchijf,
  bsnVormen,
  checkTestNummers,
  gevondenVormen,
} from '../support/bsn-vormen.ts';
import { WACHTLIJST_KOP } from '../support/csv-text.ts';
import { type CliResult, runCli } from '../support/run-cli.ts';

const KOP = WACHTLIJST_KOP.join(',');
const rij = (client: string, extra = '') =>
  `2023-08-28,5517,${client},VV,VV05,7,09,2023-07-01,J,,${extra ? `,${extra}` : ''}`;
const regels = (...r: string[]) => `${r.join('\r\n')}\r\n`;
const vormen = bsnVormen(BSN);

/** Files that hold BSNs (and control characters) in every way the issue lists. */
const BESTANDEN: ReadonlyArray<readonly [string, Buffer]> = [
  [`wachtlijst-${BSN}.csv`, Buffer.from(regels(KOP, rij('C-ZICHTBAAR-1'), rij('C-ZICHTBAAR-2')))],
  [
    'client-id.csv',
    Buffer.from(regels(KOP, ...Object.values(vormen).map((v) => rij(`"${v}"`)), rij(BSN_ZONDER_NUL))),
  ],
  [
    'genegeerd.csv',
    Buffer.from(
      regels(`${KOP},opmerking`, rij('C-1', `"belde ${vormen.dots}"`), rij('C-2', `BSN:${ANDER_BSN}`)),
    ),
  ],
  [
    'stuurtekens.csv',
    Buffer.from(regels(`${KOP},kleur\u001b[2J`, rij('C-\u001b[31mROOD\u0007', 'x'), rij('C-\u200b2', 'y'))),
  ],
  ['latin1.csv', Buffer.from(regels(`${KOP},opmerking`, rij('Cliënt-1', `BSN\u00a0${BSN}`)), 'latin1')],
  [
    'utf16.csv',
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(regels(KOP, rij(BSN), rij(vormen['full-width'])), 'utf16le'),
    ]),
  ],
  [
    'kop-typo.csv',
    Buffer.from(regels(KOP.replace('wachtstatus', 'wachtstaus'), rij(BSN), rij(`'${ANDER_BSN}`))),
  ],
  [
    'open-aanhalingsteken.csv',
    Buffer.from(regels(KOP, rij(vormen.spaces), `2023-08-28,5517,"C-3 ${ANDER_BSN},VV`)),
  ],
  ['nul-byte.csv', Buffer.from(regels(KOP, rij('C-1\u0000'), rij(vormen['en dash'])))],
  ['werkmap.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(`sheet1.xml ${BSN}`)])],
];

/** Control characters (other than tab and line breaks) and the zero-width space, as they stand in `text`. */
function rauweStuurtekens(text: string): string[] {
  return [...text].filter((c) => {
    const code = c.charCodeAt(0);
    return (
      (code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r') ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0x200b
    );
  });
}

describe('zorgplicht ingest never shows, logs or keeps a BSN, nor echoes a control character', () => {
  let dir: string;
  let dataDir: string;
  const runs: CliResult[] = [];

  beforeAll(async () => {
    checkTestNummers();
    dir = await mkdtemp(join(tmpdir(), 'zp-e2e-bsn-'));
    dataDir = join(dir, 'data');
    const invoer = join(dir, 'invoer');
    await mkdir(invoer);
    const paden: string[] = [];
    for (const [naam, bytes] of BESTANDEN) {
      paden.push(join(invoer, naam));
      await writeFile(join(invoer, naam), bytes);
    }
    // Structured logs on, so that they are checked too.
    const env = {
      ZORGPLICHT_DATA_DIR: dataDir,
      ZORGPLICHT_STORE_GRACE_MS: '1500',
      POWERTOOLS_LOG_LEVEL: 'DEBUG',
    };
    runs.push(await runCli(['ingest', ...paden], { env }));
    runs.push(await runCli(['ingest', '--format', 'json', ...paden], { env }));
    runs.push(await runCli(['extracten', '--format', 'json'], { env }));
    runs.push(await runCli(['extracten', '--format', 'tekst'], { env }));
  });

  afterAll(async () => {
    // The store daemon stops after its grace period; only then is the data dir quiet.
    const info = await readDaemonInfo(storePaths(dataDir).infoFile);
    for (let i = 0; info && isProcessAlive(info.pid) && i < 100; i++) await sleep(200);
    await rm(dir, { recursive: true, force: true });
  });

  it('ingests the good file, refuses the others (exit 1)', () => {
    expect(runs.map((r) => r.code)).toEqual([1, 1, 0, 0]);
    expect(runs[0]?.stdout).toContain('wachtlijst-111******.csv: verwerkt — wachtlijst, regio 5517');
    expect(runs[0]?.stdout).toContain('client-id.csv: afgewezen');
    const log = JSON.parse(runs[2]?.stdout ?? '[]') as Array<{ bestandsnaam: string; status: string }>;
    expect(log.map((l) => l.bestandsnaam).sort()).toEqual(
      [...BESTANDEN.map(([naam]) => naam.replace(BSN, '111******'))].sort(),
    );
  });

  it('no output (stdout, stderr, JSON reports, logs) holds a BSN in any form', () => {
    // The logs are there: the positive check that they were written and looked at.
    expect(runs[0]?.stdout).toContain('"message":"Extract verwerkt"');
    for (const run of runs) {
      expect(gevondenVormen(run.stdout)).toEqual([]);
      expect(gevondenVormen(run.stderr)).toEqual([]);
    }
  });

  it('every BSN form is reported, masked, with row and column', () => {
    const stderr = runs[0]?.stderr ?? '';
    for (let r = 2; r <= Object.keys(vormen).length + 2; r++) {
      expect(stderr).toMatch(
        new RegExp(`client-id\\.csv: rij ${r}, kolom client_id, waarde "[^"]*": lijkt een BSN`),
      );
    }
    expect(stderr).toContain(
      'genegeerd.csv: rij 2, kolom opmerking, waarde "belde 111.***.***": bevat een getal dat op een BSN lijkt',
    );
    expect(stderr).toContain('genegeerd.csv: rij 3, kolom opmerking, waarde "BSN:123******": lijkt een BSN');
  });

  it('control characters from a file reach the terminal only written out', () => {
    for (const run of runs) {
      expect(rauweStuurtekens(run.stdout)).toEqual([]);
      expect(rauweStuurtekens(run.stderr)).toEqual([]);
    }
    const stderr = runs[0]?.stderr ?? '';
    expect(stderr).toContain(
      'stuurtekens.csv: rij 2, kolom client_id, waarde "C-<U+001B>[31mROOD<U+0007>": bevat een onzichtbaar of stuurteken (U+001B)',
    );
    expect(stderr).toContain(
      'stuurtekens.csv: rij 3, kolom client_id, waarde "C-<U+200B>2": bevat een onzichtbaar of stuurteken (U+200B)',
    );
    expect(runs[0]?.stdout).toContain('waarschuwing: onbekende kolom "kleur<U+001B>[2J" wordt genegeerd');
  });

  it('nothing on disk holds a BSN: archive, reports, the store files; the kept data is there', async () => {
    const bestanden = await alleBestanden(dataDir);
    const paden = bestanden.map((b) => b.pad);
    expect(paden.some((p) => p.startsWith(storePaths(dataDir).dbDir))).toBe(true);
    expect(
      paden.filter((p) => p.includes(join('archief', 'afgewezen')) && !p.endsWith('.json')),
    ).toHaveLength(
      BESTANDEN.length - 2, // the good file is under verwerkt/, the spreadsheet kept only its report
    );
    const alles = Buffer.concat(bestanden.map((b) => b.inhoud));
    expect(alles.includes(Buffer.from('C-ZICHTBAAR-1')), 'stored row in the LevelDB files').toBe(true);
    expect(alles.includes(Buffer.from('[BSN verwijderd]', 'utf16le')), 'redacted UTF-16 copy').toBe(true);
    expect(await bsnOpSchijf(dataDir)).toEqual([]);
  });
});
