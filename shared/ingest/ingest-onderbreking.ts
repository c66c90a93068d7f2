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

export function describeOnderbreking(
  wat: string,
  error: unknown,
  omgeving: OmgevingsContext = {},
): Onderbreking {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const fout = toAppError(error, omgeving);
  return fout
    ? { reden: `${wat}: ${fout.message}`, omgevingsfout: fout.code === 'OMGEVINGSFOUT', detail }
    : { reden: `${wat}: onverwachte fout (details in het logboek)`, omgevingsfout: false, detail };
}
