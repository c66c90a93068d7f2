import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { Wachtstatus } from './wachtstatus.ts';

/**
 * Leveringsstatusclassificatie (iWlz COD168) as dated reference data.
 *
 * Each release is a complete code list with the wachtstatussen each code may go with
 * (iWlz validation rule CS131). The release in force on a date is the one with the
 * latest `geldigVanaf` on or before that date; a newer iWlz release that adds or
 * splits codes is added as a new entry in `CLASSIFICATIE_RELEASES` without touching
 * the older ones, so old extracts keep validating against the list of their time.
 */
export interface ClassificatieDefinitie {
  readonly code: string;
  readonly omschrijving: string;
  readonly wachtstatussen: readonly Wachtstatus[];
}

export interface ClassificatieRelease {
  readonly release: string;
  readonly geldigVanaf: CalendarDate;
  readonly classificaties: readonly ClassificatieDefinitie[];
}

const URGENT: readonly Wachtstatus[] = ['urgent_plaatsen'];
const ACTIEF: readonly Wachtstatus[] = ['actief_plaatsen'];
const VOORKEUR_EN_VOORZORG: readonly Wachtstatus[] = ['wacht_op_voorkeur', 'wacht_uit_voorzorg'];
const ALLEEN_VOORKEUR: readonly Wachtstatus[] = ['wacht_op_voorkeur'];

export const CLASSIFICATIE_RELEASES: readonly ClassificatieRelease[] = [
  {
    release: 'iWlz 2.2',
    geldigVanaf: '2021-01-01' as CalendarDate,
    classificaties: [
      { code: '01', omschrijving: 'Geen passend crisisbed beschikbaar', wachtstatussen: URGENT },
      { code: '02', omschrijving: 'Doorstroom crisisbed', wachtstatussen: URGENT },
      { code: '03', omschrijving: 'Doorstroom ziekenhuis (ZH)', wachtstatussen: URGENT },
      { code: '04', omschrijving: 'Doorstroom eerstelijnsverblijf (ELV)', wachtstatussen: URGENT },
      { code: '05', omschrijving: 'Doorstroom geriatrische revalidatiezorg (GRZ)', wachtstatussen: URGENT },
      { code: '06', omschrijving: 'Palliatief terminale zorg (PTZ)', wachtstatussen: URGENT },
      { code: '07', omschrijving: 'Art. 28a (Wzd)', wachtstatussen: URGENT },
      { code: '08', omschrijving: 'Rechterlijke machtiging (RM)', wachtstatussen: URGENT },
      { code: '09', omschrijving: 'Dreigende crisis (thuis)', wachtstatussen: ACTIEF },
      { code: '10', omschrijving: 'Niet passende zorg', wachtstatussen: ACTIEF },
      { code: '11', omschrijving: '(Tijdelijk) andere aanbieder bespreekbaar', wachtstatussen: ACTIEF },
      { code: '12', omschrijving: 'Voorkeuraanbieder leidend', wachtstatussen: ACTIEF },
      { code: '13', omschrijving: 'Specifieke locatie/woonwens', wachtstatussen: VOORKEUR_EN_VOORZORG },
      {
        code: '14',
        omschrijving: 'Specifieke locatie/gespecialiseerde zorg',
        wachtstatussen: VOORKEUR_EN_VOORZORG,
      },
      { code: '15', omschrijving: 'Partneropname', wachtstatussen: VOORKEUR_EN_VOORZORG },
      { code: '16', omschrijving: 'Logeren', wachtstatussen: ALLEEN_VOORKEUR },
      { code: '17', omschrijving: 'Specifieke geografische redenen', wachtstatussen: VOORKEUR_EN_VOORZORG },
      {
        code: '18',
        omschrijving: 'Doorstroom naar geclusterd wonen VPT',
        wachtstatussen: VOORKEUR_EN_VOORZORG,
      },
      { code: '19', omschrijving: 'Geen aanvullende wens(en)', wachtstatussen: VOORKEUR_EN_VOORZORG },
    ],
  },
];

/** The release in force on `date`; before the first release, the first one; without a date, the latest. */
export function classificatieReleaseOn(
  date: CalendarDate | undefined,
  releases: readonly ClassificatieRelease[] = CLASSIFICATIE_RELEASES,
): ClassificatieRelease {
  const sorted = [...releases].sort((a, b) => a.geldigVanaf.localeCompare(b.geldigVanaf));
  let current = sorted[0];
  if (!current) throw new Error('Geen classificatielijst ingesteld');
  for (const release of sorted) {
    if (date === undefined || release.geldigVanaf <= date) current = release;
  }
  return current;
}

export type ClassificatieParseResult = { ok: true; classificatie: string } | { ok: false; reden: string };

/**
 * Checks a classificatie code against the wachtstatus, using the code list in force on
 * `date` (the peildatum; the latest list when it is unknown). Accepts `9` for `09`.
 */
export function parseClassificatie(
  text: string,
  wachtstatus: Wachtstatus,
  date: CalendarDate | undefined,
  releases: readonly ClassificatieRelease[] = CLASSIFICATIE_RELEASES,
): ClassificatieParseResult {
  const value = text.trim();
  if (!/^\d{1,2}$/.test(value)) {
    return { ok: false, reden: 'geen classificatiecode van twee cijfers (01–19)' };
  }
  const code = value.padStart(2, '0');
  const release = classificatieReleaseOn(date, releases);
  const definitie = release.classificaties.find((c) => c.code === code);
  if (!definitie) {
    return { ok: false, reden: `onbekende classificatie ${code} in de codelijst ${release.release}` };
  }
  if (!definitie.wachtstatussen.includes(wachtstatus)) {
    const allowed = release.classificaties
      .filter((c) => c.wachtstatussen.includes(wachtstatus))
      .map((c) => c.code);
    return {
      ok: false,
      reden: `classificatie ${code} (${definitie.omschrijving}) hoort niet bij wachtstatus ${wachtstatus}; toegestaan: ${describeCodes(allowed)}`,
    };
  }
  return { ok: true, classificatie: code };
}

/** "01–08" for a contiguous run, else "13, 14, 15, 17, 18, 19". */
function describeCodes(codes: readonly string[]): string {
  const numbers = codes.map(Number);
  const contiguous = numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
  if (contiguous && codes.length > 2) return `${codes[0]}–${codes[codes.length - 1]}`;
  return codes.join(', ');
}

export function classificatieOmschrijving(code: string, date: CalendarDate): string | undefined {
  return classificatieReleaseOn(date).classificaties.find((c) => c.code === code)?.omschrijving;
}
