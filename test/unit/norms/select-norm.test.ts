import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../../shared/calendar/calendar-date.ts';
import type { MazNormRegel, Normen, StreefnormRegel } from '../../../shared/norms/normen.ts';
import { selectMazNorm, selectPgbNorm, selectStreefnorm } from '../../../shared/norms/select-norm.ts';
import type { Leveringsvorm } from '../../../shared/reference/leveringsvorm.ts';
import type { Sector } from '../../../shared/reference/sector.ts';
import type { Wachtstatus } from '../../../shared/reference/wachtstatus.ts';

const d = calendarDate;

function streefnorm(
  geldigVanaf: string,
  wachtstatus: 'urgent_plaatsen' | 'actief_plaatsen',
  sector: Sector | '*',
  classificatie: string,
  dagen: number,
): StreefnormRegel {
  return { geldigVanaf: d(geldigVanaf), wachtstatus, sector, classificatie, dagen };
}

function normenWith(parts: Partial<Normen>): Normen {
  return {
    signaalFractie: 0.75,
    streefnormen: [],
    pgbBesluitDagen: [],
    mazDagen: [],
    seinDrempels: { tijdige_zorg: 95, tijdige_pgb_toekenning: 95, tijdige_eigen_bijdrage: 80 },
    ...parts,
  };
}

describe('selectStreefnorm (contracts §2)', () => {
  const normen = normenWith({
    streefnormen: [
      streefnorm('2021-01-01', 'urgent_plaatsen', '*', '*', 14),
      streefnorm('2021-01-01', 'actief_plaatsen', '*', '*', 91),
      streefnorm('2021-01-01', 'actief_plaatsen', 'VV', '*', 42),
      streefnorm('2021-01-01', 'actief_plaatsen', '*', '10', 60),
      streefnorm('2021-01-01', 'actief_plaatsen', 'GGZ', '10', 50),
      streefnorm('2023-07-01', 'actief_plaatsen', '*', '*', 80),
      streefnorm('2023-07-01', 'actief_plaatsen', 'VV', '*', 35),
      streefnorm('2024-01-01', 'urgent_plaatsen', '*', '*', 10),
      streefnorm('2024-01-01', 'urgent_plaatsen', 'GHZ', '*', 21),
    ],
  });

  const cases: Array<{
    name: string;
    wachtstatus: Wachtstatus;
    sector: Sector;
    classificatie: string;
    peildatum: string;
    dagen: number | undefined;
  }> = [
    {
      name: 'generic entry when nothing more specific',
      wachtstatus: 'urgent_plaatsen',
      sector: 'VV',
      classificatie: '01',
      peildatum: '2022-06-01',
      dagen: 14,
    },
    {
      name: 'a specific sector (score 1) beats *',
      wachtstatus: 'actief_plaatsen',
      sector: 'VV',
      classificatie: '09',
      peildatum: '2022-06-01',
      dagen: 42,
    },
    {
      name: 'a specific classificatie (score 2) beats a specific sector (score 1)',
      wachtstatus: 'actief_plaatsen',
      sector: 'VV',
      classificatie: '10',
      peildatum: '2022-06-01',
      dagen: 60,
    },
    {
      name: 'sector and classificatie (score 3) beat classificatie alone',
      wachtstatus: 'actief_plaatsen',
      sector: 'GGZ',
      classificatie: '10',
      peildatum: '2022-06-01',
      dagen: 50,
    },
    {
      name: 'another sector falls back to the generic entry',
      wachtstatus: 'actief_plaatsen',
      sector: 'GHZ',
      classificatie: '09',
      peildatum: '2022-06-01',
      dagen: 91,
    },
    {
      name: 'among equal scores the latest geldigVanaf on or before P wins',
      wachtstatus: 'actief_plaatsen',
      sector: 'GHZ',
      classificatie: '09',
      peildatum: '2023-07-01',
      dagen: 80,
    },
    {
      name: 'an entry from after P is not in force yet',
      wachtstatus: 'actief_plaatsen',
      sector: 'GHZ',
      classificatie: '09',
      peildatum: '2023-06-30',
      dagen: 91,
    },
    {
      name: 'the newer specific sector entry wins over the older one',
      wachtstatus: 'actief_plaatsen',
      sector: 'VV',
      classificatie: '11',
      peildatum: '2023-08-01',
      dagen: 35,
    },
    {
      name: 'an older more specific entry beats a newer generic one',
      wachtstatus: 'actief_plaatsen',
      sector: 'VV',
      classificatie: '10',
      peildatum: '2024-06-01',
      dagen: 60,
    },
    {
      name: 'status-specific: urgent norms do not apply to actief',
      wachtstatus: 'urgent_plaatsen',
      sector: 'GHZ',
      classificatie: '02',
      peildatum: '2024-02-01',
      dagen: 21,
    },
    {
      name: 'generic urgent after the 2024 change',
      wachtstatus: 'urgent_plaatsen',
      sector: 'VV',
      classificatie: '02',
      peildatum: '2024-02-01',
      dagen: 10,
    },
    {
      name: 'no entry in force before the first geldigVanaf',
      wachtstatus: 'urgent_plaatsen',
      sector: 'VV',
      classificatie: '01',
      peildatum: '2020-12-31',
      dagen: undefined,
    },
    {
      name: 'wacht op voorkeur has no streefnorm',
      wachtstatus: 'wacht_op_voorkeur',
      sector: 'VV',
      classificatie: '13',
      peildatum: '2022-06-01',
      dagen: undefined,
    },
    {
      name: 'wacht uit voorzorg has no streefnorm',
      wachtstatus: 'wacht_uit_voorzorg',
      sector: 'VV',
      classificatie: '13',
      peildatum: '2022-06-01',
      dagen: undefined,
    },
  ];

  it.each(cases)('$name', ({ wachtstatus, sector, classificatie, peildatum, dagen }) => {
    expect(selectStreefnorm(normen, { wachtstatus, sector, classificatie }, d(peildatum))?.dagen).toBe(dagen);
  });

  it('a tie in score and date cannot happen in a valid file; the order of the file does not matter otherwise', () => {
    const reversed = normenWith({ streefnormen: [...normen.streefnormen].reverse() });
    for (const c of cases) {
      const client = { wachtstatus: c.wachtstatus, sector: c.sector, classificatie: c.classificatie };
      expect(selectStreefnorm(reversed, client, d(c.peildatum))?.dagen).toBe(c.dagen);
    }
  });

  it('no streefnormen at all: no norm', () => {
    const none = normenWith({});
    expect(
      selectStreefnorm(
        none,
        { wachtstatus: 'urgent_plaatsen', sector: 'VV', classificatie: '01' },
        d('2023-01-01'),
      ),
    ).toBeUndefined();
  });
});

describe('selectPgbNorm: the entry in force on the ontvangstdatum', () => {
  const normen = normenWith({
    pgbBesluitDagen: [
      { geldigVanaf: d('2015-01-01'), dagen: 42 },
      { geldigVanaf: d('2024-01-01'), dagen: 35 },
    ],
  });
  it.each([
    ['2014-12-31', undefined],
    ['2015-01-01', 42],
    ['2023-12-31', 42],
    ['2024-01-01', 35],
    ['2025-05-05', 35],
  ])('received %s: %s days', (ontvangst, dagen) => {
    expect(selectPgbNorm(normen, d(ontvangst))?.dagen).toBe(dagen);
  });
});

describe('selectMazNorm: specific leveringsvorm beats *, then latest geldigVanaf on the aanvangsdatum', () => {
  const regel = (geldigVanaf: string, leveringsvorm: Leveringsvorm | '*', dagen: number): MazNormRegel => ({
    geldigVanaf: d(geldigVanaf),
    leveringsvorm,
    dagen,
  });
  const normen = normenWith({
    mazDagen: [
      regel('2015-01-01', 'pgb', 120),
      regel('2015-01-01', '*', 30),
      regel('2022-01-01', '*', 28),
      regel('2023-01-01', 'pgb', 90),
      regel('2024-01-01', 'vkb', 14),
    ],
  });
  it.each([
    ['verblijf', '2020-06-01', 30],
    ['verblijf', '2022-01-01', 28],
    ['pgb', '2020-06-01', 120],
    ['pgb', '2022-06-01', 120],
    ['pgb', '2023-01-01', 90],
    ['vkb', '2023-12-31', 28],
    ['vkb', '2024-01-01', 14],
    ['mpt', '2014-12-31', undefined],
  ] as const)('%s starting %s: %s days', (vorm, aanvang, dagen) => {
    expect(selectMazNorm(normen, vorm, d(aanvang))?.dagen).toBe(dagen);
  });
});
