import type { Node } from 'constructs';
import { z } from 'zod';
import { AppError } from '../../shared/app/app-error.ts';
import { type CalendarDate, calendarDate, parseIsoDate } from '../../shared/calendar/calendar-date.ts';

/**
 * The deployment settings of the stack, read once from the CDK context (`cdk.json`, or
 * `-c zorgplicht:<naam>=<waarde>` on the command line) and checked at synth: a malformed
 * value stops the synth with one Dutch line per problem. Every key has a default, so a bare
 * checkout synthesises; the defaults under `.example` are placeholders to replace before a
 * real deployment (the stack warns while they are in use).
 */
export interface ZorgplichtSettings {
  /** Short name of the environment (`test`, `acceptatie`, `productie`): stack name, metrics namespace, tags. */
  readonly environment: string;
  /** Address the alert e-mails come from; becomes the SES identity. */
  readonly senderAddress: string;
  /** Address that receives the CloudWatch alarms (SNS e-mail subscription). */
  readonly alarmAddress: string;
  /** Domains alert e-mails may go to (contracts §7); empty: none until configured. */
  readonly allowedMailDomains: readonly string[];
  /** A Monday from which the biweekly alert rhythm counts (contracts §7). */
  readonly alertAnchorDate: CalendarDate;
  /** AWS account of the Wlz-uitvoerder that delivers extracts; undefined: this stack's own account. */
  readonly uitvoerderAccountId: string | undefined;
  /** Days an overwritten (noncurrent) archive version under `verwerkt/` and `afgewezen/` is kept. */
  readonly archiveRetentionDays: number;
}

export const SETTINGS_PREFIX = 'zorgplicht:';

export const DEFAULT_SETTINGS: ZorgplichtSettings = {
  environment: 'test',
  senderAddress: 'monitor@zorgplicht.example',
  alarmAddress: 'beheer@zorgplicht.example',
  allowedMailDomains: [],
  alertAnchorDate: calendarDate('2024-01-01'),
  uitvoerderAccountId: undefined,
  archiveRetentionDays: 90,
};

// A pragmatic address check: one @, no spaces, a dotted domain. SES verifies the rest.
const EMAIL = /^[^\s@]+@([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const DOMAIN = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const emailAddress = z
  .string({ error: 'moet tekst zijn' })
  .trim()
  .regex(EMAIL, { error: (issue) => `"${String(issue.input)}" is geen e-mailadres` });

/** `-c key=value` always gives a string, cdk.json may give a number or a list. */
const fromCommandLine = <T extends z.ZodType>(schema: T, split: (text: string) => unknown) =>
  z.preprocess((value) => (typeof value === 'string' ? split(value) : value), schema);

const SCHEMA = z.strictObject({
  environment: z.string({ error: 'moet tekst zijn' }).regex(/^[a-z][a-z0-9-]{0,19}$/, {
    error: 'alleen kleine letters, cijfers en streepjes, beginnend met een letter, hoogstens 20 tekens',
  }),
  senderAddress: emailAddress,
  alarmAddress: emailAddress,
  allowedMailDomains: fromCommandLine(
    z.array(
      z
        .string({ error: 'moet een lijst met domeinnamen zijn' })
        .trim()
        .toLowerCase()
        .regex(DOMAIN, { error: (issue) => `"${String(issue.input)}" is geen domeinnaam` }),
      { error: 'moet een lijst met domeinnamen zijn' },
    ),
    (text) => (text.trim() === '' ? [] : text.split(',')),
  ),
  alertAnchorDate: z.string({ error: 'moet een datum JJJJ-MM-DD zijn' }).transform((text, ctx) => {
    const parsed = parseIsoDate(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: `"${text}": ${parsed.reden}` });
      return z.NEVER;
    }
    if (new Date(`${parsed.date}T00:00:00Z`).getUTCDay() !== 1) {
      ctx.addIssue({ code: 'custom', message: `${text} is geen maandag (de alerts gaan op maandag)` });
      return z.NEVER;
    }
    return parsed.date;
  }),
  uitvoerderAccountId: z
    .string({ error: 'moet een AWS-accountnummer van 12 cijfers zijn' })
    .trim()
    .regex(/^\d{12}$/, {
      error: (issue) => `"${String(issue.input)}" is geen AWS-accountnummer van 12 cijfers`,
    })
    .nullish()
    .transform((value) => value ?? undefined),
  archiveRetentionDays: fromCommandLine(
    z
      .number({ error: 'moet een geheel aantal dagen zijn' })
      .int({ error: 'moet een geheel aantal dagen zijn' })
      .min(1, { error: 'moet minstens 1 dag zijn' })
      .max(3650, { error: 'hoogstens 3650 dagen' }),
    (text) => (/^\d+$/.test(text.trim()) ? Number(text) : text),
  ),
});

/**
 * Reads and checks the `zorgplicht:*` context values. Unknown `zorgplicht:` keys are refused
 * (a typo must not silently fall back to a default).
 */
export function readSettings(node: Node): ZorgplichtSettings {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node.getAllContext())) {
    if (key.startsWith(SETTINGS_PREFIX)) raw[key.slice(SETTINGS_PREFIX.length)] = value;
  }
  return parseSettings(raw);
}

export function parseSettings(raw: Record<string, unknown>): ZorgplichtSettings {
  const result = SCHEMA.safeParse({ ...DEFAULT_SETTINGS, ...raw });
  if (result.success) return result.data;
  const regels = result.error.issues.map((issue) => {
    const key = issue.path.length > 0 ? `${SETTINGS_PREFIX}${String(issue.path[0])}` : 'context';
    if (issue.code === 'unrecognized_keys') {
      return `onbekende instelling ${issue.keys.map((k) => `${SETTINGS_PREFIX}${k}`).join(', ')}`;
    }
    return `${key}: ${issue.message}`;
  });
  throw new AppError(
    'ONGELDIGE_INVOER',
    'Ongeldige CDK-context (cdk.json of -c): pas deze instellingen aan en synthetiseer opnieuw.',
    { regels },
  );
}

/** Placeholder defaults (`.example`) that must be replaced before a real deployment. */
export function placeholderSettings(settings: ZorgplichtSettings): string[] {
  return (['senderAddress', 'alarmAddress'] as const)
    .filter((key) => settings[key].toLowerCase().endsWith('.example'))
    .map((key) => `${SETTINGS_PREFIX}${key}`);
}
