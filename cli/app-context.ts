import { userInfo } from 'node:os';
import { type Gebruiker, operator } from '../shared/app/gebruiker.ts';
import { BerekeningCache } from '../shared/app/lezen/berekening-cache.ts';
import type { LeesDeps } from '../shared/app/lezen/lees-deps.ts';
import type { NormenInGebruik } from '../shared/app/normen/normen-in-gebruik.ts';
import { resolveNormen } from '../shared/app/normen/resolve-normen.ts';
import { vastgezetteNormen } from './normen-optie.ts';
import { type GeopendeOpslag, openStore } from './open-store.ts';

/** Who makes a manual change on the command line: `--door`, else ZORGPLICHT_GEBRUIKER, else the login name. */
export function auteurVan(door: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const naam = door?.trim() || env.ZORGPLICHT_GEBRUIKER?.trim();
  if (naam) return naam;
  try {
    return userInfo().username;
  } catch {
    return 'onbekend';
  }
}

/** What a command works with: the store, the norms in force, and the operator as the acting user. */
export interface CliApp {
  readonly opslag: GeopendeOpslag;
  readonly normen: NormenInGebruik;
  readonly gebruiker: Gebruiker;
  /** The dependencies of the read-side use cases. */
  readonly lees: LeesDeps;
}

/** Opens the store, resolves the norms (a pinned file, else the newest stored version, else the default). */
export async function withApp<T>(
  opties: { door?: string | undefined },
  werk: (app: CliApp) => Promise<T>,
): Promise<T> {
  const opslag = await openStore();
  try {
    const normen = await resolveNormen({ normenVersies: opslag.store.normenVersies }, vastgezetteNormen());
    const app: CliApp = {
      opslag,
      normen,
      gebruiker: operator(auteurVan(opties.door)),
      lees: { store: opslag.store, normen, now: opslag.now, berekeningen: new BerekeningCache() },
    };
    return await werk(app);
  } finally {
    await opslag.sluit();
  }
}
