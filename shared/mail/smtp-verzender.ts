import nodemailer from 'nodemailer';
import { maskeerAdressenIn } from '../alerts/email-adres.ts';
import { VerzendFout, type MailVerzender } from './mail-verzender.ts';
import { nodemailerBericht } from './nodemailer-bericht.ts';

/** Node.js codes of a connection that was never made: nothing can have been sent. */
const NIET_VERBONDEN = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
]);
/** nodemailer codes of a failure before the message was handed over. */
const VOOR_VERZENDEN = new Set([
  'EDNS',
  'ETLS',
  'EREQUIRETLS',
  'EAUTH',
  'ENOAUTH',
  'EOAUTH2',
  'ECONFIG',
  'EPROXY',
]);
/** Commands whose permanent refusal is about this recipient or this message. */
const ONTVANGER_COMMANDOS = new Set(['RCPT TO', 'DATA']);

interface SmtpFoutKenmerken {
  readonly code?: unknown;
  readonly originalCode?: unknown;
  readonly command?: unknown;
  readonly responseCode?: unknown;
  readonly response?: unknown;
}

function antwoord(kenmerken: SmtpFoutKenmerken): string {
  const tekst = typeof kenmerken.response === 'string' ? kenmerken.response.trim() : '';
  return maskeerAdressenIn(tekst).slice(0, 200);
}

/**
 * What an SMTP failure means for at-most-once sending. A reply code tells it: 5xx on the
 * recipient or the message is a permanent refusal of this address (`blijvend`); 4xx (and 503)
 * is temporary; 5xx elsewhere (login, sender) is a setting to fix, temporary for the address.
 * Without a reply: a connection that was never made is temporary; one that broke off may have
 * delivered the mail already (`onzeker`).
 */
export function beoordeelSmtpFout(error: unknown, server: string): VerzendFout {
  const k: SmtpFoutKenmerken = typeof error === 'object' && error !== null ? error : {};
  const code = typeof k.code === 'string' ? k.code : undefined;
  const origineel = typeof k.originalCode === 'string' ? k.originalCode : undefined;
  const status = typeof k.responseCode === 'number' ? k.responseCode : undefined;
  const fout = (soort: VerzendFout['soort'], reden: string) =>
    new VerzendFout(soort, reden, { cause: error });
  if (status !== undefined) {
    const permanent = status >= 500 && status < 600 && status !== 503;
    if (permanent && typeof k.command === 'string' && ONTVANGER_COMMANDOS.has(k.command)) {
      return fout('blijvend', `de mailserver weigert de mail blijvend: ${antwoord(k)}`);
    }
    if (permanent) {
      return fout(
        'tijdelijk',
        `de mailserver ${server} weigert de verbinding of de afzender (${antwoord(k)}): controleer SMTP_URL en MAIL_AFZENDER`,
      );
    }
    return fout('tijdelijk', `de mailserver weigert de mail tijdelijk: ${antwoord(k)}`);
  }
  if (code === 'EAUTH' || code === 'ENOAUTH') {
    return fout(
      'tijdelijk',
      `aanmelden bij de mailserver ${server} mislukte: controleer gebruiker en wachtwoord in SMTP_URL`,
    );
  }
  if (
    (origineel !== undefined && NIET_VERBONDEN.has(origineel)) ||
    (code !== undefined && VOOR_VERZENDEN.has(code))
  ) {
    return fout('tijdelijk', `de mailserver ${server} is niet bereikbaar (${origineel ?? code})`);
  }
  return fout(
    'onzeker',
    `de verbinding met de mailserver ${server} brak af tijdens het verzenden (${code ?? 'onbekende fout'}); niet bekend of de mail is aangekomen`,
  );
}

/** `smtp://host:port` without user or password: how reports name the server. */
export function smtpServerNaam(url: URL): string {
  return `${url.protocol}//${url.hostname}${url.port ? `:${url.port}` : ''}`;
}

/**
 * Sends through an SMTP server (`SMTP_URL`): nodemailer reads host, port, `smtps://` (TLS from
 * the start), user and password, and uses STARTTLS when the server offers it (the URL's
 * `?requireTLS=true` makes it mandatory, `?ignoreTLS=true` skips it). One connection per mail,
 * one attempt each.
 */
export function createSmtpVerzender(url: URL): MailVerzender {
  const server = smtpServerNaam(url);
  return {
    async verstuur(bericht) {
      const transport = nodemailer.createTransport(url.href);
      try {
        const info = await transport.sendMail(nodemailerBericht(bericht));
        return { messageId: info.messageId || bericht.messageId };
      } catch (error) {
        throw beoordeelSmtpFout(error, server);
      } finally {
        transport.close();
      }
    },
  };
}

/** SMTP_URL as a URL, or the Dutch reason it is not one. */
export function parseSmtpUrl(tekst: string): { ok: true; url: URL } | { ok: false; reden: string } {
  if (!URL.canParse(tekst.trim())) {
    return {
      ok: false,
      reden:
        'geen adres; verwacht bijvoorbeeld smtp://mail.zorgkantoor.nl:587 of smtps://gebruiker:wachtwoord@mail.zorgkantoor.nl',
    };
  }
  const url = new URL(tekst.trim());
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    return { ok: false, reden: `begint met ${url.protocol}// in plaats van smtp:// of smtps://` };
  }
  if (!url.hostname) return { ok: false, reden: 'er staat geen server in' };
  return { ok: true, url };
}
