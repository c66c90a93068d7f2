import { z } from 'zod';
import type { Blokkade } from '../../shared/storage/verzending-store.ts';

const ONTVANGER = z.object({ emailAddress: z.string() });

/** An SES bounce or complaint as SES publishes it to SNS (event publishing or identity notifications). */
const SES_MELDING = z.object({
  eventType: z.string().optional(),
  notificationType: z.string().optional(),
  bounce: z
    .object({
      bounceType: z.string(),
      bounceSubType: z.string().optional(),
      bouncedRecipients: z.array(ONTVANGER),
    })
    .optional(),
  complaint: z
    .object({
      complainedRecipients: z.array(ONTVANGER),
      complaintFeedbackType: z.string().optional(),
    })
    .optional(),
});

export interface TeBlokkeren {
  readonly email: string;
  readonly bron: Blokkade['bron'];
  readonly reden: string;
}

export type SesMeldingUitkomst =
  | { readonly soort: 'blokkeren'; readonly adressen: readonly TeBlokkeren[] }
  | { readonly soort: 'negeren'; readonly waarom: string }
  | { readonly soort: 'ongeldig'; readonly waarom: string };

/** `"Naam" <a@b.nl>` or `a@b.nl` → `a@b.nl` */
function kaalAdres(tekst: string): string {
  const hoek = /<([^>]+)>/.exec(tekst);
  return (hoek?.[1] ?? tekst).trim();
}

/**
 * What an SNS message from SES asks for: a permanent bounce or a complaint blocks each address
 * it names; a transient or undetermined bounce does not (SES itself retried already, and the
 * next cycle tries again); anything else is ignored.
 */
export function leesSesMelding(bericht: string): SesMeldingUitkomst {
  let json: unknown;
  try {
    json = JSON.parse(bericht);
  } catch {
    return { soort: 'ongeldig', waarom: 'geen JSON' };
  }
  const melding = SES_MELDING.safeParse(json);
  if (!melding.success) return { soort: 'ongeldig', waarom: 'geen SES-melding' };
  const { bounce, complaint } = melding.data;
  const type = melding.data.eventType ?? melding.data.notificationType;
  if (type === 'Bounce' && bounce) {
    if (bounce.bounceType !== 'Permanent')
      return { soort: 'negeren', waarom: `tijdelijke bounce (${bounce.bounceType})` };
    const reden = `SES: permanente bounce (${bounce.bounceSubType ?? 'onbekend'})`;
    return {
      soort: 'blokkeren',
      adressen: bounce.bouncedRecipients.map((r) => ({
        email: kaalAdres(r.emailAddress),
        bron: 'ses-bounce',
        reden,
      })),
    };
  }
  if (type === 'Complaint' && complaint) {
    const reden = `SES: klacht van de ontvanger (${complaint.complaintFeedbackType ?? 'geen type'})`;
    return {
      soort: 'blokkeren',
      adressen: complaint.complainedRecipients.map((r) => ({
        email: kaalAdres(r.emailAddress),
        bron: 'ses-klacht',
        reden,
      })),
    };
  }
  return { soort: 'negeren', waarom: `melding van type ${type ?? 'onbekend'}` };
}

/** The SNS records of a Lambda event: each one's message and id (SNS may send `Subject: null`). */
const SNS_EVENT = z.object({
  Records: z.array(z.object({ Sns: z.object({ MessageId: z.string().optional(), Message: z.string() }) })),
});

export function snsBerichten(event: unknown): { readonly id?: string; readonly bericht: string }[] | null {
  const gelezen = SNS_EVENT.safeParse(event);
  if (!gelezen.success) return null;
  return gelezen.data.Records.map((r) => ({ id: r.Sns.MessageId, bericht: r.Sns.Message }));
}
