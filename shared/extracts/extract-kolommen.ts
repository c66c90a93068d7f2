import type { ExtractSoort } from './extract-rows.ts';

/** The columns of each extract kind (contracts §1), lower case as they are matched. */
export interface KolomSpec {
  readonly naam: string;
  readonly verplicht: boolean;
}

const kolom = (naam: string, verplicht: boolean): KolomSpec => ({ naam, verplicht });

const GEMEENSCHAPPELIJK: readonly KolomSpec[] = [
  kolom('peildatum', true),
  kolom('zorgkantoorregio', true),
  kolom('client_id', true),
];

export const KOLOMMEN: Readonly<Record<ExtractSoort, readonly KolomSpec[]>> = {
  wachtlijst: [
    ...GEMEENSCHAPPELIJK,
    kolom('sector', true),
    kolom('zorgprofiel', false),
    kolom('wachtstatus', true),
    kolom('classificatie', true),
    kolom('ingangsdatum_status', true),
    kolom('zorg_tijdens_wachten', true),
    kolom('overbrugging_sinds', false),
    kolom('voorkeursaanbieder', false),
  ],
  pgb: [
    ...GEMEENSCHAPPELIJK,
    kolom('aanvraag_id', true),
    kolom('sector', false),
    kolom('ontvangstdatum', true),
    kolom('besluitdatum', false),
    kolom('besluit', false),
  ],
  maz: [
    ...GEMEENSCHAPPELIJK,
    kolom('maz_id', true),
    kolom('leveringsvorm', true),
    kolom('aanvangsdatum_zorg', true),
    kolom('verwerkingsdatum_cak', false),
    kolom('uitval', false),
  ],
};

/** The column that marks each kind in a header. */
export const SOORT_HERKENNING: Readonly<Record<ExtractSoort, string>> = {
  wachtlijst: 'wachtstatus',
  pgb: 'aanvraag_id',
  maz: 'maz_id',
};

/** The column that identifies a row within a region (duplicates are row errors). */
export const SLEUTEL_KOLOM: Readonly<Record<ExtractSoort, string>> = {
  wachtlijst: 'client_id',
  pgb: 'aanvraag_id',
  maz: 'maz_id',
};

/** Column names are matched case-insensitively after trimming. */
export function normaliseKolomNaam(naam: string): string {
  return naam.trim().toLowerCase();
}
