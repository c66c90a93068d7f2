import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../../shared/calendar/calendar-date.ts';
import type { ExtractFout } from '../../../shared/extracts/extract-fout.ts';
import { FoutVerzameling } from '../../../shared/extracts/fout-verzameling.ts';
import { ingestSamenvatting } from '../../../cli/render/ingest-tekst.ts';
import { foutRegels, type IngestRapport, rapportRegels } from '../../../shared/extracts/ingest-rapport.ts';
import type { RegioCode } from '../../../shared/reference/zorgkantoorregio.ts';

function rapport(fouten: readonly ExtractFout[]): IngestRapport {
  const verzameling = new FoutVerzameling();
  for (const fout of fouten) verzameling.add(fout);
  return {
    bestandsnaam: 'x.csv',
    hash: 'h',
    status: 'afgewezen',
    soort: 'wachtlijst',
    regios: ['5517' as RegioCode],
    peildatum: undefined,
    rijen: 3_000,
    fouten: verzameling.fouten,
    foutAantal: verzameling.aantal,
    foutSamenvatting: verzameling.samenvatting,
    waarschuwingen: [],
    tijdstip: '2026-11-25T10:00:00.000Z',
    bsnVerwijderd: false,
  };
}

const sector = (rij: number, regio: string): ExtractFout => ({
  rij,
  kolom: 'sector',
  waarde: 'X',
  reden: 'onbekende sector',
  regio: regio as RegioCode,
});

describe('foutRegels', () => {
  it('shows 20 of a kind over all regions together, and one line counting the rest', () => {
    const fouten = Array.from({ length: 3_000 }, (_, i) =>
      sector(i + 2, ['5517', '5521', '5501'][i % 3] ?? ''),
    );
    const regels = foutRegels(rapport(fouten));
    expect(regels).toHaveLength(21);
    expect(regels[0]).toBe('rij 2, kolom sector, waarde "X": onbekende sector');
    expect(regels[19]).toBe('rij 21, kolom sector, waarde "X": onbekende sector');
    expect(regels[20]).toBe('… en nog 2.980 fouten van dit soort in kolom sector: onbekende sector');
  });

  it('every kind shows; a kind of the whole file has no column; one more is "fout"', () => {
    const fouten: ExtractFout[] = [
      ...Array.from({ length: 21 }, (_, i) => sector(i + 2, '5517')),
      { rij: 30, kolom: 'peildatum', waarde: '1-1-26', reden: 'jaartal met twee cijfers (26): …' },
      { rij: null, kolom: null, waarde: null, reden: 'het bestand is …' },
    ];
    const regels = foutRegels(rapport(fouten));
    expect(regels[0]).toBe('het bestand is …');
    expect(regels).toContain('rij 30, kolom peildatum, waarde "1-1-26": jaartal met twee cijfers (26): …');
    expect(regels.at(-1)).toBe('… en nog 1 fout van dit soort in kolom sector: onbekende sector');
    expect(regels).toHaveLength(23);
  });

  it('a report without a summary (as before) lists its errors', () => {
    const { foutSamenvatting: _s, foutAantal: _a, ...oud } = rapport([sector(2, '5517')]);
    expect(foutRegels(oud)).toEqual(['rij 2, kolom sector, waarde "X": onbekende sector']);
    expect(rapportRegels(oud)).toContain('  1 fout; niets van dit bestand is opgeslagen');
  });

  it('the text report prints dates as DD-MM-JJJJ', () => {
    const regels = rapportRegels({ ...rapport([]), peildatum: calendarDate('2026-10-31') });
    expect(regels[1]).toBe("  soort: wachtlijst; regio's: 5517; peildatum: 31-10-2026; rijen: 3.000");
  });
});

describe('ingestSamenvatting', () => {
  it('says that only the first errors of each kind follow when some have no line of their own', () => {
    // 40 errors, all kept (20 per region), but shown 20 per kind over the regions together.
    const fouten = Array.from({ length: 40 }, (_, i) => sector(i + 2, i % 2 === 0 ? '5517' : '5521'));
    expect(ingestSamenvatting(rapport(fouten))).toContain(
      '  40 fouten (de eerste 20 van elke soort staan hieronder); niets van dit bestand is opgeslagen',
    );
    const weinig = [sector(2, '5517'), { ...sector(3, '5517'), kolom: 'peildatum' }];
    expect(ingestSamenvatting(rapport(weinig))).toContain('  2 fouten; niets van dit bestand is opgeslagen');
  });
});
