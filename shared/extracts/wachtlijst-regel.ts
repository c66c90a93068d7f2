import { parseBooleanValue } from '../reference/boolean-value.ts';
import { parseClassificatie } from '../reference/classificatie.ts';
import { parseSector } from '../reference/sector.ts';
import { parseWachtstatus } from '../reference/wachtstatus.ts';
import { asCelParse, type CelLezer, checkDatumVolgorde, datumCel, sleutelCel } from './cel-lezer.ts';
import type { WachtlijstRegel } from './extract-rows.ts';
import { leesGemeenschappelijkeVelden } from './gemeenschappelijke-velden.ts';
import type { GelezenRegel } from './gelezen-regel.ts';

const sectorCel = asCelParse(parseSector, (r) => r.sector);
const wachtstatusCel = asCelParse(parseWachtstatus, (r) => r.wachtstatus);
const booleanCel = asCelParse(parseBooleanValue, (r) => r.value);

function agbCel(text: string) {
  return /^\d{1,8}$/.test(text)
    ? { ok: true as const, value: text.padStart(8, '0') }
    : { ok: false as const, reden: 'geen AGB-code (8 cijfers)' };
}

/** One record of a wachtlijst extract (contracts §1.1) as a typed row, or errors in `lezer`. */
export function leesWachtlijstRegel(lezer: CelLezer): GelezenRegel<WachtlijstRegel> {
  const { peildatum, regio, clientId } = leesGemeenschappelijkeVelden(lezer);
  const sector = lezer.verplicht('sector', sectorCel);
  const zorgprofiel = lezer.optioneel('zorgprofiel', sleutelCel(20));
  const wachtstatus = lezer.verplicht('wachtstatus', wachtstatusCel);
  const classificatieTekst = lezer.tekst('classificatie');
  let classificatie: string | undefined;
  if (classificatieTekst === '') {
    lezer.fout('classificatie', '', 'verplicht veld is leeg');
  } else if (wachtstatus) {
    // The code list in force on the peildatum decides which classificaties exist.
    const result = parseClassificatie(classificatieTekst, wachtstatus, peildatum);
    if (result.ok) classificatie = result.classificatie;
    else lezer.fout('classificatie', classificatieTekst, result.reden);
  }
  const ingangsdatumStatus = lezer.verplicht('ingangsdatum_status', datumCel);
  const zorgTijdensWachten = lezer.verplicht('zorg_tijdens_wachten', booleanCel);
  const overbruggingSinds = lezer.optioneel('overbrugging_sinds', datumCel);
  const voorkeursaanbieder = lezer.optioneel('voorkeursaanbieder', agbCel);
  checkDatumVolgorde(lezer, peildatum, { kolom: 'ingangsdatum_status', datum: ingangsdatumStatus });
  checkDatumVolgorde(lezer, peildatum, { kolom: 'overbrugging_sinds', datum: overbruggingSinds });

  if (
    !lezer.ok ||
    !peildatum ||
    !regio ||
    !clientId ||
    !sector ||
    !wachtstatus ||
    !classificatie ||
    !ingangsdatumStatus ||
    zorgTijdensWachten === undefined
  ) {
    return { ok: false, peildatum, regio };
  }
  return {
    ok: true,
    peildatum,
    regel: {
      regio,
      clientId,
      sector,
      zorgprofiel: zorgprofiel?.toUpperCase(),
      wachtstatus,
      classificatie,
      ingangsdatumStatus,
      zorgTijdensWachten,
      overbruggingSinds,
      voorkeursaanbieder,
    },
  };
}
