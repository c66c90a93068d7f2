import type { CalendarMonth } from '../../calendar/calendar-date.ts';
import type { IndicatorenJson } from '../../indicators/indicatoren-json.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import { type Oordeel, oordelenInForce } from '../../seinen/oordelen-in-force.ts';
import { pasAanpassingenToe, type SeinenMetAanpassingen } from '../../seinen/pas-aanpassingen-toe.ts';
import type { Gebruiker } from '../gebruiker.ts';
import { type NormenGrondslag, normenGrondslag } from '../normen/normen-in-gebruik.ts';
import { requireRegio } from '../toegang.ts';
import { computeRegioMaand } from './bereken-regio-maand.ts';
import type { LeesDeps } from './lees-deps.ts';

/**
 * The indicators of a region and month: the JSON of contracts §5 exactly, where a sein with a
 * manual override also carries `berekendeKleur` and `aanpassing` (§3.3), and beside it the judged
 * seinen of the month's year (`oordelen`). The norms it was computed with are told apart
 * (`IndicatorenUitkomst.normen`), so that the JSON stays the §5 shape plus `oordelen`.
 */
export type IndicatorenAntwoord = Omit<IndicatorenJson, 'seinen'> & {
  readonly seinen: SeinenMetAanpassingen;
  readonly oordelen: readonly Oordeel[];
};

export interface IndicatorenUitkomst {
  readonly indicatoren: IndicatorenAntwoord;
  readonly normen: NormenGrondslag;
}

export async function getIndicatoren(
  deps: LeesDeps,
  vraag: { readonly gebruiker: Gebruiker; readonly regio: RegioCode; readonly maand: CalendarMonth },
): Promise<IndicatorenUitkomst> {
  requireRegio(vraag.gebruiker, vraag.regio);
  const jaar = Number(vraag.maand.slice(0, 4));
  const [json, aanpassingen, oordelen] = await Promise.all([
    computeRegioMaand(deps, vraag.regio, vraag.maand),
    deps.store.seinen.listSeinAanpassingen(vraag.regio, vraag.maand),
    deps.store.seinen.listSeinOordelen(vraag.regio, jaar),
  ]);
  return {
    indicatoren: {
      ...json,
      seinen: pasAanpassingenToe(json.seinen, aanpassingen),
      oordelen: oordelenInForce(oordelen, vraag.regio, jaar),
    },
    normen: normenGrondslag(deps.normen),
  };
}
