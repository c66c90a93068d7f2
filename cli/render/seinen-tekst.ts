import type { SeinenOverzicht } from '../../shared/app/lezen/get-seinen-overzicht.ts';
import type { Sein } from '../../shared/indicators/indicatoren-json.ts';
import { SEIN_INDICATOREN } from '../../shared/norms/normen.ts';
import { regioLabel } from '../../shared/reference/zorgkantoorregio.ts';
import type { Oordeel } from '../../shared/seinen/oordelen-in-force.ts';
import type { AangepastSein } from '../../shared/seinen/pas-aanpassingen-toe.ts';
import { OORDEEL_SEINEN, type OordeelSein } from '../../shared/seinen/sein-aanpassing.ts';
import { formatAantal } from '../../shared/text/aantal.ts';
import { formatMaand, formatPercentage } from '../../shared/text/dutch-format.ts';
import { HANDMATIG_TEKEN, SEIN_NAAM, seinLabel } from '../../shared/text/sein-label.ts';
import { renderTextTable } from '../../shared/text/text-table.ts';

const OORDEEL_KOP: Readonly<Record<OordeelSein, string>> = {
  keuze_leveringsvormen: 'Keuze leveringsvormen',
  passende_zorg: 'Passende zorg',
  continuiteit_van_zorg: 'Continuïteit',
};

function cel(sein: Sein | AangepastSein): string {
  const handmatig = 'aanpassing' in sein ? ` ${HANDMATIG_TEKEN}` : '';
  return `${formatPercentage(sein.waarde)} ${seinLabel(sein.kleur)}${handmatig}`;
}

function oordeelCel(oordelen: readonly Oordeel[], sein: OordeelSein): string {
  const oordeel = oordelen.find((o) => o.sein === sein);
  return seinLabel(oordeel ? oordeel.kleur : 'onbekend');
}

/** The six seinen of every region for one month as one table, the national row last. */
export function renderSeinenTekst(overzicht: SeinenOverzicht): string {
  const eerste = overzicht.regios[0]?.seinen;
  const kop = [
    { kop: 'Zorgkantoorregio' },
    ...SEIN_INDICATOREN.map((id) => ({
      kop: eerste ? `${SEIN_NAAM[id]} (≥ ${eerste[id].drempel}%)` : SEIN_NAAM[id],
    })),
    ...OORDEEL_SEINEN.map((id) => ({ kop: OORDEEL_KOP[id] })),
  ];
  const rijen = overzicht.regios.map((r) => [
    regioLabel(r.regio),
    ...SEIN_INDICATOREN.map((id) => cel(r.seinen[id])),
    ...OORDEEL_SEINEN.map((id) => oordeelCel(r.oordelen, id)),
  ]);
  if (overzicht.landelijk && overzicht.regios.length > 1) {
    rijen.push([
      `Landelijk (${formatAantal(overzicht.landelijk.regios, 'regio')})`,
      ...SEIN_INDICATOREN.map((id) =>
        cel(overzicht.landelijk?.seinen[id] ?? { waarde: null, drempel: 0, kleur: 'onbekend' }),
      ),
      ...OORDEEL_SEINEN.map(() => ''),
    ]);
  }
  const oranje = overzicht.regios.reduce(
    (n, r) => n + SEIN_INDICATOREN.filter((id) => r.seinen[id].kleur === 'oranje').length,
    0,
  );
  return [
    `Seinen per zorgkantoorregio — ${formatMaand(overzicht.maand)}`,
    ...(overzicht.maandKeuze ? [`maand: ${overzicht.maandKeuze}`] : []),
    '',
    renderTextTable(kop, rijen),
    '',
    `${formatAantal(overzicht.regios.length, 'regio')}, ${formatAantal(oranje, 'sein')} op oranje. ✔ groen = drempel gehaald, ▲ oranje = onder de drempel, ? onbekend = geen gegevens of nog niet beoordeeld, ${HANDMATIG_TEKEN} = kleur handmatig aangepast (zie zorgplicht aanpassingen).`,
    `De drie rechter seinen worden beoordeeld, niet berekend (zorgplicht oordeel)${overzicht.landelijk && overzicht.regios.length > 1 ? "; landelijk: de aantallen van alle regio's samen" : ''}. Normen: ${overzicht.normen.bron}.`,
  ].join('\n');
}
