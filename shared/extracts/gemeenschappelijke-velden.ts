import type { CalendarDate } from '../calendar/calendar-date.ts';
import { findRegio, type RegioCode } from '../reference/zorgkantoorregio.ts';
import { bsnReden } from './bsn-cellen.ts';
import { type CelLezer, datumCel, sleutelCel } from './cel-lezer.ts';

/** The fields every extract row carries (contracts §1). */
export interface GemeenschappelijkeVelden {
  readonly peildatum: CalendarDate | undefined;
  readonly regio: RegioCode | undefined;
  readonly clientId: string | undefined;
}

export const MAX_SLEUTEL_LENGTE = 64;

const regioCel = (text: string) => {
  const regio = findRegio(text);
  return regio
    ? { ok: true as const, value: regio.code }
    : {
        ok: false as const,
        reden: 'onbekende zorgkantoorregio; verwacht een code uit 5501–5533 (zie zorgplicht regios)',
      };
};

/**
 * A pseudonymous key (client_id, aanvraag_id, maz_id) that must never be or hold a BSN in any
 * form (bsn.ts): `111 222 333`, `'111222333`, `BSN: 111.222.333`, `11222333` without its
 * leading zero, `C-111222333`. A letter glued to the digits makes a key (`K123456782`).
 */
export function pseudoniemCel(text: string): { ok: true; value: string } | { ok: false; reden: string } {
  const bsn = bsnReden(text);
  if (bsn) return { ok: false, reden: bsn };
  return sleutelCel(MAX_SLEUTEL_LENGTE)(text);
}

export function leesGemeenschappelijkeVelden(lezer: CelLezer): GemeenschappelijkeVelden {
  return {
    peildatum: lezer.verplicht('peildatum', datumCel),
    regio: lezer.verplicht('zorgkantoorregio', regioCel),
    clientId: lezer.verplicht('client_id', pseudoniemCel),
  };
}
