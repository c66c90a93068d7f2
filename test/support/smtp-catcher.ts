import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

/** A mail the catcher accepted: the envelope, the raw message and its parse. */
export interface GevangenMail {
  readonly van: string;
  readonly aan: readonly string[];
  readonly ruw: string;
  readonly mail: ParsedMail;
}

/** How the catcher answers a recipient: accept, or refuse with an SMTP reply. */
export type Antwoord = { readonly code: number; readonly tekst: string } | undefined;

export interface SmtpCatcher {
  readonly port: number;
  readonly url: string;
  readonly mails: GevangenMail[];
  /** Called for every RCPT TO; a reply refuses that recipient. */
  weiger(per: (adres: string) => Antwoord): void;
  stop(): Promise<void>;
}

class SmtpAntwoord extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A real SMTP server on loopback (smtp-server) that parses what it gets (mailparser), for the
 * tests that stand in for a mail server or for SES. No TLS, no login: `smtp://127.0.0.1:<port>`.
 */
export async function startSmtpCatcher(port = 0): Promise<SmtpCatcher> {
  const mails: GevangenMail[] = [];
  let weigering: (adres: string) => Antwoord = () => undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const antwoord = weigering(address.address);
      if (antwoord) return callback(new SmtpAntwoord(antwoord.code, antwoord.tekst));
      callback();
    },
    onData(stream, session, callback) {
      const delen: Buffer[] = [];
      stream.on('data', (deel: Buffer) => delen.push(deel));
      stream.on('end', () => {
        const ruw = Buffer.concat(delen).toString('utf8');
        simpleParser(ruw)
          .then((mail) => {
            const van = session.envelope.mailFrom;
            mails.push({
              van: van ? van.address : '',
              aan: session.envelope.rcptTo.map((r) => r.address),
              ruw,
              mail,
            });
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const gekozen = (server.server.address() as AddressInfo).port;
  return {
    port: gekozen,
    url: `smtp://127.0.0.1:${gekozen}`,
    mails,
    weiger(per) {
      weigering = per;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
