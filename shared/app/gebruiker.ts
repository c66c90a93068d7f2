import type { RegioCode } from '../reference/zorgkantoorregio.ts';

/** The three kinds of user (contracts §6). */
export const ROLLEN = ['zorgkantoor', 'toezicht', 'beheer'] as const;
export type Rol = (typeof ROLLEN)[number];

/** Who acts: every use case is asked on behalf of someone, and answers what that one may see. */
export interface Gebruiker {
  /** A stable id (the token's subject, or the operator's login on the command line). */
  readonly id: string;
  /** The name shown with what this user sets (overrides, judged seinen, norms versions). */
  readonly naam: string;
  readonly rol: Rol;
  /** The user's own regions; only a `zorgkantoor` user is limited to them. */
  readonly regios: readonly RegioCode[];
}

/**
 * The operator on the command line of a machine that holds the data: trusted as beheer (the
 * contract's role table applies to the API; the CLI is the operator's own tool).
 */
export function operator(naam: string): Gebruiker {
  return { id: `operator:${naam}`, naam, rol: 'beheer', regios: [] };
}
