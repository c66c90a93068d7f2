import type { AlertBericht } from '../alerts/alert-bericht.ts';

/**
 * How a failed send ended, as far as the sender can tell:
 * - `tijdelijk`: not accepted, nothing went out (server down, 4xx, throttled): try again later;
 * - `blijvend`: refused for good for this address (SMTP 5xx on the recipient or the message;
 *   SES MessageRejected): block the address;
 * - `onzeker`: the connection broke off while the mail may already have been accepted: do not
 *   send again automatically (at most once).
 */
export type VerzendFoutSoort = 'tijdelijk' | 'blijvend' | 'onzeker';

export class VerzendFout extends Error {
  constructor(
    readonly soort: VerzendFoutSoort,
    /** One Dutch sentence for the status and the report: never the address or client data. */
    readonly reden: string,
    options: { readonly cause?: unknown } = {},
  ) {
    super(reden, { cause: options.cause });
    this.name = 'VerzendFout';
  }
}

/**
 * Sends one alert mail (SMTP, SES, or a file in the outbox). Resolves once the mail server,
 * SES or the disk accepted it; otherwise rejects with a `VerzendFout` (any other error counts
 * as `onzeker`). A sender makes one attempt: it never retries by itself, so that a retry can
 * never send the same mail twice.
 */
export interface MailVerzender {
  verstuur(bericht: AlertBericht): Promise<{ readonly messageId: string }>;
}
