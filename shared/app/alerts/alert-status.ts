import { type AlertCyclus, eersteCyclus, huidigeCyclus } from '../../alerts/alert-cyclus.ts';
import type { AlertInstellingen } from '../../alerts/alert-instellingen.ts';
import type { EmailAdres } from '../../alerts/email-adres.ts';
import { isToegestaanAdres } from '../../alerts/maildomeinen.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import type { AbonnementStore } from '../../storage/abonnement-store.ts';
import type { MailInstellingenStore } from '../../storage/mail-instellingen-store.ts';
import type { Blokkade, Verzending, VerzendingStore } from '../../storage/verzending-store.ts';
import { type Actor, vereisBeheer } from './alert-actor.ts';

/**
 * Where one subscriber's mail of the current cycle stands: the marker's status, or
 * `te verzenden` (no attempt yet), `geblokkeerd` or `niet toegestaan` (the run will skip it).
 */
export type AlertStand = Verzending['status'] | 'te verzenden' | 'geblokkeerd' | 'niet toegestaan';

export interface AlertStatusRegel {
  readonly regio: RegioCode;
  readonly adres: EmailAdres;
  readonly stand: AlertStand;
  /** The marker, without what it remembers of the mail's content. */
  readonly verzending?: Omit<Verzending, 'lijstHashes' | 'samenvatting'> | undefined;
  /** False for a marker whose subscription has ended since. */
  readonly geabonneerd: boolean;
}

export interface AlertStatus {
  /** The current cycle; null before the first one (then `eerste` says when it starts). */
  readonly cyclus: AlertCyclus | null;
  readonly eerste: AlertCyclus;
  readonly regels: readonly AlertStatusRegel[];
  readonly blokkades: readonly Blokkade[];
}

function zonderInhoud(verzending: Verzending): Omit<Verzending, 'lijstHashes' | 'samenvatting'> {
  const { lijstHashes: _l, samenvatting: _s, ...rest } = verzending;
  return rest;
}

/** The state of the current cycle for beheer (`zorgplicht alerts --status`, the API). */
export async function alertStatus(
  actor: Actor,
  deps: {
    readonly abonnementen: Pick<AbonnementStore, 'listAbonnementen'>;
    readonly verzendingen: Pick<VerzendingStore, 'listVerzendingen' | 'listBlokkades'>;
    readonly mailInstellingen: Pick<MailInstellingenStore, 'getToegestaneDomeinen'>;
    readonly instellingen: AlertInstellingen;
    readonly now: () => Date;
  },
): Promise<AlertStatus> {
  vereisBeheer(actor, 'de status van de alertmails zien');
  const cyclus = huidigeCyclus(deps.now(), deps.instellingen.anker);
  const [abonnementen, markers, blokkades, { domeinen }] = await Promise.all([
    deps.abonnementen.listAbonnementen(),
    cyclus ? deps.verzendingen.listVerzendingen(cyclus.id) : Promise.resolve([]),
    deps.verzendingen.listBlokkades(),
    deps.mailInstellingen.getToegestaneDomeinen(),
  ]);
  const geblokkeerd = new Set(blokkades.map((b) => b.adres));
  const perSleutel = new Map(markers.map((m) => [`${m.regio}#${m.adres}`, m]));
  const regels: AlertStatusRegel[] = abonnementen.map((a) => {
    const verzending = perSleutel.get(`${a.regio}#${a.adres}`);
    perSleutel.delete(`${a.regio}#${a.adres}`);
    const stand: AlertStand =
      verzending?.status ??
      (geblokkeerd.has(a.adres)
        ? 'geblokkeerd'
        : !a.buitenToegestaneDomeinen && !isToegestaanAdres(a.adres, domeinen)
          ? 'niet toegestaan'
          : 'te verzenden');
    return {
      regio: a.regio,
      adres: a.adres,
      stand,
      verzending: verzending && zonderInhoud(verzending),
      geabonneerd: true,
    };
  });
  for (const verzending of perSleutel.values()) {
    regels.push({
      regio: verzending.regio,
      adres: verzending.adres,
      stand: verzending.status,
      verzending: zonderInhoud(verzending),
      geabonneerd: false,
    });
  }
  regels.sort((a, b) => a.regio.localeCompare(b.regio) || a.adres.localeCompare(b.adres));
  return { cyclus, eerste: eersteCyclus(deps.instellingen.anker), regels, blokkades };
}
