import { type RegioCode, regioLabel } from '../../reference/zorgkantoorregio.ts';
import { AppError } from '../app-error.ts';
import { readGegevensOmvang } from '../lezen/gegevens-omvang.ts';
import type { LeesStore } from '../lezen/lees-deps.ts';

/** A sein can only be set for a region that has data: a typo in a code is not a new region. */
export async function requireRegioMetGegevens(
  store: Pick<LeesStore, 'extractLog'>,
  regio: RegioCode,
): Promise<void> {
  const omvang = await readGegevensOmvang(store);
  if (!omvang.maanden.has(regio)) {
    throw new AppError(
      'NIET_GEVONDEN',
      `Regio ${regioLabel(regio)} heeft nog geen gegevens; lees eerst extracten in voor deze regio.`,
    );
  }
}
