import { calendarDate } from '../../shared/calendar/calendar-date.ts';
import { formatExtractFout } from '../../shared/extracts/extract-fout.ts';
import {
  type AfgewezenExtract,
  type GeparseerdExtract,
  parseExtract,
} from '../../shared/extracts/parse-extract.ts';
import { chunksOf, MAZ_KOP, PGB_KOP, WACHTLIJST_KOP } from './csv-text.ts';

/** "Today" for these tests: every fixture's peildatum lies before it. */
export const VANDAAG = calendarDate('2026-11-25');

export async function accepted(text: string | Buffer, chunkSize?: number): Promise<GeparseerdExtract> {
  const result = await parseExtract(chunksOf(text, chunkSize), { vandaag: VANDAAG });
  if (!result.ok) {
    throw new Error(
      `expected acceptance, got:\n${result.afgewezen.fouten.map(formatExtractFout).join('\n')}`,
    );
  }
  return result.extract;
}

export async function refused(text: string | Buffer, chunkSize?: number): Promise<AfgewezenExtract> {
  const result = await parseExtract(chunksOf(text, chunkSize), { vandaag: VANDAAG });
  if (result.ok) throw new Error('expected the file to be refused');
  return result.afgewezen;
}

export async function errorLines(text: string | Buffer): Promise<string[]> {
  return (await refused(text)).fouten.map(formatExtractFout);
}

/** A wachtlijst row (contracts §1.1) with every column valid, except what `overrides` says. */
export const W = (overrides: Partial<Record<(typeof WACHTLIJST_KOP)[number], string>> = {}): string[] => {
  const row: Record<string, string> = {
    peildatum: '2023-08-28',
    zorgkantoorregio: '5517',
    client_id: 'C-001',
    sector: 'VV',
    zorgprofiel: 'VV05',
    wachtstatus: 'actief_plaatsen',
    classificatie: '09',
    ingangsdatum_status: '2023-07-01',
    zorg_tijdens_wachten: 'J',
    overbrugging_sinds: '',
    voorkeursaanbieder: '',
    ...overrides,
  };
  return WACHTLIJST_KOP.map((k) => row[k] ?? '');
};

/** A pgb row (contracts §1.2), valid except for `overrides`. */
export const P = (overrides: Partial<Record<(typeof PGB_KOP)[number], string>> = {}): string[] => {
  const row: Record<string, string> = {
    peildatum: '2023-08-31',
    zorgkantoorregio: '5517',
    client_id: 'C-001',
    aanvraag_id: 'A-1',
    sector: '',
    ontvangstdatum: '2023-07-01',
    besluitdatum: '',
    besluit: '',
    ...overrides,
  };
  return PGB_KOP.map((k) => row[k] ?? '');
};

/** A MAZ row (contracts §1.3), valid except for `overrides`. */
export const M = (overrides: Partial<Record<(typeof MAZ_KOP)[number], string>> = {}): string[] => {
  const row: Record<string, string> = {
    peildatum: '2023-08-31',
    zorgkantoorregio: '5517',
    client_id: 'C-001',
    maz_id: 'M-1',
    leveringsvorm: 'verblijf',
    aanvangsdatum_zorg: '2023-08-01',
    verwerkingsdatum_cak: '',
    uitval: '',
    ...overrides,
  };
  return MAZ_KOP.map((k) => row[k] ?? '');
};
