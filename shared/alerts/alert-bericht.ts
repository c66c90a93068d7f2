import { createHash } from 'node:crypto';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';
import type { AlertCyclus } from './alert-cyclus.ts';
import type { AlertMail } from './alert-mail.ts';
import { alertOnderwerp } from './alert-teksten.ts';
import type { EmailAdres } from './email-adres.ts';
import { renderAlertHtml } from './render-alert-html.ts';
import { renderAlertTekst } from './render-alert-tekst.ts';

/** One alert mail ready for a transport: who, what, and the two renderings. */
export interface AlertBericht {
  readonly van: string;
  readonly aan: EmailAdres;
  readonly onderwerp: string;
  readonly html: string;
  readonly tekst: string;
  /**
   * Stable for (cycle, region, address): a deliberate resend carries the same Message-ID, so a
   * mail client that has the first one can tell it is the same mail.
   */
  readonly messageId: string;
  readonly datum: Date;
  readonly kopregels: Readonly<Record<string, string>>;
}

/** `<zorgplicht-alert.2026-11-16.5517.3f2a…@zorgkantoor.nl>`: no address in it, only a hash. */
export function alertMessageId(
  cyclus: AlertCyclus,
  regio: RegioCode,
  aan: EmailAdres,
  afzender: string,
): string {
  const adres = createHash('sha256').update(aan).digest('hex').slice(0, 16);
  const domein = afzender.slice(afzender.lastIndexOf('@') + 1) || 'zorgplicht.invalid';
  return `<zorgplicht-alert.${cyclus.id}.${regio}.${adres}@${domein}>`;
}

export function maakAlertBericht(
  mail: AlertMail,
  opties: { readonly afzender: string; readonly aan: EmailAdres; readonly datum: Date },
): AlertBericht {
  return {
    van: opties.afzender,
    aan: opties.aan,
    onderwerp: alertOnderwerp(mail),
    html: renderAlertHtml(mail),
    tekst: renderAlertTekst(mail),
    messageId: alertMessageId(mail.cyclus, mail.regio, opties.aan, opties.afzender),
    datum: opties.datum,
    kopregels: {
      // RFC 3834: no out-of-office replies to an automatic mail.
      'Auto-Submitted': 'auto-generated',
      'X-Zorgplicht-Cyclus': mail.cyclus.id,
      'X-Zorgplicht-Regio': mail.regio,
    },
  };
}
