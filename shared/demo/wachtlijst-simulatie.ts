import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { WachtlijstRegel } from '../extracts/extract-rows.ts';
import { type ClassificatieRelease, classificatieReleaseOn } from '../reference/classificatie.ts';
import type { Sector } from '../reference/sector.ts';
import { WACHTSTATUSSEN, type Wachtstatus } from '../reference/wachtstatus.ts';
import { dateOfDay, dayOf, monthIndexOfDay } from './demo-days.ts';
import { demoClientId } from './demo-ids.ts';
import type { RegioProfiel } from './regio-profiel.ts';
import { type SeededRandom, WeightedChoice, seededRandom } from './seeded-random.ts';

/**
 * The waiting list of one region as a population that lives from day to day: clients join,
 * their wachtstatus changes (and with it `ingangsdatum_status`), and they leave when placed.
 * A client keeps its `client_id`, sector and zorgprofiel for as long as it waits.
 *
 * Each status episode gets its length when it starts. For urgent_plaatsen and actief_plaatsen
 * the length is measured against the default streefnormen (14 days; actief 42 days VV, 91 days
 * other sectors): most episodes end within the norm, a region- and month-dependent share
 * (`RegioProfiel.wachtDruk`) runs past it. Arrivals follow the outflow, steered towards the
 * target size and composition of the list.
 */
export const WACHTENDEN_PER_REGIO = 900;

/** Target composition by wachtstatus. */
const STATUS_AANDEEL: Readonly<Record<Wachtstatus, number>> = {
  urgent_plaatsen: 0.015,
  actief_plaatsen: 0.175,
  wacht_op_voorkeur: 0.45,
  wacht_uit_voorzorg: 0.36,
};

const SECTOR = new WeightedChoice<Sector>([
  ['VV', 85],
  ['GHZ', 10],
  ['GGZ', 5],
]);

const ZORGPROFIEL: Readonly<Record<Sector, WeightedChoice<string>>> = {
  VV: new WeightedChoice([
    ['VV04', 15],
    ['VV05', 35],
    ['VV06', 30],
    ['VV07', 12],
    ['VV08', 8],
  ]),
  GHZ: new WeightedChoice([
    ['VG03', 8],
    ['VG04', 12],
    ['VG05', 14],
    ['VG06', 12],
    ['VG07', 10],
    ['LG02', 3],
    ['LG03', 4],
    ['LG04', 5],
    ['LG05', 6],
    ['LG06', 4],
    ['LG07', 2],
  ]),
  GGZ: new WeightedChoice([
    ['GGZ-W2', 15],
    ['GGZ-W3', 40],
    ['GGZ-W4', 35],
    ['GGZ-W5', 10],
  ]),
};

const ZORGPROFIEL_BEKEND = 0.95;
const VOORKEURSAANBIEDER_BEKEND = 0.65;
/** Share of clients with care while waiting, per status. */
const ZORG_TIJDENS_WACHTEN: Readonly<Record<Wachtstatus, number>> = {
  urgent_plaatsen: 0.9,
  actief_plaatsen: 0.9,
  wacht_op_voorkeur: 0.9,
  wacht_uit_voorzorg: 0.6,
};
/** Share of clients with care whose care is registered as overbruggingszorg. */
const OVERBRUGGING = 0.5;

/** Relative frequency of each COD168 code within its wachtstatus; codes not listed weigh 1. */
const CLASSIFICATIE_GEWICHT: Readonly<Record<string, number>> = {
  '01': 8,
  '02': 6,
  '03': 30,
  '04': 14,
  '05': 16,
  '06': 12,
  '07': 8,
  '08': 6,
  '09': 30,
  '10': 25,
  '11': 20,
  '12': 25,
  '13': 22,
  '14': 14,
  '15': 5,
  '16': 3,
  '17': 10,
  '18': 6,
  '19': 40,
};
const VOORKEURSAANBIEDER_LEIDEND = '12';

type Vervolg = Wachtstatus | 'geplaatst';

/** What happens when a status episode ends, with its probability. */
const VERVOLG_KANS: Readonly<Record<Wachtstatus, Readonly<Partial<Record<Vervolg, number>>>>> = {
  urgent_plaatsen: { geplaatst: 0.92, actief_plaatsen: 0.08 },
  actief_plaatsen: {
    geplaatst: 0.82,
    wacht_op_voorkeur: 0.12,
    urgent_plaatsen: 0.03,
    wacht_uit_voorzorg: 0.03,
  },
  wacht_op_voorkeur: { geplaatst: 0.6, actief_plaatsen: 0.3, wacht_uit_voorzorg: 0.1 },
  wacht_uit_voorzorg: { geplaatst: 0.35, actief_plaatsen: 0.45, wacht_op_voorkeur: 0.2 },
};

const VERVOLG = Object.fromEntries(
  WACHTSTATUSSEN.map((status) => [
    status,
    new WeightedChoice(Object.entries(VERVOLG_KANS[status]) as Array<[Vervolg, number]>),
  ]),
) as Readonly<Record<Wachtstatus, WeightedChoice<Vervolg>>>;

/** Episode lengths of the statuses without a streefnorm: minimum plus exponential, capped. */
const LANGE_WACHT: Readonly<
  Record<'wacht_op_voorkeur' | 'wacht_uit_voorzorg', { min: number; gemiddeld: number; max: number }>
> = {
  wacht_op_voorkeur: { min: 7, gemiddeld: 280, max: 1500 },
  wacht_uit_voorzorg: { min: 14, gemiddeld: 420, max: 2200 },
};

/** The default streefnormen (contracts §2) the waiting times are shaped against. */
function streefnormDagen(status: 'urgent_plaatsen' | 'actief_plaatsen', sector: Sector): number {
  if (status === 'urgent_plaatsen') return 14;
  return sector === 'VV' ? 42 : 91;
}

/** Mean excess past the norm of an episode that overruns, as a fraction of the norm. */
const OVERSCHRIJDING = 0.35;
const MAX_DRUK = 0.5;
/** Shape of the waits within the norm (a power of a uniform number): most are placed well before it. */
const WACHTTIJD_VORM = 1.5;
/** Longest wait within the norm, as a fraction of it (those past it pass through 75–100% too). */
const BINNEN_NORM = 0.9;

function duur(random: SeededRandom, status: Wachtstatus, sector: Sector, druk: number): number {
  if (status === 'urgent_plaatsen' || status === 'actief_plaatsen') {
    const norm = streefnormDagen(status, sector);
    if (random.chance(druk)) {
      return Math.min(4 * norm, norm + 2 + Math.floor(random.exponential(OVERSCHRIJDING * norm)));
    }
    // Within the norm: placed no later than on day 0.93 × norm.
    return 1 + Math.floor(norm * (0.03 + BINNEN_NORM * random.next() ** WACHTTIJD_VORM));
  }
  const lang = LANGE_WACHT[status];
  return Math.min(lang.max, lang.min + Math.floor(random.exponential(lang.gemiddeld)));
}

function maxDuur(status: Wachtstatus, sector: Sector): number {
  if (status === 'urgent_plaatsen' || status === 'actief_plaatsen') {
    return 4 * streefnormDagen(status, sector);
  }
  return LANGE_WACHT[status].max;
}

/** Expected episode length, for the steady-state arrival rates (approximate; feedback corrects). */
function gemiddeldeDuur(status: Wachtstatus, druk: number): number {
  if (status === 'urgent_plaatsen' || status === 'actief_plaatsen') {
    const perSector: ReadonlyArray<readonly [Sector, number]> = [
      ['VV', 0.85],
      ['GHZ', 0.1],
      ['GGZ', 0.05],
    ];
    return perSector.reduce((sum, [sector, aandeel]) => {
      const norm = streefnormDagen(status, sector);
      const binnen = 0.5 + norm * (0.03 + BINNEN_NORM / (WACHTTIJD_VORM + 1));
      const buiten = norm + 1.5 + OVERSCHRIJDING * norm;
      return sum + aandeel * ((1 - druk) * binnen + druk * buiten);
    }, 0);
  }
  const lang = LANGE_WACHT[status];
  return lang.min + lang.gemiddeld;
}

const CLASSIFICATIE_KEUZE = new WeakMap<ClassificatieRelease, Map<Wachtstatus, WeightedChoice<string>>>();

function classificatieKeuze(day: number, status: Wachtstatus): WeightedChoice<string> {
  const release = classificatieReleaseOn(dateOfDay(day));
  let perStatus = CLASSIFICATIE_KEUZE.get(release);
  if (!perStatus) {
    perStatus = new Map();
    CLASSIFICATIE_KEUZE.set(release, perStatus);
  }
  let keuze = perStatus.get(status);
  if (!keuze) {
    keuze = new WeightedChoice(
      release.classificaties
        .filter((c) => c.wachtstatussen.includes(status))
        .map((c) => [c.code, CLASSIFICATIE_GEWICHT[c.code] ?? 1] as const),
    );
    perStatus.set(status, keuze);
  }
  return keuze;
}

interface WachtendeClient {
  readonly nummer: number;
  readonly clientId: string;
  readonly sector: Sector;
  readonly zorgprofiel: string | undefined;
  voorkeursaanbieder: string | undefined;
  status: Wachtstatus;
  classificatie: string;
  ingangsdag: number;
  einddag: number;
  zorgTijdensWachten: boolean;
  /** Shown from this day on (never after the peildatum). */
  overbruggingSinds: number | undefined;
}

export class WachtlijstSimulatie {
  private readonly random: SeededRandom;
  private readonly wachtenden = new Map<number, WachtendeClient>();
  private readonly agenda = new Map<number, WachtendeClient[]>();
  private readonly aantal: Record<Wachtstatus, number> = {
    urgent_plaatsen: 0,
    actief_plaatsen: 0,
    wacht_op_voorkeur: 0,
    wacht_uit_voorzorg: 0,
  };
  private readonly instroom: Readonly<Record<Wachtstatus, number>>;
  private readonly trendPerJaar: number;
  private readonly golfFase: number;
  private volgnummer = 0;
  private dag: number;
  private readonly startdag: number;

  /** Starts with a steady-state population on `startdag` (a day number). */
  constructor(
    private readonly profiel: RegioProfiel,
    startdag: number,
  ) {
    this.random = seededRandom(profiel.seed, 'wachtlijst');
    this.dag = startdag;
    this.startdag = startdag;
    this.trendPerJaar = -0.03 + 0.1 * this.random.next();
    this.golfFase = 2 * Math.PI * this.random.next();

    // Steady-state inflow per status: what leaves it, less what flows in from other statuses.
    const uitstroom = Object.fromEntries(
      WACHTSTATUSSEN.map((s) => [s, STATUS_AANDEEL[s] / gemiddeldeDuur(s, profiel.wachtDruk)]),
    ) as Record<Wachtstatus, number>;
    const overgangKans = (van: Wachtstatus, naar: Wachtstatus): number => VERVOLG_KANS[van][naar] ?? 0;
    this.instroom = Object.fromEntries(
      WACHTSTATUSSEN.map((s) => {
        const binnen = WACHTSTATUSSEN.reduce((sum, van) => sum + uitstroom[van] * overgangKans(van, s), 0);
        return [s, Math.max(0.05 * uitstroom[s], uitstroom[s] - binnen)];
      }),
    ) as Record<Wachtstatus, number>;

    const omvang = this.doelOmvang(startdag);
    for (const status of WACHTSTATUSSEN) {
      const aantal = Math.round(omvang * STATUS_AANDEEL[status]);
      for (let i = 0; i < aantal; i++) this.beginWachtend(status, true);
    }
  }

  /** The snapshot on `peildatum`; peildata must be asked in increasing order. */
  snapshot(peildatum: CalendarDate): WachtlijstRegel[] {
    const peildag = dayOf(peildatum);
    if (peildag < this.dag) throw new Error(`Snapshot ${peildatum} ligt vóór de gesimuleerde dag`);
    while (this.dag < peildag) this.simuleerDag(this.dag + 1);
    const regels: WachtlijstRegel[] = [];
    for (const client of this.wachtenden.values()) {
      regels.push({
        regio: this.profiel.regio,
        clientId: client.clientId,
        sector: client.sector,
        zorgprofiel: client.zorgprofiel,
        wachtstatus: client.status,
        classificatie: client.classificatie,
        ingangsdatumStatus: dateOfDay(client.ingangsdag),
        zorgTijdensWachten: client.zorgTijdensWachten,
        overbruggingSinds:
          client.overbruggingSinds !== undefined && client.overbruggingSinds <= peildag
            ? dateOfDay(client.overbruggingSinds)
            : undefined,
        voorkeursaanbieder: client.voorkeursaanbieder,
      });
    }
    return regels;
  }

  /** Target size on `day`: the region's size with a slow trend and a yearly wave. */
  private doelOmvang(day: number): number {
    const jaren = (day - this.startdag) / 365.25;
    return (
      WACHTENDEN_PER_REGIO *
      this.profiel.omvang *
      (1 + this.trendPerJaar * jaren) *
      (1 + 0.05 * Math.sin(2 * Math.PI * jaren + this.golfFase))
    );
  }

  private druk(day: number): number {
    return Math.min(
      MAX_DRUK,
      this.profiel.wachtDruk * this.profiel.maandFactor('wachtlijst', monthIndexOfDay(day)),
    );
  }

  private simuleerDag(day: number): void {
    this.dag = day;
    const eindigend = this.agenda.get(day);
    if (eindigend) {
      this.agenda.delete(day);
      for (const client of eindigend) this.volgendeStatus(client);
    }
    const omvang = this.doelOmvang(day);
    for (const status of WACHTSTATUSSEN) {
      const doel = omvang * STATUS_AANDEEL[status];
      const bijsturing = Math.min(4, Math.max(0.25, doel / Math.max(0.5, this.aantal[status])));
      const nieuw = this.random.poisson(this.instroom[status] * omvang * bijsturing);
      for (let i = 0; i < nieuw; i++) this.beginWachtend(status, false);
    }
  }

  /**
   * A new waiting client. With `alLopend` the client is part of the starting population: its
   * episode is drawn length-biased and already under way, as a snapshot of a steady state.
   */
  private beginWachtend(status: Wachtstatus, alLopend: boolean): void {
    const random = this.random;
    const sector = SECTOR.draw(random);
    const nummer = ++this.volgnummer;
    const client: WachtendeClient = {
      nummer,
      clientId: demoClientId(this.profiel.regio, nummer),
      sector,
      zorgprofiel: random.chance(ZORGPROFIEL_BEKEND) ? ZORGPROFIEL[sector].draw(random) : undefined,
      voorkeursaanbieder: random.chance(VOORKEURSAANBIEDER_BEKEND)
        ? random.pick(this.profiel.agbCodes)
        : undefined,
      status,
      classificatie: '',
      ingangsdag: this.dag,
      einddag: this.dag,
      zorgTijdensWachten: false,
      overbruggingSinds: undefined,
    };
    if (alLopend) {
      const max = maxDuur(status, sector);
      let lengte: number;
      do lengte = duur(random, status, sector, this.druk(this.dag));
      while (!random.chance(lengte / max));
      client.ingangsdag = this.dag - Math.floor(random.next() * lengte);
      client.einddag = client.ingangsdag + lengte;
      if (client.einddag <= this.dag) client.einddag = this.dag + 1;
    } else {
      client.einddag = this.dag + duur(random, status, sector, this.druk(this.dag));
    }
    this.kenStatusToe(client, status, client.ingangsdag);
    client.zorgTijdensWachten = random.chance(ZORG_TIJDENS_WACHTEN[status]);
    if (client.zorgTijdensWachten && random.chance(OVERBRUGGING)) {
      client.overbruggingSinds = client.ingangsdag + random.int(0, 21);
    }
    this.wachtenden.set(nummer, client);
    this.aantal[status]++;
    this.plan(client);
  }

  private volgendeStatus(client: WachtendeClient): void {
    const vervolg = VERVOLG[client.status].draw(this.random);
    this.aantal[client.status]--;
    if (vervolg === 'geplaatst') {
      this.wachtenden.delete(client.nummer);
      return;
    }
    const random = this.random;
    this.kenStatusToe(client, vervolg, this.dag);
    client.einddag = this.dag + duur(random, vervolg, client.sector, this.druk(this.dag));
    client.zorgTijdensWachten = random.chance(ZORG_TIJDENS_WACHTEN[vervolg]);
    if (!client.zorgTijdensWachten) client.overbruggingSinds = undefined;
    else if (client.overbruggingSinds === undefined && random.chance(OVERBRUGGING)) {
      client.overbruggingSinds = this.dag + random.int(0, 14);
    }
    this.aantal[vervolg]++;
    this.plan(client);
  }

  private kenStatusToe(client: WachtendeClient, status: Wachtstatus, ingangsdag: number): void {
    client.status = status;
    client.ingangsdag = ingangsdag;
    client.classificatie = classificatieKeuze(ingangsdag, status).draw(this.random);
    if (client.classificatie === VOORKEURSAANBIEDER_LEIDEND && client.voorkeursaanbieder === undefined) {
      client.voorkeursaanbieder = this.random.pick(this.profiel.agbCodes);
    }
  }

  private plan(client: WachtendeClient): void {
    const lijst = this.agenda.get(client.einddag);
    if (lijst) lijst.push(client);
    else this.agenda.set(client.einddag, [client]);
  }
}
