import type { EmailAdres } from '../../alerts/email-adres.ts';
import type { VerzendingStore } from '../../storage/verzending-store.ts';
import { AppError } from '../app-error.ts';
import { type Actor, vereisBeheer } from './alert-actor.ts';
import { adresUitInvoer } from './parse-adres.ts';

/**
 * Lifts the block of an address (after the mailbox was fixed): the next run sends what is due
 * to it. NIET_GEVONDEN when the address was not blocked.
 */
export async function unblockAddress(
  invoer: { readonly email: string },
  actor: Actor,
  deps: { readonly verzendingen: Pick<VerzendingStore, 'removeBlokkade'> },
): Promise<EmailAdres> {
  vereisBeheer(actor, 'een blokkade van de alertmail opheffen');
  const adres = adresUitInvoer(invoer.email);
  if (!(await deps.verzendingen.removeBlokkade(adres))) {
    throw new AppError('NIET_GEVONDEN', `${adres} is niet geblokkeerd; zie zorgplicht alerts --status.`);
  }
  return adres;
}
