import { isToegestaanAdres } from '../../alerts/maildomeinen.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import type { Abonnement, AbonnementStore } from '../../storage/abonnement-store.ts';
import type { MailInstellingenStore, ToegestaneDomeinen } from '../../storage/mail-instellingen-store.ts';
import type { Blokkade, VerzendingStore } from '../../storage/verzending-store.ts';
import { type Actor, vereisBeheer } from './alert-actor.ts';

export interface AbonnementOverzicht extends Abonnement {
  /** The address's domain is not (or no longer) allowed; the run skips it unless the operator made an exception. */
  readonly buitenDomeinen: boolean;
  readonly blokkade?: Blokkade | undefined;
}

/** The subscriptions (of one region, or all), with the allowed domains and blocked addresses. */
export async function listSubscriptions(
  filter: { readonly regio?: RegioCode },
  actor: Actor,
  deps: {
    readonly abonnementen: Pick<AbonnementStore, 'listAbonnementen'>;
    readonly instellingen: Pick<MailInstellingenStore, 'getToegestaneDomeinen'>;
    readonly verzendingen: Pick<VerzendingStore, 'listBlokkades'>;
  },
): Promise<{
  readonly abonnementen: AbonnementOverzicht[];
  readonly toegestaneDomeinen: ToegestaneDomeinen;
}> {
  vereisBeheer(actor, 'de abonnementen op de alertmail zien');
  const [abonnementen, toegestaneDomeinen, blokkades] = await Promise.all([
    deps.abonnementen.listAbonnementen(filter.regio),
    deps.instellingen.getToegestaneDomeinen(),
    deps.verzendingen.listBlokkades(),
  ]);
  return {
    toegestaneDomeinen,
    abonnementen: abonnementen.map((a) => ({
      ...a,
      buitenDomeinen: !isToegestaanAdres(a.adres, toegestaneDomeinen.domeinen),
      blokkade: blokkades.find((b) => b.adres === a.adres),
    })),
  };
}
