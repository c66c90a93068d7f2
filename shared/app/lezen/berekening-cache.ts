import type { IndicatorInvoer } from '../../indicators/bereken-indicatoren.ts';
import type { IndicatorenJson } from '../../indicators/indicatoren-json.ts';
import { REKENVERSIE } from '../../indicators/rekenversie.ts';

const MAX_ANTWOORDEN = 5_000;

/**
 * Computed indicators kept in this process, keyed by everything they depend on: the region and
 * month, the versions of the extracts they were computed from (the snapshot's extract version,
 * the fingerprints of the pgb and MAZ states), the norms' content hash and the calculation
 * version. A change of any of these is a different key, so nothing stale is ever served; inputs
 * without a version (built in memory) are not cached.
 */
export class BerekeningCache {
  private readonly antwoorden = new Map<string, IndicatorenJson>();

  sleutel(invoer: IndicatorInvoer, normenHash: string): string | undefined {
    const { wachtlijst, pgb, maz } = invoer;
    if ((wachtlijst && !wachtlijst.versie) || !pgb.versie || !maz.versie) return undefined;
    return [
      invoer.regio,
      invoer.maand,
      wachtlijst ? `${wachtlijst.peildatum}@${wachtlijst.versie}` : '-',
      pgb.versie,
      maz.versie,
      normenHash,
      REKENVERSIE,
    ].join('|');
  }

  get(sleutel: string): IndicatorenJson | undefined {
    return this.antwoorden.get(sleutel);
  }

  set(sleutel: string, antwoord: IndicatorenJson): void {
    if (this.antwoorden.size >= MAX_ANTWOORDEN) {
      const oudste = this.antwoorden.keys().next();
      if (!oudste.done) this.antwoorden.delete(oudste.value);
    }
    this.antwoorden.set(sleutel, antwoord);
  }
}
