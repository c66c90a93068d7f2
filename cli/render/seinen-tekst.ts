import type { CalendarMonth } from '../../shared/calendar/calendar-date.ts';
import type { RegioSeinen } from '../../shared/app/lezen/seinen-overzicht.ts';
import { SEIN_INDICATOREN } from '../../shared/norms/normen.ts';
import { regioLabel } from '../../shared/reference/zorgkantoorregio.ts';
import { formatAantal } from '../../shared/text/aantal.ts';
import { formatMaand, formatPercentage } from '../../shared/text/dutch-format.ts';
import type { AangepastSein } from '../../shared/seinen/pas-aanpassingen-toe.ts';
import type { Sein } from '../../shared/indicators/indicatoren-json.ts';
import { HANDMATIG_TEKEN, SEIN_NAAM, seinLabel } from '../../shared/text/sein-label.ts';
import { renderTextTable } from '../../shared/text/text-table.ts';

function cel(sein: Sein | AangepastSein): string {
  const handmatig = 'aanpassing' in sein ? ` ${HANDMATIG_TEKEN}` : '';
  return `${formatPercentage(sein.waarde)} ${seinLabel(sein.kleur)}${handmatig}`;
}

/** The seinen of every region for one month as one table. */
export function renderSeinenTekst(maand: CalendarMonth, overzicht: readonly RegioSeinen[]): string {
  const drempels = overzicht[0]?.seinen;
  const kop = SEIN_INDICATOREN.map((id) => ({
    kop: drempels ? `${SEIN_NAAM[id]} (≥ ${drempels[id].drempel}%)` : SEIN_NAAM[id],
  }));
  const tabel = renderTextTable(
    [{ kop: 'Zorgkantoorregio' }, ...kop],
    overzicht.map((r) => [regioLabel(r.regio), ...SEIN_INDICATOREN.map((id) => cel(r.seinen[id]))]),
  );
  const oranje = overzicht.reduce(
    (n, r) => n + SEIN_INDICATOREN.filter((id) => r.seinen[id].kleur === 'oranje').length,
    0,
  );
  return [
    `Seinen per zorgkantoorregio — ${formatMaand(maand)}`,
    '',
    tabel,
    '',
    `${formatAantal(overzicht.length, 'regio')}, ${formatAantal(oranje, 'sein')} op oranje. ✔ groen = drempel gehaald, ▲ oranje = onder de drempel, ? onbekend = geen gegevens, ${HANDMATIG_TEKEN} = kleur handmatig aangepast (zie zorgplicht aanpassingen).`,
  ].join('\n');
}
