import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { calendarMonth } from '../../../shared/calendar/calendar-date.ts';
import { demoRegios, writeDemoExtracts } from '../../../shared/demo/demo-extracts.ts';
import { EXTRACT_SOORTEN } from '../../../shared/extracts/extract-rows.ts';

describe('writeDemoExtracts at national scale', () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes about 500,000 rows for 31 regions × 12 months', { timeout: 120_000 }, async () => {
    dir = await mkdtemp(join(tmpdir(), 'zorgplicht-demo-landelijk-'));
    const bestanden = await writeDemoExtracts(dir, {
      regios: demoRegios(31),
      maanden: 12,
      eindMaand: calendarMonth('2025-06'),
    });
    const perSoort = Object.fromEntries(
      EXTRACT_SOORTEN.map((soort) => [
        soort,
        bestanden.filter((b) => b.soort === soort).reduce((som, b) => som + b.rijen, 0),
      ]),
    );
    const totaal = bestanden.reduce((som, b) => som + b.rijen, 0);
    expect(bestanden).toHaveLength(36);
    expect(totaal).toBeGreaterThan(425_000);
    expect(totaal).toBeLessThan(575_000);
    // Generation time is measured by `npm run bench`, not here.
    expect(Object.values(perSoort).every((n) => n > 0)).toBe(true);
  });
});
