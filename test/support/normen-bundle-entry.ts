import { resolveNormen } from '../../shared/app/normen/resolve-normen.ts';

/** A stand-in Lambda handler that needs the default norms: bundled by a test and run from elsewhere. */
export async function handler(): Promise<{ hash: string; streefnormen: number }> {
  const normen = await resolveNormen({}, undefined);
  return { hash: normen.hash, streefnormen: normen.normen.streefnormen.length };
}
