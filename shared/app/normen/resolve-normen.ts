import { normenHash } from '../../norms/normen-hash.ts';
import { STANDAARD_NORMEN } from '../../norms/standaard-normen.ts';
import type { NormenVersieStore } from '../../storage/normen-versie-store.ts';
import { loadNormenFile } from './load-normen-file.ts';
import type { NormenInGebruik } from './normen-in-gebruik.ts';

/** A norms file the operator pinned for this process. */
export interface VastgezetteNormen {
  readonly pad: string;
  readonly via: 'optie' | 'omgeving';
}

/**
 * Which norms apply, the same rule for every front end (CLI, API, alerts): a file the operator
 * pinned (`--normen FILE`, else `ZORGPLICHT_NORMEN`), else the newest version stored in the
 * product, else the shipped default. An invalid pinned file is refused (NormenFout); nothing falls
 * back silently to other norms.
 */
export async function resolveNormen(
  deps: { readonly normenVersies?: Pick<NormenVersieStore, 'getNieuwsteNormenVersie'> },
  vastgezet: VastgezetteNormen | undefined,
): Promise<NormenInGebruik> {
  if (vastgezet) {
    const normen = await loadNormenFile(vastgezet.pad);
    return { normen, bron: { soort: 'bestand', ...vastgezet }, hash: normenHash(normen) };
  }
  const opgeslagen = await deps.normenVersies?.getNieuwsteNormenVersie();
  if (opgeslagen) {
    return {
      normen: opgeslagen.normen,
      bron: { soort: 'opgeslagen', versie: opgeslagen.versie, door: opgeslagen.door, op: opgeslagen.op },
      hash: opgeslagen.hash,
    };
  }
  return { normen: STANDAARD_NORMEN, bron: { soort: 'standaard' }, hash: normenHash(STANDAARD_NORMEN) };
}
