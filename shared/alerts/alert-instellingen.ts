import type { CalendarDate } from '../calendar/calendar-date.ts';
import { parseAlertAnker, STANDAARD_ALERT_ANKER } from './alert-anker.ts';
import { type DashboardUrl, parseDashboardUrl, STANDAARD_DASHBOARD_URL } from './dashboard-links.ts';
import { parseEmailAdres } from './email-adres.ts';

/** How the alert mails go out, wherever they are sent from (command line, Lambda). */
export interface AlertInstellingen {
  /** The Monday the biweekly cycle counts from (`ZORGPLICHT_ALERT_ANKER`). */
  readonly anker: CalendarDate;
  /** Base of the links to the dashboard (`ZORGPLICHT_DASHBOARD_URL`). */
  readonly dashboardUrl: DashboardUrl;
  /** The From address (`MAIL_AFZENDER`). */
  readonly afzender: string;
}

/** The From address when MAIL_AFZENDER is not set: fine for the outbox, set a real one for SMTP. */
export const STANDAARD_AFZENDER = 'zorgplicht-monitor@localhost';

/**
 * Reads the alert settings from environment variables (passed in, so this stays pure):
 * `ZORGPLICHT_ALERT_ANKER` (default 2024-01-01), `ZORGPLICHT_DASHBOARD_URL` (default
 * http://127.0.0.1:3000/) and `MAIL_AFZENDER`. Every malformed value is one Dutch line.
 */
export function parseAlertInstellingen(
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; instellingen: AlertInstellingen } | { ok: false; fouten: string[] } {
  const fouten: string[] = [];
  const tekst = (naam: string): string | undefined => env[naam]?.trim() || undefined;

  const ankerTekst = tekst('ZORGPLICHT_ALERT_ANKER');
  const anker = ankerTekst === undefined ? undefined : parseAlertAnker(ankerTekst);
  if (anker && !anker.ok) fouten.push(`ZORGPLICHT_ALERT_ANKER: ${anker.reden}`);

  const url = parseDashboardUrl(tekst('ZORGPLICHT_DASHBOARD_URL') ?? STANDAARD_DASHBOARD_URL);
  if (!url.ok) fouten.push(`ZORGPLICHT_DASHBOARD_URL: ${url.reden}`);

  const afzenderTekst = tekst('MAIL_AFZENDER');
  const afzender = afzenderTekst === undefined ? undefined : parseEmailAdres(afzenderTekst);
  if (afzender && !afzender.ok) fouten.push(`MAIL_AFZENDER: ${afzender.reden}`);

  if (fouten.length > 0 || !url.ok || (anker && !anker.ok) || (afzender && !afzender.ok)) {
    return { ok: false, fouten };
  }
  return {
    ok: true,
    instellingen: {
      anker: anker?.anker ?? STANDAARD_ALERT_ANKER,
      dashboardUrl: url.url,
      afzender: afzender?.adres ?? STANDAARD_AFZENDER,
    },
  };
}
