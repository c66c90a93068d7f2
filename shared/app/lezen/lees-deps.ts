import type { ExtractDataStore, ExtractLogStore, SeinStore } from '../../storage/zorgplicht-store.ts';
import type { NormenInGebruik } from '../normen/normen-in-gebruik.ts';
import type { BerekeningCache } from './berekening-cache.ts';

/** The store reads the read-side use cases need, and no more. */
export interface LeesStore {
  readonly extractLog: Pick<ExtractLogStore, 'listZichtbareExtracten'>;
  readonly extractData: Pick<
    ExtractDataStore,
    'listWachtlijstPeildata' | 'getMomentopname' | 'getPgbStand' | 'getMazStand'
  >;
  readonly seinen: Pick<SeinStore, 'listSeinAanpassingen' | 'listSeinOordelen'>;
}

/** What a read-side use case works with. */
export interface LeesDeps {
  readonly store: LeesStore;
  readonly normen: NormenInGebruik;
  readonly now: () => Date;
  /** Computed figures kept in this process (optional: a one-off command may go without). */
  readonly berekeningen?: BerekeningCache | undefined;
}
