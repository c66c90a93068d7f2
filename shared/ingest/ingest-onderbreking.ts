/**
 * Why an ingest broke off, as a Dutch sentence for the report and the log entry, whether it is a
 * fault of the machine (the CLI then exits 3), and the technical detail for the log only.
 */
export interface Onderbreking {
  readonly reden: string;
  readonly omgevingsfout: boolean;
  readonly detail: string;
}

const OMGEVING: Readonly<Record<string, string>> = {
  ENOSPC: 'de schijf is vol; maak ruimte vrij en lees het bestand opnieuw in',
  EDQUOT: 'het schijfquotum is op; maak ruimte vrij en lees het bestand opnieuw in',
  EACCES: 'geen toestemming om te schrijven; controleer de rechten op de gegevensmap',
  EPERM: 'geen toestemming om te schrijven; controleer de rechten op de gegevensmap',
  EROFS: 'de gegevensmap staat op een alleen-lezen schijf',
  ENOTDIR: 'een deel van het pad naar de gegevensmap is geen map',
  EIO: 'de schijf gaf een lees- of schrijffout',
  ECONNREFUSED: 'de opslag is niet bereikbaar; voer de opdracht opnieuw uit',
  ECONNRESET: 'de verbinding met de opslag werd verbroken; voer de opdracht opnieuw uit',
};

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('code' in error && typeof error.code === 'string') return error.code;
  if ('cause' in error) return errorCode(error.cause);
  return undefined;
}

export function describeOnderbreking(wat: string, error: unknown): Onderbreking {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const code = errorCode(error);
  const oorzaak = code ? OMGEVING[code] : undefined;
  return oorzaak
    ? { reden: `${wat}: ${oorzaak}`, omgevingsfout: true, detail }
    : { reden: `${wat}: onverwachte fout (details in het logboek)`, omgevingsfout: false, detail };
}
