import type { CalendarMonth } from '../../calendar/calendar-date.ts';
import { type LandelijkeSeinen, poolSeinen } from '../../indicators/landelijk.ts';
import { type RegioCode, regioNaam } from '../../reference/zorgkantoorregio.ts';
import { type Oordeel, oordelenInForce } from '../../seinen/oordelen-in-force.ts';
import { pasAanpassingenToe, type SeinenMetAanpassingen } from '../../seinen/pas-aanpassingen-toe.ts';
import type { Gebruiker } from '../gebruiker.ts';
import { type NormenGrondslag, normenGrondslag } from '../normen/normen-in-gebruik.ts';
import { zichtbareRegios } from '../toegang.ts';
import { computeRegioMaand } from './bereken-regio-maand.ts';
import { kiesStandaardMaand, readGegevensOmvang } from './gegevens-omvang.ts';
import type { LeesDeps } from './lees-deps.ts';

export interface RegioSeinen {
  readonly regio: RegioCode;
  readonly naam: string;
  /** The three computed seinen, an override marked as in §3.3. */
  readonly seinen: SeinenMetAanpassingen;
  /** The three judged seinen of the month's year. */
  readonly oordelen: readonly Oordeel[];
}

/** The seinen of every region the user may see, side by side, for one month (contracts §3.3). */
export interface SeinenOverzicht {
  readonly maand: CalendarMonth;
  /** How the month was chosen when none was asked, in Dutch; absent when it was asked. */
  readonly maandKeuze?: string | undefined;
  readonly regios: readonly RegioSeinen[];
  /** All regions pooled, for toezicht and beheer (who see every region). */
  readonly landelijk?: LandelijkeSeinen | undefined;
  readonly normen: NormenGrondslag;
}

/**
 * The seinen overview: every region with data that the user may see (a zorgkantoor its own, the
 * others all), for the month asked or else the default month (`kiesStandaardMaand`). Undefined
 * when there is no data at all.
 */
export async function getSeinenOverzicht(
  deps: LeesDeps,
  vraag: { readonly gebruiker: Gebruiker; readonly maand?: CalendarMonth | undefined },
): Promise<SeinenOverzicht | undefined> {
  const omvang = await readGegevensOmvang(deps.store);
  const regios = zichtbareRegios(vraag.gebruiker, omvang.regios);
  const keuze = vraag.maand ? undefined : kiesStandaardMaand(omvang, regios);
  const maand = vraag.maand ?? keuze?.maand;
  if (!maand || regios.length === 0) return undefined;
  const jaar = Number(maand.slice(0, 4));
  const perRegio = await Promise.all(
    regios.map(async (regio) => {
      const [json, aanpassingen, oordelen] = await Promise.all([
        computeRegioMaand(deps, regio, maand),
        deps.store.seinen.listSeinAanpassingen(regio, maand),
        deps.store.seinen.listSeinOordelen(regio, jaar),
      ]);
      return { json, aanpassingen, oordelen };
    }),
  );
  const alleRegios = vraag.gebruiker.rol !== 'zorgkantoor';
  return {
    maand,
    maandKeuze: keuze?.uitleg,
    regios: perRegio.map(({ json, aanpassingen, oordelen }) => ({
      regio: json.regio,
      naam: regioNaam(json.regio),
      seinen: pasAanpassingenToe(json.seinen, aanpassingen),
      oordelen: oordelenInForce(oordelen, json.regio, jaar),
    })),
    landelijk: alleRegios
      ? poolSeinen(
          perRegio.map((r) => r.json),
          deps.normen.normen.seinDrempels,
        )
      : undefined,
    normen: normenGrondslag(deps.normen),
  };
}
