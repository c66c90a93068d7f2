import { maskeerAdres, parseEmailAdres } from '../../alerts/email-adres.ts';
import type { Logger } from '../../logging/logger.ts';
import type { Blokkade, VerzendingStore } from '../../storage/verzending-store.ts';

/**
 * Blocks an address after a permanent bounce or a complaint that SES reported afterwards: it
 * gets no alert mail until beheer lifts the block. An unusable address in the notification is
 * logged and skipped (false).
 */
export async function blockAddress(
  melding: { readonly email: string; readonly bron: Blokkade['bron']; readonly reden: string },
  deps: {
    readonly verzendingen: Pick<VerzendingStore, 'putBlokkade'>;
    readonly logger: Logger;
    readonly now: () => Date;
  },
): Promise<boolean> {
  const adres = parseEmailAdres(melding.email);
  if (!adres.ok) {
    deps.logger.warn('Melding over een onbruikbaar adres overgeslagen', { bron: melding.bron });
    return false;
  }
  await deps.verzendingen.putBlokkade({
    adres: adres.adres,
    sinds: deps.now().toISOString(),
    bron: melding.bron,
    reden: melding.reden,
  });
  deps.logger.warn('Adres geblokkeerd voor de alertmail', {
    adres: maskeerAdres(adres.adres),
    bron: melding.bron,
    reden: melding.reden,
  });
  return true;
}
