import type { CalendarDate } from '../calendar/calendar-date.ts';
import { looksLikeBsn } from '../reference/bsn.ts';
import { findRegio, type RegioCode } from '../reference/zorgkantoorregio.ts';
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

/** A pseudonymous key that must never be a BSN (9 digits passing the elfproef). */
export function pseudoniemCel(text: string): { ok: true; value: string } | { ok: false; reden: string } {
  if (looksLikeBsn(text)) {
    return {
      ok: false,
      reden: 'lijkt een BSN (9 cijfers die de elfproef doorstaan); de monitor slaat nooit een BSN op',
    };
  }
  return sleutelCel(MAX_SLEUTEL_LENGTE)(text);
}

export function leesGemeenschappelijkeVelden(lezer: CelLezer): GemeenschappelijkeVelden {
  return {
    peildatum: lezer.verplicht('peildatum', datumCel),
    regio: lezer.verplicht('zorgkantoorregio', regioCel),
    clientId: lezer.verplicht('client_id', pseudoniemCel),
  };
}
