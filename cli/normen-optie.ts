import { type GeladenNormen, resolveNormen } from '../shared/norms/load-normen.ts';

let geladen: { pad: string | undefined; normen: Promise<GeladenNormen> } | undefined;

/**
 * The norms for this command run (`--normen`, else ZORGPLICHT_NORMEN, else the default),
 * loaded once: the global check of `--normen` and the command share the result.
 */
export function normenVoor(pad: string | undefined): Promise<GeladenNormen> {
  if (!geladen || geladen.pad !== pad) geladen = { pad, normen: resolveNormen(pad) };
  return geladen.normen;
}
