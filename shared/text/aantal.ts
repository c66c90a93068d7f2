import { formatGetal } from './dutch-format.ts';

/**
 * The Dutch plural of every noun the product counts in text. Dutch plurals follow no rule a
 * function could apply (rij → rijen, regio → regio's, cliënt → cliënten), so each noun is
 * listed once here; a noun that is not listed is a type error at the call site.
 */
const MEERVOUD = {
  abonnee: 'abonnees',
  bestand: 'bestanden',
  cliënt: 'cliënten',
  dag: 'dagen',
  extract: 'extracten',
  fout: 'fouten',
  mail: 'mails',
  maand: 'maanden',
  regel: 'regels',
  regio: "regio's",
  rij: 'rijen',
  seconde: 'seconden',
  sein: 'seinen',
  waarschuwing: 'waarschuwingen',
} as const;

export type Telwoord = keyof typeof MEERVOUD;

/** The noun that goes with a count: `telwoord(1, 'rij')` → "rij", `telwoord(2, 'rij')` → "rijen". */
export function telwoord(aantal: number, woord: Telwoord): string {
  return aantal === 1 ? woord : MEERVOUD[woord];
}

/** A count with its noun in Dutch: 1 regio, 2 regio's, 1.234 rijen, 0 fouten. */
export function formatAantal(aantal: number, woord: Telwoord): string {
  return `${formatGetal(aantal)} ${telwoord(aantal, woord)}`;
}
