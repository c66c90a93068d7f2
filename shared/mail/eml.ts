import MailComposer from 'nodemailer/lib/mail-composer';
import type { AlertBericht } from '../alerts/alert-bericht.ts';
import { nodemailerBericht } from './nodemailer-bericht.ts';

/** The complete message (RFC 5322, as a `.eml` file holds it), built in memory by nodemailer. */
export function composeEml(bericht: AlertBericht): Promise<Buffer> {
  return new MailComposer(nodemailerBericht(bericht)).compile().build();
}

/** `2026-11-16_5517_j.jansen@zorgkantoor.nl.eml`: one file per cycle, region and address. */
export function emlNaam(bericht: AlertBericht): string {
  const veilig = bericht.aan.replace(/[^a-z0-9@._+-]/g, '_');
  return `${bericht.kopregels['X-Zorgplicht-Cyclus'] ?? 'cyclus'}_${bericht.kopregels['X-Zorgplicht-Regio'] ?? 'regio'}_${veilig}.eml`;
}
