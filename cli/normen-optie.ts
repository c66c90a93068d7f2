import { loadNormenFile } from '../shared/app/normen/load-normen-file.ts';
import type { VastgezetteNormen } from '../shared/app/normen/resolve-normen.ts';

let optiePad: string | undefined;

/**
 * The global `--normen FILE`, as the middleware of `main` saw it: checked at once, so that an
 * invalid file is refused before anything runs (it throws a NormenFout).
 */
export async function setNormenOptie(pad: string | undefined): Promise<void> {
  optiePad = pad;
  if (pad) await loadNormenFile(pad);
}

/** The norms file the operator pinned for this run: `--normen FILE`, else `ZORGPLICHT_NORMEN`. */
export function vastgezetteNormen(env: NodeJS.ProcessEnv = process.env): VastgezetteNormen | undefined {
  if (optiePad) return { pad: optiePad, via: 'optie' };
  const envPad = env.ZORGPLICHT_NORMEN?.trim();
  return envPad ? { pad: envPad, via: 'omgeving' } : undefined;
}
