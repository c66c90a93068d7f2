import type { Argv } from 'yargs';
import {
  type CalendarDate,
  type CalendarMonth,
  parseCalendarDate,
  parseCalendarMonth,
} from '../shared/calendar/calendar-date.ts';
import { EERSTE_JAAR } from '../shared/app/vandaag.ts';
import { findRegio, type RegioCode } from '../shared/reference/zorgkantoorregio.ts';
import { GebruiksFout } from './cli-errors.ts';

/** `--regio`: a zorgkantoor code from the region list. */
export function regioOptie(text: string): RegioCode {
  const regio = findRegio(String(text));
  if (!regio)
    throw new GebruiksFout(
      `--regio ${text}: onbekende zorgkantoorregio; verwacht een code uit 5501–5533 (zie zorgplicht regios)`,
    );
  return regio.code;
}

/** `--maand JJJJ-MM` */
export function maandOptie(text: string): CalendarMonth {
  const result = parseCalendarMonth(String(text));
  if (!result.ok) throw new GebruiksFout(`--maand ${text}: ${result.reden}`);
  return result.month;
}

/** `--peildatum JJJJ-MM-DD` (or DD-MM-JJJJ) */
export function datumOptie(naam: string, text: string): CalendarDate {
  const result = parseCalendarDate(String(text));
  if (!result.ok) throw new GebruiksFout(`--${naam} ${text}: ${result.reden}`);
  return result.date;
}

/**
 * A count option (`--aantal`): a whole number of at least 1. The option is read as text:
 * yargs would turn `abc` into NaN and let 0, -3 and 2.5 through as numbers.
 */
export function aantalOptie(naam: string, text: string): number {
  const waarde = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(waarde) || waarde < 1) {
    throw new GebruiksFout(`--${naam} ${text}: geef een geheel getal van 1 of meer`);
  }
  return waarde;
}

/** Text on a terminal, JSON when the output goes to a file or another program. */
export function standaardFormaat(): 'tekst' | 'json' {
  return process.stdout.isTTY ? 'tekst' : 'json';
}

/** yargs definitions of the options several commands share. */
export const REGIO_OPTIE = {
  type: 'string',
  demandOption: true,
  requiresArg: true,
  describe: 'Zorgkantoorregio, bv. 5517',
} as const;

export const MAAND_OPTIE = { type: 'string', requiresArg: true, describe: 'Maand JJJJ-MM' } as const;

export const TEKST_OF_JSON_OPTIE = {
  choices: ['json', 'tekst'] as const,
  describe: 'json of tekst; standaard tekst op een terminal, anders json',
} as const;

export const TOELICHTING_OPTIE = {
  type: 'string',
  demandOption: true,
  requiresArg: true,
  describe: 'Waarom (verplicht)',
} as const;

export const DOOR_OPTIE = {
  type: 'string',
  requiresArg: true,
  describe: 'Naam van wie dit vastlegt (standaard ZORGPLICHT_GEBRUIKER of de gebruiker)',
} as const;

/** The arguments a yargs builder defines: a command's handler is typed by its builder, never by a cast. */
export type ArgsVan<B> = B extends (y: Argv) => Argv<infer T> ? T : never;

/** `--jaar JJJJ`: a whole year from 2015 (the first year of the Wlz) up to and including this year. */
export function jaarOptie(text: string, vandaag: CalendarDate): number {
  const tekst = String(text).trim();
  if (!/^\d{4}$/.test(tekst))
    throw new GebruiksFout(`--jaar ${tekst}: geef een jaartal van vier cijfers, bv. 2024`);
  const jaar = Number(tekst);
  const ditJaar = Number(vandaag.slice(0, 4));
  if (jaar < EERSTE_JAAR)
    throw new GebruiksFout(
      `--jaar ${jaar}: jaarcijfers zijn er vanaf ${EERSTE_JAAR}, het eerste jaar van de Wlz`,
    );
  if (jaar > ditJaar)
    throw new GebruiksFout(`--jaar ${jaar}: dat jaar is nog niet begonnen (het is nu ${ditJaar})`);
  return jaar;
}
