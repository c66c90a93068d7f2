import { randomUUID } from 'node:crypto';
import {
  type AlertCyclus,
  CYCLUS_DAGEN,
  eersteCyclus,
  huidigeCyclus,
  overgeslagenCycli,
} from '../../alerts/alert-cyclus.ts';
import type { AlertInstellingen } from '../../alerts/alert-instellingen.ts';
import { type EmailAdres, maskeerAdres } from '../../alerts/email-adres.ts';
import { isToegestaanAdres } from '../../alerts/maildomeinen.ts';
import { daysBetween } from '../../calendar/calendar-date.ts';
import type { Logger } from '../../logging/logger.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import type { Abonnement, AbonnementStore } from '../../storage/abonnement-store.ts';
import type { MailInstellingenStore } from '../../storage/mail-instellingen-store.ts';
import type { ToegangslogStore } from '../../storage/toegangslog-store.ts';
import type {
  Verzending,
  VerzendEigenaar,
  VerzendingStore,
  VerzendVerwachting,
} from '../../storage/verzending-store.ts';
import { formatTijdstip } from '../../text/dutch-format.ts';
import type { AlertBronnen } from './alert-bronnen.ts';
import { composeAlert, regioGegevensPerRun } from './compose-alert.ts';
import { type MailVerzender, VerzendFout } from '../../mail/mail-verzender.ts';

export interface RunAlertsDeps {
  readonly abonnementen: Pick<AbonnementStore, 'listAbonnementen'>;
  readonly verzendingen: VerzendingStore;
  readonly toegangslog: Pick<ToegangslogStore, 'recordToegang'>;
  readonly mailInstellingen: Pick<MailInstellingenStore, 'getToegestaneDomeinen'>;
  readonly bronnen: AlertBronnen;
  readonly verzender: MailVerzender;
  readonly instellingen: AlertInstellingen;
  readonly logger: Logger;
  readonly now: () => Date;
  /** This process, named in its claims. */
  readonly proces: { readonly host: string; readonly pid: number };
  /**
   * Whether the run holding a claim still runs. The command line checks the pid on this host; a
   * Lambda, which cannot see other invocations, leaves it to the lease (always true).
   */
  readonly isAlive: (eigenaar: VerzendEigenaar) => boolean;
  /** How long a claim holds before it counts as abandoned (default 15 minutes). */
  readonly leaseMs?: number;
}

/**
 * What became of one subscriber in this run:
 * - `verzonden`: sent now;
 * - `al verzonden`: sent earlier in this cycle (nothing sent now);
 * - `bezig elders`: another run is sending it right now;
 * - `mislukt`: not accepted now; the next run tries again;
 * - `geblokkeerd`: the address is blocked (now, by a permanent refusal, or earlier): nothing sent;
 * - `onbekend`: a run stopped or lost the connection while sending: not resent automatically;
 * - `niet toegestaan`: the address's domain is not (or no longer) allowed: nothing sent.
 */
export const ALERT_UITKOMST_SOORTEN = [
  'verzonden',
  'al verzonden',
  'bezig elders',
  'mislukt',
  'geblokkeerd',
  'onbekend',
  'niet toegestaan',
] as const;
export type AlertUitkomstSoort = (typeof ALERT_UITKOMST_SOORTEN)[number];

export interface AlertUitkomst {
  readonly regio: RegioCode;
  readonly adres: EmailAdres;
  readonly soort: AlertUitkomstSoort;
  /** Why, in Dutch, without the address. */
  readonly reden?: string;
  /** Whole cycles before this one in which this subscriber got no mail (the monitor did not run). */
  readonly overgeslagenCycli: number;
  /** Client-level rows in the mail that was sent now. */
  readonly rijen?: number;
}

export interface AlertRunResultaat {
  /** The cycle that is due; null before the first cycle after the anchor. */
  readonly cyclus: AlertCyclus | null;
  /** When nothing is due yet: the first cycle. */
  readonly eerste?: AlertCyclus;
  readonly uitkomsten: readonly AlertUitkomst[];
}

const STANDAARD_LEASE_MS = 15 * 60 * 1000;

/** Whole cycles before `cyclus` in which the subscriber got no mail although one was due. */
function cycliZonderMail(
  abonnement: Abonnement,
  cyclus: AlertCyclus,
  vorige: Verzending | undefined,
  anker: AlertInstellingen['anker'],
): number {
  if (vorige) return overgeslagenCycli(vorige.cyclus, cyclus.id);
  const eerste = huidigeCyclus(new Date(abonnement.sinds), anker) ?? eersteCyclus(anker);
  return Math.max(0, Math.floor(daysBetween(eerste.id, cyclus.id) / CYCLUS_DAGEN));
}

/**
 * Sends every alert mail that is due now and not yet sent (contracts §7), at most once:
 * per (cycle, region, address) a marker is claimed with a conditional write before the mail
 * goes out (`bezig`, with a lease), and set to `verzonden` after the mail server accepted it.
 * Two runs at once send each mail once; a run that stops between sending and recording leaves
 * `bezig`, which the next run turns into `onbekend`: shown in the status, never resent without
 * a person's decision. A mail that was not accepted (`mislukt`) is tried again by the next run;
 * a permanent refusal blocks the address. Each mail sent is recorded in the access log.
 */
export async function runAlerts(deps: RunAlertsDeps): Promise<AlertRunResultaat> {
  const { logger, instellingen } = deps;
  const nu = deps.now();
  const cyclus = huidigeCyclus(nu, instellingen.anker);
  if (!cyclus) return { cyclus: null, eerste: eersteCyclus(instellingen.anker), uitkomsten: [] };

  const [abonnementen, markers, blokkades, { domeinen }] = await Promise.all([
    deps.abonnementen.listAbonnementen(),
    deps.verzendingen.listVerzendingen(cyclus.id),
    deps.verzendingen.listBlokkades(),
    deps.mailInstellingen.getToegestaneDomeinen(),
  ]);
  const marker = new Map(markers.map((m) => [`${m.regio}#${m.adres}`, m]));
  const geblokkeerd = new Map(blokkades.map((b) => [b.adres, b]));
  const gegevens = regioGegevensPerRun(deps.bronnen);
  const leaseMs = deps.leaseMs ?? STANDAARD_LEASE_MS;

  const verwerk = async (abonnement: Abonnement): Promise<AlertUitkomst> => {
    const { regio, adres } = abonnement;
    const log = { cyclus: cyclus.id, regio, adres: maskeerAdres(adres) };
    const uitkomst = (soort: AlertUitkomstSoort, extra: Partial<AlertUitkomst> = {}): AlertUitkomst => ({
      regio,
      adres,
      soort,
      overgeslagenCycli: 0,
      ...extra,
    });

    const blokkade = geblokkeerd.get(adres);
    if (blokkade) {
      return uitkomst('geblokkeerd', {
        reden: `adres geblokkeerd sinds ${formatTijdstip(blokkade.sinds)}: ${blokkade.reden}`,
      });
    }
    if (!abonnement.buitenToegestaneDomeinen && !isToegestaanAdres(adres, domeinen)) {
      return uitkomst('niet toegestaan', {
        reden: 'het domein van het adres staat niet (meer) bij de toegestane maildomeinen',
      });
    }

    const bestaand = marker.get(`${regio}#${adres}`);
    let verwachting: VerzendVerwachting = { soort: 'nieuw' };
    if (bestaand) {
      switch (bestaand.status) {
        case 'verzonden':
          return uitkomst('al verzonden');
        case 'onbekend':
          return uitkomst('onbekend', { reden: bestaand.reden ?? 'onbekend of de mail is aangekomen' });
        case 'bezig': {
          const eigenaar = bestaand.eigenaar;
          if (eigenaar && deps.isAlive(eigenaar) && nu.toISOString() < eigenaar.totUiterlijk) {
            return uitkomst('bezig elders');
          }
          const reden = `een eerdere run (${eigenaar?.host ?? '?'}, proces ${eigenaar?.pid ?? '?'}) stopte tijdens het verzenden; niet bekend of de mail is aangekomen`;
          const gemarkeerd = await deps.verzendingen.putVerzending(
            { ...bestaand, status: 'onbekend', eigenaar: undefined, reden, bijgewerktOp: nu.toISOString() },
            { soort: 'ongewijzigd', poging: bestaand.poging, status: 'bezig' },
          );
          if (!gemarkeerd) return uitkomst('bezig elders');
          logger.error('Alertmail onbekend: een run stopte tijdens het verzenden', log);
          return uitkomst('onbekend', { reden });
        }
        case 'mislukt':
        case 'opnieuw':
          verwachting = { soort: 'ongewijzigd', poging: bestaand.poging, status: bestaand.status };
          break;
      }
    }

    const { mail, bericht, vorige } = await composeAlert(abonnement, cyclus, await gegevens(regio), {
      verzendingen: deps.verzendingen,
      instellingen,
      datum: nu,
    });
    const overgeslagen = cycliZonderMail(abonnement, cyclus, vorige, instellingen.anker);
    const poging = randomUUID();
    const claim: Verzending = {
      cyclus: cyclus.id,
      regio,
      adres,
      status: 'bezig',
      poging,
      pogingen: (bestaand?.pogingen ?? 0) + 1,
      eigenaar: { ...deps.proces, totUiterlijk: new Date(nu.getTime() + leaseMs).toISOString() },
      messageId: bericht.messageId,
      samenvatting: mail.samenvatting,
      lijstHashes: mail.lijstHashes,
      rijen: mail.lijst.length,
      bijgewerktOp: nu.toISOString(),
      vrijgegevenDoor: bestaand?.vrijgegevenDoor,
    };
    if (!(await deps.verzendingen.putVerzending(claim, verwachting))) return uitkomst('bezig elders');

    const afronden = (status: Verzending['status'], extra: Partial<Verzending>) =>
      deps.verzendingen.putVerzending(
        { ...claim, status, eigenaar: undefined, bijgewerktOp: deps.now().toISOString(), ...extra },
        { soort: 'eigen', poging },
      );

    let messageId: string;
    try {
      ({ messageId } = await deps.verzender.verstuur(bericht));
    } catch (error) {
      const fout =
        error instanceof VerzendFout
          ? error
          : new VerzendFout(
              'onzeker',
              'onverwachte fout bij het verzenden; niet bekend of de mail is aangekomen',
              {
                cause: error,
              },
            );
      if (fout.soort === 'onzeker') {
        await afronden('onbekend', { reden: fout.reden });
        // The reason only: the raw error of a mail server may quote the address.
        logger.error('Alertmail onbekend: verzenden brak af', { ...log, reden: fout.reden });
        return uitkomst('onbekend', { reden: fout.reden, overgeslagenCycli: overgeslagen });
      }
      if (fout.soort === 'blijvend') {
        await deps.verzendingen.putBlokkade({
          adres,
          sinds: deps.now().toISOString(),
          bron: 'verzending',
          reden: fout.reden,
        });
        await afronden('mislukt', { reden: `blijvend geweigerd, adres geblokkeerd: ${fout.reden}` });
        logger.error('Alertmail blijvend geweigerd: adres geblokkeerd', { ...log, reden: fout.reden });
        return uitkomst('geblokkeerd', {
          reden: `blijvend geweigerd, adres nu geblokkeerd: ${fout.reden}`,
          overgeslagenCycli: overgeslagen,
        });
      }
      await afronden('mislukt', { reden: fout.reden });
      logger.warn('Alertmail niet verzonden; de volgende run probeert opnieuw', {
        ...log,
        reden: fout.reden,
      });
      return uitkomst('mislukt', { reden: fout.reden, overgeslagenCycli: overgeslagen });
    }

    // The access log first: a mail that went out is never missing from it. A failure after this
    // point leaves the marker `bezig`, which the next run shows as `onbekend`.
    const verzondenOp = deps.now().toISOString();
    await deps.toegangslog.recordToegang({
      id: poging,
      tijdstip: verzondenOp,
      gebruiker: maskeerAdres(adres),
      rol: 'abonnee',
      kanaal: 'mail',
      regio,
      bron: `alertmail ${cyclus.id}`,
      rijen: mail.lijst.length,
    });
    await afronden('verzonden', { verzondenOp, messageId, reden: undefined });
    logger.info('Alertmail verzonden', { ...log, rijen: mail.lijst.length, pogingen: claim.pogingen });
    return uitkomst('verzonden', { overgeslagenCycli: overgeslagen, rijen: mail.lijst.length });
  };

  const uitkomsten: AlertUitkomst[] = [];
  for (const abonnement of abonnementen) uitkomsten.push(await verwerk(abonnement));
  return { cyclus, uitkomsten };
}
