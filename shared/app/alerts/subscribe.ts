import { domeinVan } from '../../alerts/email-adres.ts';
import { domeinenTekst, isToegestaanAdres } from '../../alerts/maildomeinen.ts';
import { type RegioCode, regioLabel } from '../../reference/zorgkantoorregio.ts';
import type { Abonnement, AbonnementStore } from '../../storage/abonnement-store.ts';
import type { MailInstellingenStore } from '../../storage/mail-instellingen-store.ts';
import type { VerzendingStore } from '../../storage/verzending-store.ts';
import { formatTijdstip } from '../../text/dutch-format.ts';
import { AppError } from '../app-error.ts';
import { type Actor, vereisBeheer } from './alert-actor.ts';
import { adresUitInvoer } from './parse-adres.ts';

export interface SubscribeDeps {
  readonly abonnementen: Pick<AbonnementStore, 'addAbonnement'>;
  readonly instellingen: Pick<MailInstellingenStore, 'getToegestaneDomeinen'>;
  readonly verzendingen: Pick<VerzendingStore, 'listBlokkades'>;
  readonly now: () => Date;
}

export interface SubscribeResultaat {
  readonly abonnement: Abonnement;
  /** Dutch lines the person should read (an address outside the allowed domains, a block). */
  readonly waarschuwingen: readonly string[];
}

/**
 * Subscribes an address to a region's alert mail. Refused: an invalid address
 * (ONGELDIGE_INVOER), a duplicate (CONFLICT), a user who is not beheer (NIET_TOEGESTAAN), and
 * for an API user an address outside the allowed mail domains (ONGELDIGE_INVOER: the mail
 * carries client-level rows, contracts §7). The operator on the command line may add such an
 * address: it is kept as the operator's exception, with a warning that says so.
 */
export async function subscribe(
  invoer: { readonly regio: RegioCode; readonly email: string },
  actor: Actor,
  deps: SubscribeDeps,
): Promise<SubscribeResultaat> {
  vereisBeheer(actor, 'abonnementen op de alertmail beheren');
  const adres = adresUitInvoer(invoer.email);
  const [{ domeinen }, blokkades] = await Promise.all([
    deps.instellingen.getToegestaneDomeinen(),
    deps.verzendingen.listBlokkades(),
  ]);
  const waarschuwingen: string[] = [];
  const toegestaan = isToegestaanAdres(adres, domeinen);
  if (!toegestaan) {
    const reden = `het domein ${domeinVan(adres)} staat niet bij de toegestane maildomeinen (${domeinenTekst(domeinen)})`;
    if (actor.soort === 'gebruiker') {
      throw new AppError(
        'ONGELDIGE_INVOER',
        `${adres} kan zich niet abonneren: ${reden}. De mail bevat gegevens op cliëntniveau; beheer stelt de toegestane domeinen in.`,
      );
    }
    waarschuwingen.push(
      `Let op: ${reden}. Als beheerder van deze machine voegt u het adres toch toe; via de API of het dashboard zou het zijn geweigerd. De mail bevat gegevens op cliëntniveau: controleer dat dit adres ze mag ontvangen.`,
    );
  }
  const blokkade = blokkades.find((b) => b.adres === adres);
  if (blokkade) {
    waarschuwingen.push(
      `Let op: ${adres} is geblokkeerd sinds ${formatTijdstip(blokkade.sinds)} (${blokkade.reden}) en krijgt geen mail tot de blokkade is opgeheven (zorgplicht alerts --deblokkeer ${adres}).`,
    );
  }
  const abonnement: Abonnement = {
    regio: invoer.regio,
    adres,
    sinds: deps.now().toISOString(),
    door: actor.naam,
    kanaal: actor.soort === 'operator' ? 'cli' : 'api',
    buitenToegestaneDomeinen: !toegestaan,
  };
  if (!(await deps.abonnementen.addAbonnement(abonnement))) {
    throw new AppError(
      'CONFLICT',
      `${adres} is al geabonneerd op de alerts van ${regioLabel(invoer.regio)}.`,
    );
  }
  return { abonnement, waarschuwingen };
}
