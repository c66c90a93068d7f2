import type { SeinenStand } from '../../alerts/seinen-stand.ts';
import type { SignaalRegel } from '../../indicators/signaal-regel.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';

/** What an alert mail needs from the rest of the product, for one region. */
export interface AlertBronnen {
  /**
   * The region's six seinen for its newest month with data (computed, with overrides, and the
   * judged seinen of the year); null when the region has no data.
   */
  seinen(regio: RegioCode): Promise<SeinenStand | null>;
  /** The 75%-lijst of all three kinds on the newest data (contracts §4 signaallijst). */
  signaallijst(regio: RegioCode): Promise<SignaalRegel[]>;
}
