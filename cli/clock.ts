import { GebruiksFout } from './cli-errors.ts';

/**
 * The clock of every command: the real time, or the fixed moment in `ZORGPLICHT_NU` (ISO 8601,
 * e.g. `2026-11-02T07:00:00+01:00`, or a date `2026-11-02`, meaning noon in Amsterdam). A fixed
 * clock makes runs reproducible: tests, and re-running a past day's computation.
 */
export function clockFromEnvironment(env: NodeJS.ProcessEnv = process.env): () => Date {
  const waarde = env.ZORGPLICHT_NU?.trim();
  if (!waarde) return () => new Date();
  const tekst = /^\d{4}-\d{2}-\d{2}$/.test(waarde) ? `${waarde}T12:00:00+01:00` : waarde;
  const moment = new Date(tekst);
  if (!/^\d{4}-\d{2}-\d{2}/.test(waarde) || Number.isNaN(moment.getTime())) {
    throw new GebruiksFout(
      `ZORGPLICHT_NU="${waarde}" is geen tijdstip; gebruik bijvoorbeeld 2026-11-02T07:00:00+01:00 of 2026-11-02`,
    );
  }
  return () => new Date(moment.getTime());
}
