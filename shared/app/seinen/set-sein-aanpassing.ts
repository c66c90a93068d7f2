import type { CalendarMonth } from '../../calendar/calendar-date.ts';
import type { SeinIndicator } from '../../norms/normen.ts';
import { type RegioCode, regioLabel } from '../../reference/zorgkantoorregio.ts';
import {
  checkToelichting,
  type HandmatigeKleur,
  laatstePer,
  type SeinAanpassing,
} from '../../seinen/sein-aanpassing.ts';
import type { SeinStore } from '../../storage/zorgplicht-store.ts';
import { formatMaand } from '../../text/dutch-format.ts';
import { AppError } from '../app-error.ts';
import type { Gebruiker } from '../gebruiker.ts';
import { computeRegioMaand } from '../lezen/bereken-regio-maand.ts';
import type { LeesDeps, LeesStore } from '../lezen/lees-deps.ts';
import { requireRol } from '../toegang.ts';
import { checkMaandBegonnen } from '../vandaag.ts';
import { requireRegioMetGegevens } from './regio-met-gegevens.ts';

export interface SeinAanpassingVraag {
  readonly gebruiker: Gebruiker;
  readonly regio: RegioCode;
  readonly maand: CalendarMonth;
  readonly sein: SeinIndicator;
  /** The colour the sein gets; `null` lifts the override in force. */
  readonly kleur: HandmatigeKleur | null;
  readonly toelichting: string;
}

type Deps = Omit<LeesDeps, 'store'> & {
  readonly store: LeesStore & { readonly seinen: Pick<SeinStore, 'saveSeinAanpassing'> };
};

/**
 * Override a computed sein with a colour and a toelichting, or lift the override in force
 * (contracts §3.3): beheer only; not for a month that has not begun, a region without data, or
 * without a toelichting of real length; lifting what is not there is refused. The computed colour
 * at that moment is kept beside it; every change stays in the history.
 */
export async function setSeinAanpassing(deps: Deps, vraag: SeinAanpassingVraag): Promise<SeinAanpassing> {
  requireRol(vraag.gebruiker, 'beheer', 'een sein handmatig aanpassen');
  const fout = checkToelichting(vraag.toelichting);
  if (fout) throw new AppError('ONGELDIGE_INVOER', `Toelichting: ${fout}.`);
  checkMaandBegonnen(vraag.maand, deps.now);
  await requireRegioMetGegevens(deps.store, vraag.regio);
  if (vraag.kleur === null) {
    const geldend = laatstePer(
      await deps.store.seinen.listSeinAanpassingen(vraag.regio, vraag.maand),
      (a) => a.sein,
    );
    if (!geldend.get(vraag.sein)?.kleur) {
      throw new AppError(
        'NIET_GEVONDEN',
        `Er is geen handmatige kleur om op te heffen voor dit sein van ${regioLabel(vraag.regio)} in ${formatMaand(vraag.maand)}.`,
      );
    }
  }
  const berekend = (await computeRegioMaand(deps, vraag.regio, vraag.maand)).seinen[vraag.sein];
  const aanpassing: SeinAanpassing = {
    regio: vraag.regio,
    maand: vraag.maand,
    sein: vraag.sein,
    kleur: vraag.kleur,
    berekendeKleur: berekend.kleur,
    berekendeWaarde: berekend.waarde,
    toelichting: vraag.toelichting.trim(),
    auteur: vraag.gebruiker.naam,
    tijdstip: deps.now().toISOString(),
  };
  await deps.store.seinen.saveSeinAanpassing(aanpassing);
  return aanpassing;
}
