import { userInfo } from 'node:os';

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
