import { type RegioCode, regioLabel } from '../reference/zorgkantoorregio.ts';
import { AppError } from './app-error.ts';
import type { Gebruiker, Rol } from './gebruiker.ts';

/**
 * The role table of contracts §6 as rules every use case applies: a zorgkantoor user sees only
 * its own regions, toezicht sees every region but never a client, beheer sees and does all.
 */
export function magRegioZien(gebruiker: Gebruiker, regio: RegioCode): boolean {
  return gebruiker.rol !== 'zorgkantoor' || gebruiker.regios.includes(regio);
}

export function requireRegio(gebruiker: Gebruiker, regio: RegioCode): void {
  if (!magRegioZien(gebruiker, regio)) {
    throw new AppError(
      'NIET_TOEGESTAAN',
      `U heeft geen toegang tot regio ${regioLabel(regio)}: een zorgkantoor ziet alleen de eigen regio's.`,
    );
  }
}

/** Client-level data (the 75%-lijst, error values of an extract): never for toezicht. */
export function magClientniveauZien(gebruiker: Gebruiker): boolean {
  return gebruiker.rol !== 'toezicht';
}

export function requireClientniveau(gebruiker: Gebruiker): void {
  if (!magClientniveauZien(gebruiker)) {
    throw new AppError(
      'NIET_TOEGESTAAN',
      'Toezicht ziet geen gegevens op cliëntniveau; deze lijst is voor zorgkantoor en beheer.',
    );
  }
}

export function requireRol(gebruiker: Gebruiker, rol: Rol, wat: string): void {
  if (gebruiker.rol !== rol) {
    throw new AppError('NIET_TOEGESTAAN', `Alleen ${rol} mag ${wat}.`);
  }
}

/** Of the given regions, those the user may see, in order. */
export function zichtbareRegios(gebruiker: Gebruiker, regios: readonly RegioCode[]): RegioCode[] {
  return regios.filter((regio) => magRegioZien(gebruiker, regio));
}
