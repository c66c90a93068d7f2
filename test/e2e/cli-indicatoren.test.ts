import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tijdelijkeMap } from '../support/tijdelijke-map.ts';
import {
  type CalendarDate,
  calendarMonth,
  monthOf,
  todayInAmsterdam,
} from '../../shared/calendar/calendar-date.ts';
import { type DemoBestand, demoRegios, writeDemoExtracts } from '../../shared/demo/demo-extracts.ts';
import type { MazMelding, PgbAanvraag, WachtlijstRegel } from '../../shared/extracts/extract-rows.ts';
import { type GeparseerdExtract, parseExtract } from '../../shared/extracts/parse-extract.ts';
import { berekenIndicatoren } from '../../shared/indicators/bereken-indicatoren.ts';
import { berekenSignaallijst } from '../../shared/indicators/signaallijst.ts';
import { STANDAARD_NORMEN } from '../../shared/norms/standaard-normen.ts';
import type { Normen } from '../../shared/norms/normen.ts';
import type { RegioCode } from '../../shared/reference/zorgkantoorregio.ts';
import type { Stand } from '../../shared/indicators/stand.ts';
import { runCli } from '../support/run-cli.ts';

/**
 * Generated extracts for several regions and months go through the real CLI (ingest --inbox,
 * the embedded store); the CLI's indicatoren and signaallijst must equal what the pure engine
 * computes from the same files folded in memory here, without the store.
 */
const REGIOS = demoRegios(3);
const EIND = calendarMonth('2024-06');
let dir: string;
let env: NodeJS.ProcessEnv;
let normen: Normen;
const extracten: GeparseerdExtract[] = [];

beforeAll(async () => {
  dir = await tijdelijkeMap('zp-e2e-ind-');
  env = { ZORGPLICHT_DATA_DIR: join(dir, 'data'), ZORGPLICHT_STORE_GRACE_MS: '1500' };
  const inbox = join(dir, 'data', 'inbox');
  await mkdir(inbox, { recursive: true });
  const bestanden: DemoBestand[] = await writeDemoExtracts(inbox, {
    regios: REGIOS,
    maanden: 6,
    eindMaand: EIND,
  });
  for (const bestand of bestanden) {
    const result = await parseExtract(createReadStream(join(inbox, bestand.naam)), {
      vandaag: todayInAmsterdam(),
    });
    if (!result.ok) throw new Error(`demo file ${bestand.naam} invalid`);
    extracten.push(result.extract);
  }
  normen = STANDAARD_NORMEN;
  const ingest = await runCli(['ingest', '--inbox'], { env });
  expect(ingest.code).toBe(0);
  expect(ingest.stdout.match(/: verwerkt —/g)).toHaveLength(bestanden.length);
});

/** Independent of the store: per id the row of the extract with the latest peildatum. */
function stand<R extends PgbAanvraag | MazMelding>(
  soort: 'pgb' | 'maz',
  regio: RegioCode,
  id: (r: R) => string,
): Stand<R> {
  const vanRegio = extracten.filter((e) => e.soort === soort && e.regios.includes(regio));
  const rijen = new Map<string, { peildatum: CalendarDate; regel: R }>();
  for (const extract of vanRegio) {
    for (const regel of extract.regels as readonly R[]) {
      if (regel.regio !== regio) continue;
      const huidig = rijen.get(id(regel));
      if (!huidig || extract.peildatum > huidig.peildatum)
        rijen.set(id(regel), { peildatum: extract.peildatum, regel });
    }
  }
  const peildatum =
    vanRegio
      .map((e) => e.peildatum)
      .sort()
      .at(-1) ?? null;
  return { peildatum, regels: [...rijen.values()].map((r) => r.regel) };
}

function snapshotIn(regio: RegioCode, maand: string) {
  const extract = extracten
    .filter((e) => e.soort === 'wachtlijst' && monthOf(e.peildatum) === maand)
    .sort((a, b) => a.peildatum.localeCompare(b.peildatum))
    .at(-1);
  if (!extract) return null;
  return {
    peildatum: extract.peildatum,
    regels: (extract.regels as readonly WachtlijstRegel[]).filter((r) => r.regio === regio),
  };
}

describe('indicatoren and signaallijst through the CLI', () => {
  it.each(REGIOS.flatMap((regio) => [[regio, '2024-06'] as const, [regio, '2024-03'] as const]))(
    'indicatoren --regio %s --maand %s equals the engine on the same files',
    async (regio, maand) => {
      const result = await runCli(['indicatoren', '--regio', regio, '--maand', maand, '--format', 'json'], {
        env,
      });
      expect(result.code).toBe(0);
      const expected = berekenIndicatoren(
        {
          regio,
          maand: calendarMonth(maand),
          wachtlijst: snapshotIn(regio, maand),
          pgb: stand<PgbAanvraag>('pgb', regio, (r) => r.aanvraagId),
          maz: stand<MazMelding>('maz', regio, (r) => r.mazId),
        },
        normen,
      );
      const json = JSON.parse(result.stdout);
      // The §5 shape exactly, with the judged seinen of the month's year beside it (none set here).
      expect(json).toStrictEqual({ ...JSON.parse(JSON.stringify(expected)), oordelen: [] });
      // Real data: the snapshot holds the region's waiting clients, and the seinen have colours.
      expect(json.wachtlijst.peildatum).toBe(`${maand}-${maand.endsWith('06') ? '30' : '31'}`);
      expect(json.pgb.maanden).toHaveLength(12);
      expect(['groen', 'oranje']).toContain(json.seinen.tijdige_zorg.kleur);
    },
  );

  it('signaallijst (json and csv) equals the engine on the latest data', async () => {
    const regio = REGIOS[0] as RegioCode;
    const json = await runCli(['signaallijst', '--regio', regio, '--format', 'json'], { env });
    expect(json.code).toBe(0);
    const expected = berekenSignaallijst(
      {
        wachtlijst: snapshotIn(regio, '2024-06'),
        pgb: stand<PgbAanvraag>('pgb', regio, (r) => r.aanvraagId),
        maz: stand<MazMelding>('maz', regio, (r) => r.mazId),
      },
      normen,
    );
    const lijst = JSON.parse(json.stdout);
    expect(lijst).toStrictEqual(JSON.parse(JSON.stringify(expected)));
    expect(lijst.length).toBeGreaterThan(0);
    expect(new Set(lijst.map((r: { soort: string }) => r.soort))).toContain('wachtlijst');

    const csvResult = await runCli(['signaallijst', '--regio', regio], { env });
    const lines = csvResult.stdout
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Soort;Client-id;Categorie;Dagen;Normdagen;Wachtstatus;Classificatie;Sector;Zorg tijdens wachten;Aanvraag-id;MAZ-id;Leveringsvorm;Uitval;Startdatum;Deadline;Peildatum',
    );
    expect(lines).toHaveLength(lijst.length + 1);
    // Dates for Dutch Excel: startdatum, deadline and peildatum as DD-MM-JJJJ.
    for (const line of lines.slice(1)) expect(line).toMatch(/(;\d{2}-\d{2}-\d{4}){3}$/);
  });

  it('signaallijst --peildatum gives the list as it stood then', async () => {
    const regio = REGIOS[1] as RegioCode;
    const result = await runCli(
      ['signaallijst', '--regio', regio, '--peildatum', '2024-03-31', '--format', 'json'],
      {
        env,
      },
    );
    const lijst = JSON.parse(result.stdout) as Array<{ peildatum: string }>;
    expect(lijst.length).toBeGreaterThan(0);
    expect(new Set(lijst.map((r) => r.peildatum))).toEqual(new Set(['2024-03-31']));
  });

  it('other norms change the answer at once (computed on read)', async () => {
    const strenger = join(dir, 'strenger.json');
    const base = STANDAARD_NORMEN;
    await writeFile(
      strenger,
      JSON.stringify({
        ...base,
        streefnormen: base.streefnormen.map((r) => ({ ...r, dagen: Math.max(1, Math.floor(r.dagen / 3)) })),
        seinDrempels: { ...base.seinDrempels, tijdige_zorg: 99.9 },
      }),
    );
    const regio = REGIOS[0] as RegioCode;
    const args = ['indicatoren', '--regio', regio, '--maand', '2024-06', '--format', 'json'];
    const standaard = JSON.parse((await runCli(args, { env })).stdout);
    const streng = JSON.parse((await runCli([...args, '--normen', strenger], { env })).stdout);
    expect(streng.seinen.tijdige_zorg.waarde).toBeLessThan(standaard.seinen.tijdige_zorg.waarde);
    expect(streng.seinen.tijdige_zorg).toMatchObject({ drempel: 99.9, kleur: 'oranje' });
    expect(streng.pgb).toStrictEqual(standaard.pgb);
  });

  it('a manual override shows in the JSON beside the computed colour', async () => {
    const regio = REGIOS[2] as RegioCode;
    const base = ['indicatoren', '--regio', regio, '--maand', '2024-06', '--format', 'json'];
    const before = JSON.parse((await runCli(base, { env })).stdout);
    const andere = before.seinen.tijdige_pgb_toekenning.kleur === 'groen' ? 'oranje' : 'groen';
    const zet = await runCli(
      [
        'aanpassen',
        '--regio',
        regio,
        '--maand',
        '2024-06',
        '--sein',
        'tijdige_pgb_toekenning',
        '--kleur',
        andere,
        '--toelichting',
        'Besluiten lagen stil door een systeemstoring',
        '--door',
        'Test Beheerder',
      ],
      { env },
    );
    expect(zet.code).toBe(0);
    const after = JSON.parse((await runCli(base, { env })).stdout);
    expect(after.seinen.tijdige_pgb_toekenning).toMatchObject({
      waarde: before.seinen.tijdige_pgb_toekenning.waarde,
      kleur: andere,
      berekendeKleur: before.seinen.tijdige_pgb_toekenning.kleur,
      aanpassing: {
        kleur: andere,
        door: 'Test Beheerder',
        toelichting: 'Besluiten lagen stil door een systeemstoring',
      },
    });
    expect(after.seinen.tijdige_zorg).toStrictEqual(before.seinen.tijdige_zorg);

    const kort = await runCli(
      [
        'aanpassen',
        '--regio',
        regio,
        '--maand',
        '2024-06',
        '--sein',
        'tijdige_zorg',
        '--kleur',
        'groen',
        '--toelichting',
        'ok',
      ],
      { env },
    );
    // Understood and refused: rejected input (exit 1), not a usage error.
    expect(kort.code).toBe(1);
    expect(kort.stderr).toContain('Toelichting: de toelichting is te kort');
  });

  it('the text format is a readable Dutch table', async () => {
    const regio = REGIOS[0] as RegioCode;
    const result = await runCli(
      ['indicatoren', '--regio', regio, '--maand', '2024-06', '--format', 'tekst'],
      { env },
    );
    expect(result.stdout).toContain(`Indicatoren ${regio} `);
    expect(result.stdout).toContain('— juni 2024');
    expect(result.stdout).toMatch(/Tijdige zorg\s+\d+,\d%\s+95%\s+(✔ groen|▲ oranje)/);
    expect(result.stdout).toContain('Wachtlijst (peildatum 30-06-2024)');
    expect(result.stdout).toContain('Beoordeelde seinen 2024');
  });

  it('unknown region or bad month: exit 2', async () => {
    const regio = await runCli(['indicatoren', '--regio', '5522', '--maand', '2024-06'], { env });
    expect(regio.code).toBe(2);
    expect(regio.stderr).toContain('--regio 5522: onbekende zorgkantoorregio');
    const maand = await runCli(['indicatoren', '--regio', '5501', '--maand', '2024-13'], { env });
    expect(maand.code).toBe(2);
    expect(maand.stderr).toContain('--maand 2024-13: maand 13 bestaat niet');
  });
});
