import type { Kleur } from '../indicators/indicatoren-json.ts';
import type { SeinIndicator } from '../norms/normen.ts';

/** Never colour alone: every sein shows an icon and its word. */
export const SEIN_ICOON: Readonly<Record<Kleur, string>> = {
  groen: '✔',
  oranje: '▲',
  onbekend: '?',
};

export function seinLabel(kleur: Kleur): string {
  return `${SEIN_ICOON[kleur]} ${kleur}`;
}

export const SEIN_NAAM: Readonly<Record<SeinIndicator, string>> = {
  tijdige_zorg: 'Tijdige zorg',
  tijdige_pgb_toekenning: 'Tijdige pgb-toekenning',
  tijdige_eigen_bijdrage: 'Tijdige eigen bijdrage',
};

/** Marks a sein whose colour was set by hand. */
export const HANDMATIG_TEKEN = '✎';
