import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import nodemailer from 'nodemailer';
import { maskeerAdressenIn } from '../alerts/email-adres.ts';
import { VerzendFout, type MailVerzender } from './mail-verzender.ts';
import { nodemailerBericht } from './nodemailer-bericht.ts';

const NIET_VERBONDEN = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * What an SES failure means for at-most-once sending: `MessageRejected` refuses this mail for
 * good (`blijvend`); other refusals (throttling, a paused account, a sender that is not
 * verified) send nothing (`tijdelijk`); a server fault or a connection that broke off may have
 * sent it (`onzeker`).
 */
export function beoordeelSesFout(error: unknown): VerzendFout {
  const fout = (soort: VerzendFout['soort'], reden: string) =>
    new VerzendFout(soort, reden, { cause: error });
  if (typeof error !== 'object' || error === null) return fout('onzeker', 'onverwachte fout van SES');
  const naam = 'name' in error && typeof error.name === 'string' ? error.name : 'onbekend';
  const bericht =
    'message' in error && typeof error.message === 'string'
      ? maskeerAdressenIn(error.message).slice(0, 200)
      : '';
  const metadata = '$metadata' in error && typeof error.$metadata === 'object' ? error.$metadata : undefined;
  const status =
    metadata &&
    metadata !== null &&
    'httpStatusCode' in metadata &&
    typeof metadata.httpStatusCode === 'number'
      ? metadata.httpStatusCode
      : undefined;
  if (status === undefined) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    if (naam === 'CredentialsProviderError')
      return fout('tijdelijk', 'geen AWS-inloggegevens om via SES te verzenden');
    if (code !== undefined && NIET_VERBONDEN.has(code))
      return fout('tijdelijk', `SES is niet bereikbaar (${code})`);
    return fout('onzeker', `de verbinding met SES brak af (${naam}); niet bekend of de mail is verzonden`);
  }
  if (naam === 'MessageRejected') return fout('blijvend', `SES weigert de mail: ${bericht}`);
  if (status >= 500)
    return fout('onzeker', `SES meldt een storing (${naam}); niet bekend of de mail is verzonden`);
  return fout('tijdelijk', `SES weigert de mail tijdelijk (${naam}${bericht ? `: ${bericht}` : ''})`);
}

/**
 * Sends through SES v2 (raw MIME built by nodemailer). The client must make one attempt only
 * (`maxAttempts: 1`): the SDK's own retries could send a mail twice.
 */
export function createSesVerzender(client: SESv2Client): MailVerzender {
  const transport = nodemailer.createTransport({ SES: { sesClient: client, SendEmailCommand } });
  return {
    async verstuur(bericht) {
      try {
        const info = await transport.sendMail(nodemailerBericht(bericht));
        return { messageId: info.messageId || bericht.messageId };
      } catch (error) {
        throw beoordeelSesFout(error);
      }
    },
  };
}
