import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import {
  checkToelichting,
  type HandmatigeKleur,
  type OordeelSein,
  type SeinOordeel,
} from '../../seinen/sein-aanpassing.ts';
import type { SeinStore } from '../../storage/zorgplicht-store.ts';
import { AppError } from '../app-error.ts';
import type { Gebruiker } from '../gebruiker.ts';
import type { LeesStore } from '../lezen/lees-deps.ts';
import { requireRol } from '../toegang.ts';
import { checkJaar } from '../vandaag.ts';
import { requireRegioMetGegevens } from './regio-met-gegevens.ts';

/**
 * Record one of the three judged seinen of the uitvoeringsverslag for a region and year, with
 * its toelichting (contracts §3.3): beheer only; not for a year that has not begun or a region
 * without data. The history is kept; the latest counts.
 */
export async function recordOordeel(
  deps: {
    readonly store: Pick<LeesStore, 'extractLog'> & { readonly seinen: Pick<SeinStore, 'saveSeinOordeel'> };
    readonly now: () => Date;
  },
  vraag: {
    readonly gebruiker: Gebruiker;
    readonly regio: RegioCode;
    readonly jaar: number;
    readonly sein: OordeelSein;
    readonly kleur: HandmatigeKleur;
    readonly toelichting: string;
  },
): Promise<SeinOordeel> {
  requireRol(vraag.gebruiker, 'beheer', 'een beoordeeld sein vastleggen');
  const fout = checkToelichting(vraag.toelichting);
  if (fout) throw new AppError('ONGELDIGE_INVOER', `Toelichting: ${fout}.`);
  checkJaar(vraag.jaar, deps.now);
  await requireRegioMetGegevens(deps.store, vraag.regio);
  const oordeel: SeinOordeel = {
    regio: vraag.regio,
    jaar: vraag.jaar,
    sein: vraag.sein,
    kleur: vraag.kleur,
    toelichting: vraag.toelichting.trim(),
    auteur: vraag.gebruiker.naam,
    tijdstip: deps.now().toISOString(),
  };
  await deps.store.seinen.saveSeinOordeel(oordeel);
  return oordeel;
}
