import { type OmgevingsContext, toAppError } from '../app/environment-error.ts';

/**
 * Why an ingest broke off, as a Dutch sentence for the report and the log entry, whether it is a
 * fault of the machine (the CLI then exits 3), and the technical detail for the log only.
 */
export interface Onderbreking {
  readonly reden: string;
  readonly omgevingsfout: boolean;
  readonly detail: string;
}

/**
 * `wat` says which step failed ("Het extract kon niet worden opgeslagen"); the reason then says
 * why and what to do, in the words of `toAppError` ("De schijf is vol: … Maak ruimte vrij …").
 */
export function describeOnderbreking(
  wat: string,
  error: unknown,
  omgeving: OmgevingsContext = {},
): Onderbreking {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const fout = toAppError(error, omgeving);
  return fout
    ? { reden: `${wat}. ${zin(fout.message)}`, omgevingsfout: fout.code === 'OMGEVINGSFOUT', detail }
    : { reden: `${wat}: onverwachte fout (details in het logboek).`, omgevingsfout: false, detail };
}

/** A message as a sentence: ending with a full stop. */
function zin(tekst: string): string {
  return /[.!?]$/.test(tekst) ? tekst : `${tekst}.`;
}
