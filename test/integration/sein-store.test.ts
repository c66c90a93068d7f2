import { describe, expect, it } from 'vitest';
import { calendarMonth } from '../../shared/calendar/calendar-date.ts';
import type { Seinen } from '../../shared/indicators/indicatoren-json.ts';
import type { RegioCode } from '../../shared/reference/zorgkantoorregio.ts';
import { pasAanpassingenToe } from '../../shared/seinen/pas-aanpassingen-toe.ts';
import type { SeinAanpassing } from '../../shared/seinen/sein-aanpassing.ts';
import { createTestStore } from '../support/test-store.ts';

const R = '5517' as RegioCode;
const AUG = calendarMonth('2023-08');

const SEINEN: Seinen = {
  tijdige_zorg: { waarde: 91.2, drempel: 95, kleur: 'oranje' },
  tijdige_pgb_toekenning: { waarde: 96, drempel: 95, kleur: 'groen' },
  tijdige_eigen_bijdrage: { waarde: null, drempel: 80, kleur: 'onbekend' },
};

function aanpassing(tijdstip: string, kleur: SeinAanpassing['kleur'], maand = AUG): SeinAanpassing {
  return {
    regio: R,
    maand,
    sein: 'tijdige_zorg',
    kleur,
    berekendeKleur: 'oranje',
    berekendeWaarde: 91.2,
    toelichting: `Toelichting van ${tijdstip}`,
    auteur: 'beheer@zk.nl',
    tijdstip,
  };
}

describe('sein overrides and judged seinen in the store', () => {
  it('keeps every override; the latest counts, and lifting restores the computed colour', async () => {
    const { store } = await createTestStore();
    await store.seinen.saveSeinAanpassing(aanpassing('2023-09-05T10:00:00.000Z', 'groen'));
    await store.seinen.saveSeinAanpassing(
      aanpassing('2023-09-01T10:00:00.000Z', 'oranje', calendarMonth('2023-07')),
    );
    let lijst = await store.seinen.listSeinAanpassingen(R, AUG);
    expect(lijst).toHaveLength(1);
    const toegepast = pasAanpassingenToe(SEINEN, lijst);
    expect(toegepast.tijdige_zorg).toEqual({
      waarde: 91.2,
      drempel: 95,
      kleur: 'groen',
      berekendeKleur: 'oranje',
      aanpassing: {
        kleur: 'groen',
        toelichting: 'Toelichting van 2023-09-05T10:00:00.000Z',
        door: 'beheer@zk.nl',
        op: '2023-09-05T10:00:00.000Z',
        berekendeKleurToen: 'oranje',
      },
    });
    // A sein without override keeps exactly the §5 shape.
    expect(toegepast.tijdige_pgb_toekenning).toEqual(SEINEN.tijdige_pgb_toekenning);

    await store.seinen.saveSeinAanpassing(aanpassing('2023-09-06T08:00:00.000Z', null));
    lijst = await store.seinen.listSeinAanpassingen(R, AUG);
    expect(lijst.map((a) => a.kleur)).toEqual(['groen', null]);
    expect(pasAanpassingenToe(SEINEN, lijst).tijdige_zorg).toEqual(SEINEN.tijdige_zorg);
    expect(await store.seinen.listSeinAanpassingen(R)).toHaveLength(3);
    expect(await store.seinen.listSeinAanpassingen('5521' as RegioCode)).toEqual([]);
  });

  it('keeps judged seinen per region and year with their history', async () => {
    const { store } = await createTestStore();
    const base = {
      regio: R,
      sein: 'passende_zorg' as const,
      auteur: 'a',
      toelichting: 'Een goede reden hier',
    };
    await store.seinen.saveSeinOordeel({
      ...base,
      jaar: 2023,
      kleur: 'groen',
      tijdstip: '2024-01-10T00:00:00.000Z',
    });
    await store.seinen.saveSeinOordeel({
      ...base,
      jaar: 2023,
      kleur: 'oranje',
      tijdstip: '2024-02-10T00:00:00.000Z',
    });
    await store.seinen.saveSeinOordeel({
      ...base,
      jaar: 2022,
      kleur: 'groen',
      tijdstip: '2023-01-10T00:00:00.000Z',
    });
    expect((await store.seinen.listSeinOordelen(R, 2023)).map((o) => o.kleur)).toEqual(['groen', 'oranje']);
    expect((await store.seinen.listSeinOordelen(R)).map((o) => o.jaar)).toEqual([2022, 2023, 2023]);
  });

  it('never overwrites: two changes with the same time stamp are both kept, the later one counts', async () => {
    const { store } = await createTestStore();
    await store.seinen.saveSeinAanpassing(aanpassing('2023-09-05T10:00:00.000Z', 'groen'));
    await store.seinen.saveSeinAanpassing(aanpassing('2023-09-05T10:00:00.000Z', 'oranje'));
    const lijst = await store.seinen.listSeinAanpassingen(R, AUG);
    expect(lijst.map((a) => a.kleur)).toEqual(['groen', 'oranje']);
    expect(pasAanpassingenToe(SEINEN, lijst).tijdige_zorg.kleur).toBe('oranje');
  });
});
