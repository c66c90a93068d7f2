import { join } from 'node:path';
import { type AlertInstellingen, parseAlertInstellingen } from '../shared/alerts/alert-instellingen.ts';
import { amsterdamsTijdstip } from '../shared/alerts/amsterdam-tijd.ts';
import type { MailVerzender } from '../shared/mail/mail-verzender.ts';
import { parseCalendarDate } from '../shared/calendar/calendar-date.ts';
import { createOutboxVerzender } from '../shared/mail/outbox-verzender.ts';
import { createSmtpVerzender, parseSmtpUrl, smtpServerNaam } from '../shared/mail/smtp-verzender.ts';
import { GebruiksFout } from './cli-errors.ts';

/** ZORGPLICHT_ALERT_ANKER, ZORGPLICHT_DASHBOARD_URL and MAIL_AFZENDER, or a usage error per bad value. */
export function alertInstellingenUitOmgeving(env: NodeJS.ProcessEnv = process.env): AlertInstellingen {
  const uitkomst = parseAlertInstellingen(env);
  if (!uitkomst.ok) throw new GebruiksFout(uitkomst.fouten.join('\n'));
  return uitkomst.instellingen;
}

/** Where the mail goes on this machine: SMTP when SMTP_URL is set, else `.eml` files in the outbox. */
export function verzenderUitOmgeving(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): { readonly verzender: MailVerzender; readonly waarheen: string } {
  const smtp = env.SMTP_URL?.trim();
  if (smtp) {
    const url = parseSmtpUrl(smtp);
    if (!url.ok) throw new GebruiksFout(`SMTP_URL: ${url.reden}`);
    return { verzender: createSmtpVerzender(url.url), waarheen: `via SMTP (${smtpServerNaam(url.url)})` };
  }
  const outbox = join(dataDir, 'outbox');
  return {
    verzender: createOutboxVerzender(outbox),
    waarheen: `als .eml-bestand in ${outbox} (SMTP_URL is niet gezet)`,
  };
}

const MET_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const LOKAAL = /^(\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4})[T ](\d{1,2}):(\d{2})$/;

/**
 * `--nu`: the moment the run pretends it is. An ISO timestamp with its offset
 * (`2026-11-16T07:30:00+01:00`), or a date and time on the Amsterdam clock
 * (`2026-11-16T07:30`, `16-11-2026 07:30`).
 */
export function nuOptie(tekst: string): Date {
  const waarde = tekst.trim();
  const voorbeeld = 'gebruik bijvoorbeeld 2026-11-16T07:30 (Amsterdamse tijd) of 2026-11-16T07:30:00+01:00';
  if (MET_ZONE.test(waarde)) {
    const moment = new Date(waarde);
    if (!Number.isNaN(moment.getTime())) return moment;
  }
  const lokaal = LOKAAL.exec(waarde);
  if (lokaal) {
    const datum = parseCalendarDate(lokaal[1] ?? '');
    const uur = Number(lokaal[2]);
    const minuut = Number(lokaal[3]);
    if (!datum.ok) throw new GebruiksFout(`--nu ${waarde}: ${datum.reden}`);
    if (uur > 23 || minuut > 59) throw new GebruiksFout(`--nu ${waarde}: geen geldige tijd; ${voorbeeld}`);
    return amsterdamsTijdstip(datum.date, `${String(uur).padStart(2, '0')}:${lokaal[3]}`);
  }
  throw new GebruiksFout(`--nu ${waarde}: geen datum en tijd; ${voorbeeld}`);
}
