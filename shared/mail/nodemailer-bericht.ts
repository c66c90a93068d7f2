import type { SendMailOptions } from 'nodemailer';
import type { AlertBericht } from '../alerts/alert-bericht.ts';

/** An alert mail as nodemailer's message: multipart/alternative, plain text first, then HTML. */
export function nodemailerBericht(bericht: AlertBericht): SendMailOptions {
  return {
    from: bericht.van,
    to: bericht.aan,
    subject: bericht.onderwerp,
    text: bericht.tekst,
    html: bericht.html,
    messageId: bericht.messageId,
    date: bericht.datum,
    headers: { ...bericht.kopregels },
    // Long table lines stay intact in every client.
    textEncoding: 'quoted-printable',
    // No attachments, no external resources: nothing is fetched while the message is built.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
