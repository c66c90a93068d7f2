import type { EmailAdres } from '../../alerts/email-adres.ts';
import { type RegioCode, regioLabel } from '../../reference/zorgkantoorregio.ts';
import type { AbonnementStore } from '../../storage/abonnement-store.ts';
import { AppError } from '../app-error.ts';
import { type Actor, vereisBeheer } from './alert-actor.ts';
import { adresUitInvoer } from './parse-adres.ts';

/** Ends a subscription; NIET_GEVONDEN when the address does not subscribe to the region. */
export async function unsubscribe(
  invoer: { readonly regio: RegioCode; readonly email: string },
  actor: Actor,
  deps: { readonly abonnementen: Pick<AbonnementStore, 'removeAbonnement'> },
): Promise<{ readonly regio: RegioCode; readonly adres: EmailAdres }> {
  vereisBeheer(actor, 'abonnementen op de alertmail beheren');
  const adres = adresUitInvoer(invoer.email);
  if (!(await deps.abonnementen.removeAbonnement(invoer.regio, adres))) {
    throw new AppError(
      'NIET_GEVONDEN',
      `${adres} is niet geabonneerd op de alerts van ${regioLabel(invoer.regio)}; zie zorgplicht abonnementen.`,
    );
  }
  return { regio: invoer.regio, adres };
}
