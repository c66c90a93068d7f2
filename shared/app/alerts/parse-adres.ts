import { type EmailAdres, parseEmailAdres } from '../../alerts/email-adres.ts';
import { AppError } from '../app-error.ts';

/** The address a person typed, or ONGELDIGE_INVOER with the reason in Dutch. */
export function adresUitInvoer(tekst: string): EmailAdres {
  const adres = parseEmailAdres(tekst);
  if (!adres.ok) throw new AppError('ONGELDIGE_INVOER', `E-mailadres "${tekst.trim()}": ${adres.reden}.`);
  return adres.adres;
}
