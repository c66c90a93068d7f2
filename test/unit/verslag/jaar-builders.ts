/** Input builders for the year-figure tests (contracts §3.4). */
import type { CalendarDate } from '../../../shared/calendar/calendar-date.ts';
import type { MazMelding, PgbAanvraag } from '../../../shared/extracts/extract-rows.ts';
import type { NormenGrondslag } from '../../../shared/verslag/jaarcijfers-json.ts';
import type { JaarInvoer } from '../../../shared/verslag/jaarcijfers.ts';
import type { Snapshot } from '../../../shared/indicators/wachtlijst-sectie.ts';
import type { HandmatigeKleur, OordeelSein, SeinOordeel } from '../../../shared/seinen/sein-aanpassing.ts';
import type { Stand } from '../../../shared/indicators/stand.ts';
import { LEGE_MAZ, LEGE_PGB, REGIO } from '../indicators/builders.ts';

export const GRONDSLAG: NormenGrondslag = { bron: 'testnormen', hash: 'f'.repeat(64) };

export function herhaal<T>(aantal: number, maak: () => T): T[] {
  return Array.from({ length: aantal }, maak);
}

export function jaarInvoer(
  jaar: number,
  parts: {
    momentopnamen?: readonly Snapshot[];
    nieuwsteWachtlijstPeildatum?: CalendarDate | null;
    pgb?: Stand<PgbAanvraag>;
    maz?: Stand<MazMelding>;
    oordelen?: readonly SeinOordeel[];
  } = {},
): JaarInvoer {
  const momentopnamen = parts.momentopnamen ?? [];
  return {
    regio: REGIO,
    jaar,
    momentopnamen,
    nieuwsteWachtlijstPeildatum:
      parts.nieuwsteWachtlijstPeildatum === undefined
        ? (momentopnamen
            .map((s) => s.peildatum)
            .sort()
            .at(-1) ?? null)
        : parts.nieuwsteWachtlijstPeildatum,
    pgb: parts.pgb ?? LEGE_PGB,
    maz: parts.maz ?? LEGE_MAZ,
    oordelen: parts.oordelen ?? [],
  };
}

export function oordeel(
  jaar: number,
  sein: OordeelSein,
  kleur: HandmatigeKleur,
  tijdstip: string,
  overrides: Partial<SeinOordeel> = {},
): SeinOordeel {
  return {
    regio: REGIO,
    jaar,
    sein,
    kleur,
    toelichting: `Oordeel ${kleur} van ${tijdstip}`,
    auteur: 'beheer@zorgkantoor.nl',
    tijdstip,
    ...overrides,
  };
}
