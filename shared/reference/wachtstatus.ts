/**
 * Wachtstatus: iWlz Leveringsstatus (COD167). The monitor knows the four waiting statuses
 * introduced on 1 January 2021; codes 1 (actief wachtend, pre-2021), 4 (in zorg) and
 * 5 (einde zorgvraag) exist in iWlz but are not a waiting status in a wachtlijst extract.
 */
export const WACHTSTATUSSEN = [
  'urgent_plaatsen',
  'actief_plaatsen',
  'wacht_op_voorkeur',
  'wacht_uit_voorzorg',
] as const;
export type Wachtstatus = (typeof WACHTSTATUSSEN)[number];

/** Statuses that have a streefnorm and count for the sein "Tijdige zorg". */
export const GENORMEERDE_WACHTSTATUSSEN = ['urgent_plaatsen', 'actief_plaatsen'] as const;
export type GenormeerdeWachtstatus = (typeof GENORMEERDE_WACHTSTATUSSEN)[number];

export interface WachtstatusDefinitie {
  readonly code: string;
  readonly naam: Wachtstatus;
  readonly omschrijving: string;
}

export const WACHTSTATUS_DEFINITIES: readonly WachtstatusDefinitie[] = [
  { code: '6', naam: 'urgent_plaatsen', omschrijving: 'Urgent plaatsen' },
  { code: '7', naam: 'actief_plaatsen', omschrijving: 'Actief plaatsen' },
  { code: '2', naam: 'wacht_op_voorkeur', omschrijving: 'Wacht op voorkeur' },
  { code: '3', naam: 'wacht_uit_voorzorg', omschrijving: 'Wacht uit voorzorg' },
];

/** COD167 codes that exist but are not a waiting status in this monitor. */
const GEEN_WACHTSTATUS: ReadonlyArray<{ code: string; naam: string; omschrijving: string }> = [
  { code: '1', naam: 'actief_wachtend', omschrijving: 'Actief wachtend (vóór 2021)' },
  { code: '4', naam: 'in_zorg', omschrijving: 'In zorg' },
  { code: '5', naam: 'einde_zorgvraag', omschrijving: 'Einde zorgvraag' },
];

function normaliseName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export type WachtstatusParseResult = { ok: true; wachtstatus: Wachtstatus } | { ok: false; reden: string };

/** Accepts the COD167 code (`6`, `7`, `2`, `3`) or the name (`urgent_plaatsen`, `Urgent plaatsen`, …). */
export function parseWachtstatus(text: string): WachtstatusParseResult {
  const value = text.trim();
  const name = normaliseName(value);
  const found = WACHTSTATUS_DEFINITIES.find((d) => d.code === value || d.naam === name);
  if (found) return { ok: true, wachtstatus: found.naam };
  const notWaiting = GEEN_WACHTSTATUS.find((d) => d.code === value || d.naam === name);
  if (notWaiting) {
    return {
      ok: false,
      reden: `code ${notWaiting.code} (${notWaiting.omschrijving}) is geen wachtstatus in deze monitor; toegestaan: 6, 7, 2, 3`,
    };
  }
  return {
    ok: false,
    reden:
      'onbekende wachtstatus; toegestaan: 6 urgent_plaatsen, 7 actief_plaatsen, 2 wacht_op_voorkeur, 3 wacht_uit_voorzorg',
  };
}

export function isGenormeerd(status: Wachtstatus): status is GenormeerdeWachtstatus {
  return status === 'urgent_plaatsen' || status === 'actief_plaatsen';
}

export function wachtstatusOmschrijving(status: Wachtstatus): string {
  return WACHTSTATUS_DEFINITIES.find((d) => d.naam === status)?.omschrijving ?? status;
}
