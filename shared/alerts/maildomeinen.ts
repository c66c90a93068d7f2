import { domeinVan, type EmailAdres } from './email-adres.ts';

/** A mail domain as beheer lists it (`zorgkantoor.nl`): lower case, at least one dot. */
const DOMEIN = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function parseMaildomein(tekst: string): { ok: true; domein: string } | { ok: false; reden: string } {
  const domein = tekst.trim().toLowerCase().replace(/^@/, '');
  if (!DOMEIN.test(domein)) return { ok: false, reden: `"${tekst.trim()}" is geen domeinnaam` };
  return { ok: true, domein };
}

/**
 * Whether mail with client-level rows may go to this address (contracts §7): its domain is one
 * of the allowed domains exactly. A subdomain is not allowed by its parent: beheer lists each
 * domain that receives mail.
 */
export function isToegestaanAdres(adres: EmailAdres, toegestaneDomeinen: readonly string[]): boolean {
  return toegestaneDomeinen.includes(domeinVan(adres));
}

/** "zorgkantoor.nl, zk-west.nl", or "geen" when beheer has set none. */
export function domeinenTekst(toegestaneDomeinen: readonly string[]): string {
  return toegestaneDomeinen.length === 0 ? 'geen ingesteld' : toegestaneDomeinen.join(', ');
}
