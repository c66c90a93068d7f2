import type { CalendarMonth } from '../calendar/calendar-date.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';

/** The dashboard's address: http(s), no query or fragment, ending in one `/`. */
export type DashboardUrl = string & { readonly __dashboardUrl: unique symbol };

export const STANDAARD_DASHBOARD_URL = 'http://127.0.0.1:3000/';

export function parseDashboardUrl(
  tekst: string,
): { ok: true; url: DashboardUrl } | { ok: false; reden: string } {
  let url: URL;
  try {
    url = new URL(tekst.trim());
  } catch {
    return {
      ok: false,
      reden: `"${tekst.trim()}" is geen adres (verwacht bijvoorbeeld https://monitor.zorgkantoor.nl/)`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reden: `"${tekst.trim()}" begint niet met http:// of https://` };
  }
  if (url.username || url.password)
    return { ok: false, reden: 'een adres met gebruikersnaam of wachtwoord hoort niet in een mail' };
  const pad = url.pathname.replace(/\/+$/, '');
  // Checked just above; the dashboard's pages are fragments after this base.
  return { ok: true, url: `${url.origin}${pad}/` as DashboardUrl };
}

/** The region page of the dashboard for a month: `<base>#/regio/5517/2026-10`. */
export function regioPagina(basis: DashboardUrl, regio: RegioCode, maand: CalendarMonth): string {
  return `${basis}#/regio/${regio}/${maand}`;
}

/** The 75%-lijst page of the dashboard: `<base>#/lijst/5517`. */
export function lijstPagina(basis: DashboardUrl, regio: RegioCode): string {
  return `${basis}#/lijst/${regio}`;
}
