import { z } from 'zod';

/**
 * An e-mail address that passed the check, in lower case: addresses are compared without
 * regard to case (`J.Jansen@Zorgkantoor.nl` and `j.jansen@zorgkantoor.nl` are one subscriber).
 */
export type EmailAdres = string & { readonly __emailAdres: unique symbol };

/** zod's address check (the common, HTML-like form: no quoted names, no IP literals). */
const ADRES = z.email();

/** RFC 5321: a path holds at most 256 octets, the address itself at most 254. */
const MAX_LENGTE = 254;

export type EmailAdresParseResult = { ok: true; adres: EmailAdres } | { ok: false; reden: string };

export function parseEmailAdres(tekst: string): EmailAdresParseResult {
  const waarde = tekst.trim();
  if (waarde === '') return { ok: false, reden: 'geen e-mailadres opgegeven' };
  if (waarde.length > MAX_LENGTE) return { ok: false, reden: `langer dan ${MAX_LENGTE} tekens` };
  if (!ADRES.safeParse(waarde).success) {
    return { ok: false, reden: 'geen geldig e-mailadres (verwacht bijvoorbeeld naam@zorgkantoor.nl)' };
  }
  // Checked just above.
  return { ok: true, adres: waarde.toLowerCase() as EmailAdres };
}

/** The part after the @, in lower case. */
export function domeinVan(adres: EmailAdres): string {
  return adres.slice(adres.lastIndexOf('@') + 1);
}

/**
 * The address as logs and reports may show it: the first letter, then `***`, then the domain
 * (`j***@zorgkantoor.nl`). Never a full address in a log line.
 */
export function maskeerAdres(adres: EmailAdres): string {
  const at = adres.lastIndexOf('@');
  return `${adres.slice(0, 1)}***@${adres.slice(at + 1)}`;
}

/** Every address-like piece of a text (a mail server's answer, say) masked, for logs and reports. */
export function maskeerAdressenIn(tekst: string): string {
  return tekst.replace(
    /([^\s<>"'(),;:@]+)@([a-z0-9.-]+\.[a-z]{2,63})/gi,
    (_, lokaal: string, domein: string) => `${lokaal.slice(0, 1)}***@${domein.toLowerCase()}`,
  );
}
