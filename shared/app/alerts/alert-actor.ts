import { AppError } from '../app-error.ts';

export type Rol = 'zorgkantoor' | 'toezicht' | 'beheer';

/**
 * Who asks for a change to the alert mail: the operator of this machine (the command line), or
 * a signed-in user of the API and dashboard with a role (contracts §6). When the application
 * layer gets its own acting user, this type maps onto it.
 */
export type Actor =
  | { readonly soort: 'operator'; readonly naam: string }
  | { readonly soort: 'gebruiker'; readonly naam: string; readonly rol: Rol };

/** Subscriptions and their state are for beheer (contracts §6); the operator may do anything. */
export function vereisBeheer(actor: Actor, wat: string): void {
  if (actor.soort === 'gebruiker' && actor.rol !== 'beheer') {
    throw new AppError('NIET_TOEGESTAAN', `Alleen beheer mag ${wat}.`);
  }
}
