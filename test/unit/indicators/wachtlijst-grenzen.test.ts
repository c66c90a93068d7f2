import { describe, expect, it } from 'vitest';
import type { WachtlijstRegel } from '../../../shared/extracts/extract-rows.ts';
import { berekenIndicatoren } from '../../../shared/indicators/bereken-indicatoren.ts';
import { berekenSignaallijst } from '../../../shared/indicators/signaallijst.ts';
import type { Normen } from '../../../shared/norms/normen.ts';
import type { Sector } from '../../../shared/reference/sector.ts';
import type { GenormeerdeWachtstatus } from '../../../shared/reference/wachtstatus.ts';
import {
  LEGE_MAZ,
  LEGE_PGB,
  contractNormen,
  d,
  invoer,
  nulGenormeerd,
  nulTelling,
  normenWith,
  snapshot,
  streefnorm,
  wachtende,
} from './builders.ts';

const P = d('2023-08-28');

function bereken(regels: readonly WachtlijstRegel[], normen: Normen, peildatum = P) {
  return berekenIndicatoren(
    invoer(peildatum.slice(0, 7), { wachtlijst: snapshot(peildatum, regels) }),
    normen,
  );
}

function lijst(regels: readonly WachtlijstRegel[], normen: Normen, peildatum = P) {
  return berekenSignaallijst(
    { wachtlijst: snapshot(peildatum, regels), pgb: LEGE_PGB, maz: LEGE_MAZ },
    normen,
  );
}

describe('wachtdagen against the streefnorm: 75% and the norm itself (contracts §3.1)', () => {
  type Geval = [string, GenormeerdeWachtstatus, Sector, string, number, boolean, boolean];
  // [name, wachtstatus, sector, classificatie, wachtdagen, signaal75, buitenStreefnorm]
  const tabel: Geval[] = [
    // urgent, norm 14: 75% = 10.5
    ['urgent 14: first day', 'urgent_plaatsen', 'VV', '01', 0, false, false],
    ['urgent 14: 10 days < 10.5', 'urgent_plaatsen', 'VV', '01', 10, false, false],
    ['urgent 14: 11 days ≥ 10.5', 'urgent_plaatsen', 'GHZ', '03', 11, true, false],
    ['urgent 14: exactly the norm is not buiten', 'urgent_plaatsen', 'GGZ', '08', 14, true, false],
    ['urgent 14: one day past the norm is buiten', 'urgent_plaatsen', 'VV', '05', 15, true, true],
    // actief VV, norm 42: 75% = 31.5
    ['actief VV 42: 31 days < 31.5', 'actief_plaatsen', 'VV', '09', 31, false, false],
    ['actief VV 42: 32 days ≥ 31.5', 'actief_plaatsen', 'VV', '10', 32, true, false],
    ['actief VV 42: exactly the norm', 'actief_plaatsen', 'VV', '11', 42, true, false],
    ['actief VV 42: one day past', 'actief_plaatsen', 'VV', '12', 43, true, true],
    // actief other sectors, norm 91: 75% = 68.25
    ['actief GHZ 91: 68 days < 68.25', 'actief_plaatsen', 'GHZ', '09', 68, false, false],
    ['actief GHZ 91: 69 days ≥ 68.25', 'actief_plaatsen', 'GHZ', '09', 69, true, false],
    ['actief GGZ 91: exactly the norm', 'actief_plaatsen', 'GGZ', '12', 91, true, false],
    ['actief GGZ 91: one day past', 'actief_plaatsen', 'GGZ', '12', 92, true, true],
    ['actief GGZ 91: long past', 'actief_plaatsen', 'GGZ', '10', 400, true, true],
  ];
  const cases = tabel.map(([naam, wachtstatus, sector, classificatie, wachtdagen, signaal75, buiten]) => ({
    naam,
    wachtstatus,
    sector,
    classificatie,
    wachtdagen,
    signaal75,
    buiten,
  }));

  it.each(cases)('$naam', ({ wachtstatus, sector, classificatie, wachtdagen, signaal75, buiten }) => {
    const client = wachtende(P, wachtdagen, {
      wachtstatus,
      sector,
      classificatie,
      zorgTijdensWachten: false,
    });
    const result = bereken([client], contractNormen());
    expect(result.wachtlijst.peildatum).toBe(P);
    expect(result.wachtlijst.perSector[sector][wachtstatus]).toStrictEqual({
      aantal: 1,
      metZorg: 0,
      zonderZorg: 1,
      buitenStreefnorm: buiten ? 1 : 0,
      buitenStreefnormZonderZorg: buiten ? 1 : 0,
      signaal75: signaal75 ? 1 : 0,
    });

    const rows = lijst([client], contractNormen());
    if (!signaal75) {
      expect(rows).toStrictEqual([]);
    } else {
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        soort: 'wachtlijst',
        client_id: client.clientId,
        categorie: buiten ? 'overschreden' : 'dreigend',
        dagen: wachtdagen,
      });
    }
  });

  it.each([
    { streefnorm: 40, wachtdagen: 29, signaal75: false },
    { streefnorm: 40, wachtdagen: 30, signaal75: true }, // exactly 0.75 × 40
    { streefnorm: 4, wachtdagen: 2, signaal75: false },
    { streefnorm: 4, wachtdagen: 3, signaal75: true },
    { streefnorm: 1, wachtdagen: 0, signaal75: false },
    { streefnorm: 1, wachtdagen: 1, signaal75: true },
  ])(
    'norm $streefnorm: $wachtdagen days is signaal75=$signaal75 (≥ is inclusive)',
    ({ streefnorm: dagen, wachtdagen, signaal75 }) => {
      const normen = normenWith({
        streefnormen: [streefnorm('2021-01-01', 'actief_plaatsen', '*', '*', dagen)],
      });
      const client = wachtende(P, wachtdagen, {
        wachtstatus: 'actief_plaatsen',
        sector: 'GHZ',
        classificatie: '11',
      });
      const telling = bereken([client], normen).wachtlijst.perSector.GHZ.actief_plaatsen;
      expect(telling.signaal75).toBe(signaal75 ? 1 : 0);
      expect(telling.buitenStreefnorm).toBe(0);
    },
  );

  it.each([
    { wachtdagen: 54, signaal75: false },
    { wachtdagen: 55, signaal75: true },
  ])(
    'signaalFractie 0.55 × norm 100 is exactly 55 (no floating-point drift): $wachtdagen days → $signaal75',
    ({ wachtdagen, signaal75 }) => {
      const normen = normenWith({
        signaalFractie: 0.55,
        streefnormen: [streefnorm('2021-01-01', 'urgent_plaatsen', '*', '*', 100)],
      });
      const client = wachtende(P, wachtdagen);
      expect(bereken([client], normen).wachtlijst.perSector.VV.urgent_plaatsen.signaal75).toBe(
        signaal75 ? 1 : 0,
      );
      expect(lijst([client], normen)).toHaveLength(signaal75 ? 1 : 0);
    },
  );

  it('signaalFractie comes from the norms: with 0.5 a 7-day urgent client is signalled, with 0.75 not', () => {
    const client = wachtende(P, 7);
    expect(
      bereken([client], contractNormen({ signaalFractie: 0.5 })).wachtlijst.perSector.VV.urgent_plaatsen
        .signaal75,
    ).toBe(1);
    expect(bereken([client], contractNormen()).wachtlijst.perSector.VV.urgent_plaatsen.signaal75).toBe(0);
  });

  it('wachtdagen count to the peildatum of the snapshot, not to any other date', () => {
    const client = wachtende(P, 15); // ingang 2023-08-13
    const eerder = d('2023-08-27'); // 14 days on this peildatum
    expect(
      bereken([client], contractNormen(), eerder).wachtlijst.perSector.VV.urgent_plaatsen.buitenStreefnorm,
    ).toBe(0);
    expect(
      bereken([client], contractNormen(), P).wachtlijst.perSector.VV.urgent_plaatsen.buitenStreefnorm,
    ).toBe(1);
  });
});

describe('counting per sector and status', () => {
  it('metZorg / zonderZorg and buitenStreefnormZonderZorg', () => {
    const regels = [
      wachtende(P, 20, { zorgTijdensWachten: true }), // buiten, with care
      wachtende(P, 20, { zorgTijdensWachten: false }), // buiten, without care
      wachtende(P, 12, { zorgTijdensWachten: false }), // signaal, without care
      wachtende(P, 1, { zorgTijdensWachten: true }),
      wachtende(P, 300, { wachtstatus: 'wacht_op_voorkeur', classificatie: '13', zorgTijdensWachten: true }),
      wachtende(P, 300, { wachtstatus: 'wacht_op_voorkeur', classificatie: '16', zorgTijdensWachten: false }),
      wachtende(P, 2, { wachtstatus: 'wacht_uit_voorzorg', classificatie: '19', zorgTijdensWachten: false }),
    ];
    const vv = bereken(regels, contractNormen()).wachtlijst.perSector.VV;
    expect(vv).toStrictEqual({
      urgent_plaatsen: {
        aantal: 4,
        metZorg: 2,
        zonderZorg: 2,
        buitenStreefnorm: 2,
        buitenStreefnormZonderZorg: 1,
        signaal75: 3,
      },
      actief_plaatsen: nulGenormeerd(),
      wacht_op_voorkeur: { aantal: 2, metZorg: 1, zonderZorg: 1 },
      wacht_uit_voorzorg: { aantal: 1, metZorg: 0, zonderZorg: 1 },
    });
  });

  it('clients land in their own sector; the other sectors keep every key with zeros', () => {
    const regels = [
      wachtende(P, 50, { sector: 'GGZ', wachtstatus: 'actief_plaatsen', classificatie: '09' }),
      wachtende(P, 5, {
        sector: 'GHZ',
        wachtstatus: 'wacht_uit_voorzorg',
        classificatie: '14',
        zorgTijdensWachten: true,
      }),
    ];
    const perSector = bereken(regels, contractNormen()).wachtlijst.perSector;
    expect(Object.keys(perSector).sort()).toStrictEqual(['GGZ', 'GHZ', 'VV']);
    expect(perSector.VV).toStrictEqual({
      urgent_plaatsen: nulGenormeerd(),
      actief_plaatsen: nulGenormeerd(),
      wacht_op_voorkeur: nulTelling(),
      wacht_uit_voorzorg: nulTelling(),
    });
    // GGZ actief has the generic 91-day norm: 50 days is not yet 68.25
    expect(perSector.GGZ.actief_plaatsen).toStrictEqual({
      aantal: 1,
      metZorg: 0,
      zonderZorg: 1,
      buitenStreefnorm: 0,
      buitenStreefnormZonderZorg: 0,
      signaal75: 0,
    });
    expect(perSector.GHZ.wacht_uit_voorzorg).toStrictEqual({ aantal: 1, metZorg: 1, zonderZorg: 0 });
    expect(perSector.GHZ.urgent_plaatsen).toStrictEqual(nulGenormeerd());
  });

  it('wacht op voorkeur / uit voorzorg have no streefnorm: never on the 75%-lijst however long they wait', () => {
    const regels = [
      wachtende(P, 5000, { wachtstatus: 'wacht_op_voorkeur', classificatie: '17' }),
      wachtende(P, 5000, { wachtstatus: 'wacht_uit_voorzorg', classificatie: '18' }),
    ];
    // even a (pathological) norms file cannot give them a norm: the norms only know urgent/actief
    expect(lijst(regels, contractNormen())).toStrictEqual([]);
    const vv = bereken(regels, contractNormen()).wachtlijst.perSector.VV;
    expect(Object.keys(vv.wacht_op_voorkeur).sort()).toStrictEqual(['aantal', 'metZorg', 'zonderZorg']);
    expect(Object.keys(vv.wacht_uit_voorzorg).sort()).toStrictEqual(['aantal', 'metZorg', 'zonderZorg']);
  });
});

describe('choosing the streefnorm (contracts §2)', () => {
  const normen = normenWith({
    streefnormen: [
      streefnorm('2021-01-01', 'actief_plaatsen', '*', '*', 91),
      streefnorm('2021-01-01', 'actief_plaatsen', 'VV', '*', 42),
      streefnorm('2021-01-01', 'actief_plaatsen', '*', '10', 60),
      streefnorm('2021-01-01', 'actief_plaatsen', 'GGZ', '10', 50),
      streefnorm('2021-01-01', 'actief_plaatsen', 'GHZ', '*', 70),
      streefnorm('2023-07-01', 'actief_plaatsen', 'GHZ', '*', 35),
      streefnorm('2023-09-01', 'actief_plaatsen', 'GHZ', '*', 20), // not in force on 2023-08-28
      streefnorm('2021-01-01', 'urgent_plaatsen', '*', '*', 14),
      streefnorm('2023-08-29', 'urgent_plaatsen', '*', '*', 7), // one day after P
    ],
  });

  const cases: Array<{
    naam: string;
    sector: Sector;
    classificatie: string;
    peildatum: string;
    norm: number;
  }> = [
    { naam: 'sector (1) beats *', sector: 'VV', classificatie: '09', peildatum: '2023-08-28', norm: 42 },
    {
      naam: 'classificatie (2) beats sector (1)',
      sector: 'VV',
      classificatie: '10',
      peildatum: '2023-08-28',
      norm: 60,
    },
    {
      naam: 'sector + classificatie (3) beat classificatie (2)',
      sector: 'GGZ',
      classificatie: '10',
      peildatum: '2023-08-28',
      norm: 50,
    },
    {
      naam: 'no specific entry: the generic one',
      sector: 'GGZ',
      classificatie: '09',
      peildatum: '2023-08-28',
      norm: 91,
    },
    {
      naam: 'equal score: the latest geldigVanaf ≤ P wins',
      sector: 'GHZ',
      classificatie: '09',
      peildatum: '2023-08-28',
      norm: 35,
    },
    {
      naam: 'equal score: geldigVanaf = P is in force',
      sector: 'GHZ',
      classificatie: '11',
      peildatum: '2023-07-01',
      norm: 35,
    },
    {
      naam: 'equal score: the day before geldigVanaf the older entry',
      sector: 'GHZ',
      classificatie: '11',
      peildatum: '2023-06-30',
      norm: 70,
    },
    {
      naam: 'an older classificatie entry beats a newer sector entry',
      sector: 'GHZ',
      classificatie: '10',
      peildatum: '2023-08-28',
      norm: 60,
    },
  ];

  it.each(cases)(
    '$naam ($sector $classificatie on $peildatum → $norm days)',
    ({ sector, classificatie, peildatum, norm }) => {
      const p = d(peildatum);
      const opNorm = wachtende(p, norm, { sector, wachtstatus: 'actief_plaatsen', classificatie });
      const erover = wachtende(p, norm + 1, { sector, wachtstatus: 'actief_plaatsen', classificatie });
      const telling = bereken([opNorm, erover], normen, p).wachtlijst.perSector[sector].actief_plaatsen;
      expect(telling.aantal).toBe(2);
      expect(telling.buitenStreefnorm).toBe(1);
      expect(telling.signaal75).toBe(2);

      const rows = lijst([opNorm, erover], normen, p);
      expect(rows.map((r) => [r.client_id, r.categorie, r.normDagen])).toStrictEqual([
        [erover.clientId, 'overschreden', norm],
        [opNorm.clientId, 'dreigend', norm],
      ]);
    },
  );

  it('an entry whose geldigVanaf is after the peildatum is not used (urgent 7 from 2023-08-29)', () => {
    const client = wachtende(P, 10); // 10 days: not signalled under 14, buiten under 7
    const telling = bereken([client], normen).wachtlijst.perSector.VV.urgent_plaatsen;
    expect(telling).toMatchObject({ aantal: 1, signaal75: 0, buitenStreefnorm: 0 });
    const volgendeDag = d('2023-08-29');
    const later = wachtende(volgendeDag, 10);
    expect(bereken([later], normen, volgendeDag).wachtlijst.perSector.VV.urgent_plaatsen).toMatchObject({
      aantal: 1,
      signaal75: 1,
      buitenStreefnorm: 1,
    });
  });

  it('a norm change between two snapshots: the same client is judged by the norm in force on each peildatum', () => {
    const gewijzigd = normenWith({
      streefnormen: [
        streefnorm('2021-01-01', 'urgent_plaatsen', '*', '*', 14),
        streefnorm('2023-07-01', 'urgent_plaatsen', '*', '*', 21),
      ],
    });
    const ingang = d('2023-06-10');
    const voor = d('2023-06-30'); // 20 days, norm 14: buiten
    const na = d('2023-07-01'); // 21 days, norm 21: at the norm, not buiten
    const client: WachtlijstRegel = { ...wachtende(voor, 0), ingangsdatumStatus: ingang };

    expect(bereken([client], gewijzigd, voor).wachtlijst.perSector.VV.urgent_plaatsen).toMatchObject({
      buitenStreefnorm: 1,
      signaal75: 1,
    });
    expect(bereken([client], gewijzigd, na).wachtlijst.perSector.VV.urgent_plaatsen).toMatchObject({
      buitenStreefnorm: 0,
      signaal75: 1,
    });
    expect(lijst([client], gewijzigd, voor)).toMatchObject([
      {
        categorie: 'overschreden',
        dagen: 20,
        normDagen: 14,
        peildatum: voor,
        startdatum: ingang,
        deadline: d('2023-06-24'),
      },
    ]);
    expect(lijst([client], gewijzigd, na)).toMatchObject([
      {
        categorie: 'dreigend',
        dagen: 21,
        normDagen: 21,
        peildatum: na,
        startdatum: ingang,
        deadline: d('2023-07-01'),
      },
    ]);
  });

  it('an urgent/actief client without a streefnorm counts in aantal but never as buiten or signaal75', () => {
    const alleenVV = normenWith({
      streefnormen: [streefnorm('2021-01-01', 'actief_plaatsen', 'VV', '*', 42)],
    });
    const regels = [
      wachtende(P, 500, {
        sector: 'GGZ',
        wachtstatus: 'actief_plaatsen',
        classificatie: '09',
        zorgTijdensWachten: true,
      }),
      wachtende(P, 500, { sector: 'GGZ', wachtstatus: 'urgent_plaatsen', classificatie: '02' }),
    ];
    const ggz = bereken(regels, alleenVV).wachtlijst.perSector.GGZ;
    expect(ggz.actief_plaatsen).toStrictEqual({
      aantal: 1,
      metZorg: 1,
      zonderZorg: 0,
      buitenStreefnorm: 0,
      buitenStreefnormZonderZorg: 0,
      signaal75: 0,
    });
    expect(ggz.urgent_plaatsen).toStrictEqual({
      aantal: 1,
      metZorg: 0,
      zonderZorg: 1,
      buitenStreefnorm: 0,
      buitenStreefnormZonderZorg: 0,
      signaal75: 0,
    });
    expect(lijst(regels, alleenVV)).toStrictEqual([]);
  });

  it('a norm only in force after the peildatum means no norm at all', () => {
    const teLaat = normenWith({ streefnormen: [streefnorm('2024-01-01', 'urgent_plaatsen', '*', '*', 14)] });
    const client = wachtende(P, 100);
    expect(bereken([client], teLaat).wachtlijst.perSector.VV.urgent_plaatsen).toMatchObject({
      aantal: 1,
      buitenStreefnorm: 0,
      signaal75: 0,
    });
    expect(lijst([client], teLaat)).toStrictEqual([]);
  });
});
