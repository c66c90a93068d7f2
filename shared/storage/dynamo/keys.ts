import type { CalendarDate } from '../../calendar/calendar-date.ts';
import type { ExtractSoort } from '../../extracts/extract-rows.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';

/**
 * Key builders of the single-table design (docs/data-model.md). Every key starts with the
 * entity type; dates are ISO and page numbers zero-padded so that lexical order is time order.
 */
export const extractLogKey = (hash: string) => ({ pk: `EXTRACT#${hash}`, sk: 'LOG' });

export const EXTRACT_LOG_INDEX_PK = 'EXTRACTLOG';
export const extractLogIndexSk = (ontvangenOp: string, hash: string) => `${ontvangenOp}#${hash}`;

export const zichtbaarPk = (soort: ExtractSoort) => `ZICHTBAAR#${soort}`;
export const zichtbaarKey = (soort: ExtractSoort, versie: string) => ({ pk: zichtbaarPk(soort), sk: versie });

/** The data version: raised after every change a reader could see (see DynamoDataVersie). */
export const dataVersieKey = { pk: 'DATAVERSIE', sk: 'DATAVERSIE' } as const;

/** Stored norms versions, numbered; zero-padded so that the newest sorts last. */
export const NORMEN_PK = 'NORMEN';
export const normenVersieSk = (versie: number) => `VERSIE#${String(versie).padStart(6, '0')}`;

/** The counter that orders commits of a kind (UpdateItem ADD). */
export const volgnummerKey = (soort: ExtractSoort) => ({ pk: `VOLGNUMMER#${soort}`, sk: 'VOLGNUMMER' });

export const rijenPk = (soort: ExtractSoort, regio: RegioCode) => `RIJEN#${soort}#${regio}`;
export const rijenSkPrefix = (peildatum: CalendarDate, versie: string) => `${peildatum}#${versie}#`;
export const rijenKey = (
  soort: ExtractSoort,
  regio: RegioCode,
  peildatum: CalendarDate,
  versie: string,
  pagina: number,
) => ({
  pk: rijenPk(soort, regio),
  sk: `${rijenSkPrefix(peildatum, versie)}${String(pagina).padStart(5, '0')}`,
});

/** The extract version inside a rows sort key `<peildatum>#<versie>#<pagina>`. */
export function versieFromRijenSk(sk: string): string {
  return sk.split('#')[1] ?? '';
}

export const seinPk = (regio: RegioCode) => `SEIN#${regio}`;
export const aanpassingSkPrefix = (maand?: string) => (maand ? `AANPASSING#${maand}#` : 'AANPASSING#');
export const aanpassingSk = (maand: string, sein: string, tijdstip: string) =>
  `AANPASSING#${maand}#${sein}#${tijdstip}`;
export const oordeelSkPrefix = (jaar?: number) => (jaar === undefined ? 'OORDEEL#' : `OORDEEL#${jaar}#`);
export const oordeelSk = (jaar: number, sein: string, tijdstip: string) =>
  `OORDEEL#${jaar}#${sein}#${tijdstip}`;

/** Alert subscriptions: one partition, sorted by region and address. */
export const ABONNEMENTEN_PK = 'ABONNEMENTEN';
export const abonnementSkPrefix = (regio?: RegioCode) => (regio ? `ABONNEMENT#${regio}#` : 'ABONNEMENT#');
export const abonnementKey = (regio: RegioCode, adres: string) => ({
  pk: ABONNEMENTEN_PK,
  sk: `${abonnementSkPrefix(regio)}${adres}`,
});

/** The sent markers of one alert cycle (`<cyclus>` is its Monday), one per region and address. */
export const verzendingPk = (cyclus: CalendarDate) => `VERZENDING#${cyclus}`;
export const verzendingKey = (cyclus: CalendarDate, regio: RegioCode, adres: string) => ({
  pk: verzendingPk(cyclus),
  sk: `${regio}#${adres}`,
});
/** GSI1 of a `verzonden` marker only (sparse): a subscriber's sent mails, sort key the cycle. */
export const verzondenIndexPk = (regio: RegioCode, adres: string) => `VERZONDEN#${regio}#${adres}`;

/** Addresses that get no alert mail until beheer lifts the block. */
export const blokkadeKey = (adres: string) => ({ pk: 'GEBLOKKEERD', sk: adres });

/** Settings beheer manages. */
export const maildomeinenKey = () => ({ pk: 'INSTELLINGEN', sk: 'MAILDOMEINEN' });

/** The access log: a partition per month (`YYYY-MM` of the UTC timestamp), sorted by time. */
export const toegangPk = (maand: string) => `TOEGANG#${maand}`;
export const toegangSk = (tijdstip: string, id: string) => `${tijdstip}#${id}`;
/** GSI1: the access log of a region; GSI2: of a user. Sort key as the table's. */
export const toegangRegioIndexPk = (regio: RegioCode) => `TOEGANG#REGIO#${regio}`;
export const toegangGebruikerIndexPk = (gebruiker: string) => `TOEGANG#GEBRUIKER#${gebruiker}`;
