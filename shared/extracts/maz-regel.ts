import { parseBooleanValue } from '../reference/boolean-value.ts';
import { parseLeveringsvorm } from '../reference/leveringsvorm.ts';
import { asCelParse, type CelLezer, checkDatumVolgorde, datumCel } from './cel-lezer.ts';
import type { MazMelding } from './extract-rows.ts';
import type { GelezenRegel } from './gelezen-regel.ts';
import { leesGemeenschappelijkeVelden, pseudoniemCel } from './gemeenschappelijke-velden.ts';

const leveringsvormCel = asCelParse(parseLeveringsvorm, (r) => r.leveringsvorm);
const booleanCel = asCelParse(parseBooleanValue, (r) => r.value);

/** One record of a MAZ extract (contracts §1.3) as a typed row, or errors in `lezer`. */
export function leesMazRegel(lezer: CelLezer): GelezenRegel<MazMelding> {
  const { peildatum, regio, clientId } = leesGemeenschappelijkeVelden(lezer);
  const mazId = lezer.verplicht('maz_id', pseudoniemCel);
  const leveringsvorm = lezer.verplicht('leveringsvorm', leveringsvormCel);
  const aanvangsdatumZorg = lezer.verplicht('aanvangsdatum_zorg', datumCel);
  const verwerkingsdatumCak = lezer.optioneel('verwerkingsdatum_cak', datumCel);
  const uitval = lezer.optioneel('uitval', booleanCel);
  checkDatumVolgorde(
    lezer,
    peildatum,
    { kolom: 'aanvangsdatum_zorg', datum: aanvangsdatumZorg },
    { kolom: 'verwerkingsdatum_cak', datum: verwerkingsdatumCak },
  );

  if (!lezer.ok || !peildatum || !regio || !clientId || !mazId || !leveringsvorm || !aanvangsdatumZorg) {
    return { ok: false, peildatum, regio };
  }
  return {
    ok: true,
    peildatum,
    regel: { regio, clientId, mazId, leveringsvorm, aanvangsdatumZorg, verwerkingsdatumCak, uitval },
  };
}
