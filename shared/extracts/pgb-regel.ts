import { parseSector } from '../reference/sector.ts';
import { asCelParse, type CelLezer, checkDatumVolgorde, datumCel } from './cel-lezer.ts';
import { PGB_BESLUITEN, type PgbAanvraag, type PgbBesluit } from './extract-rows.ts';
import type { GelezenRegel } from './gelezen-regel.ts';
import { leesGemeenschappelijkeVelden, pseudoniemCel } from './gemeenschappelijke-velden.ts';

const sectorCel = asCelParse(parseSector, (r) => r.sector);

function besluitCel(text: string) {
  const value = text.toLowerCase() as PgbBesluit;
  return PGB_BESLUITEN.includes(value)
    ? { ok: true as const, value }
    : { ok: false as const, reden: 'onbekend besluit; toegestaan: toegekend, afgewezen, ingetrokken' };
}

/** One record of a pgb extract (contracts §1.2) as a typed row, or errors in `lezer`. */
export function leesPgbRegel(lezer: CelLezer): GelezenRegel<PgbAanvraag> {
  const { peildatum, regio, clientId } = leesGemeenschappelijkeVelden(lezer);
  const aanvraagId = lezer.verplicht('aanvraag_id', pseudoniemCel);
  const sector = lezer.optioneel('sector', sectorCel);
  const ontvangstdatum = lezer.verplicht('ontvangstdatum', datumCel);
  const besluitdatum = lezer.optioneel('besluitdatum', datumCel);
  const besluit = lezer.optioneel('besluit', besluitCel);
  checkDatumVolgorde(
    lezer,
    peildatum,
    { kolom: 'ontvangstdatum', datum: ontvangstdatum },
    { kolom: 'besluitdatum', datum: besluitdatum },
  );
  if (lezer.tekst('besluitdatum') !== '' && lezer.tekst('besluit') === '') {
    lezer.fout('besluit', '', 'besluit is verplicht wanneer besluitdatum is ingevuld');
  }
  if (lezer.tekst('besluitdatum') === '' && lezer.tekst('besluit') !== '') {
    lezer.fout('besluit', lezer.tekst('besluit'), 'besluit moet leeg zijn zolang besluitdatum leeg is');
  }

  if (!lezer.ok || !peildatum || !regio || !clientId || !aanvraagId || !ontvangstdatum) {
    return { ok: false, peildatum, regio };
  }
  return {
    ok: true,
    peildatum,
    regel: { regio, clientId, aanvraagId, sector, ontvangstdatum, besluitdatum, besluit },
  };
}
