import type { MaandCijfer } from '../../shared/indicators/indicatoren-json.ts';
import type { IndicatorenAntwoord } from '../../shared/app/lezen/get-indicatoren.ts';
import type { NormenGrondslag } from '../../shared/app/normen/normen-in-gebruik.ts';
import { OORDEEL_SEIN_NAAM, OORDEEL_SEINEN } from '../../shared/seinen/sein-aanpassing.ts';
import { LEVERINGSVORMEN, leveringsvormOmschrijving } from '../../shared/reference/leveringsvorm.ts';
import { SECTOREN } from '../../shared/reference/sector.ts';
import { WACHTSTATUSSEN, wachtstatusOmschrijving } from '../../shared/reference/wachtstatus.ts';
import { regioLabel } from '../../shared/reference/zorgkantoorregio.ts';
import {
  formatDatum,
  formatGetal,
  formatMaand,
  formatMaandKort,
  formatPercentage,
  formatTijdstip,
} from '../../shared/text/dutch-format.ts';
import { HANDMATIG_TEKEN, SEIN_NAAM, seinLabel } from '../../shared/text/sein-label.ts';
import { renderTextTable } from '../../shared/text/text-table.ts';
import { SEIN_INDICATOREN } from '../../shared/norms/normen.ts';

function maandReeksTabel(maanden: readonly MaandCijfer[]): string {
  return renderTextTable(
    [
      { kop: 'Deadline in' },
      { kop: 'Tijdig', rechts: true },
      { kop: 'Te laat', rechts: true },
      { kop: '% tijdig', rechts: true },
    ],
    maanden.map((m) => [
      formatMaandKort(m.maand),
      formatGetal(m.tijdig),
      formatGetal(m.teLaat),
      formatPercentage(m.percentageTijdig),
    ]),
  );
}

/** "93,8% (32)": the percentage tijdig and, in brackets, how many fell due that month. */
function percentageMetAantal(m: MaandCijfer | undefined): string {
  if (m === undefined) return formatPercentage(null);
  return `${formatPercentage(m.percentageTijdig)} (${formatGetal(m.tijdig + m.teLaat)})`;
}

/** The indicators of one region and month as readable Dutch tables, with the judged seinen of its year. */
export function renderIndicatorenTekst(json: IndicatorenAntwoord, normen: NormenGrondslag): string {
  const parts: string[] = [`Indicatoren ${regioLabel(json.regio)} — ${formatMaand(json.maand)}`, ''];

  parts.push('Seinen');
  parts.push(
    renderTextTable(
      [{ kop: 'Sein' }, { kop: 'Waarde', rechts: true }, { kop: 'Drempel', rechts: true }, { kop: 'Kleur' }],
      SEIN_INDICATOREN.map((id) => {
        const sein = json.seinen[id];
        const kleur =
          'aanpassing' in sein
            ? `${seinLabel(sein.kleur)} ${HANDMATIG_TEKEN} (berekend: ${seinLabel(sein.berekendeKleur)})`
            : seinLabel(sein.kleur);
        return [SEIN_NAAM[id], formatPercentage(sein.waarde), `${formatGetal(sein.drempel)}%`, kleur];
      }),
    ),
  );
  for (const id of SEIN_INDICATOREN) {
    const sein = json.seinen[id];
    if (!('aanpassing' in sein)) continue;
    const a = sein.aanpassing;
    parts.push(
      `${HANDMATIG_TEKEN} ${SEIN_NAAM[id]}: handmatig ${a.kleur} door ${a.door} op ${formatTijdstip(a.op)} — ${a.toelichting}`,
    );
  }
  const jaar = Number(json.maand.slice(0, 4));
  parts.push('', `Beoordeelde seinen ${jaar}`);
  parts.push(
    renderTextTable(
      [{ kop: 'Sein' }, { kop: 'Oordeel' }, { kop: 'Toelichting' }],
      OORDEEL_SEINEN.map((id) => {
        const o = json.oordelen.find((oordeel) => oordeel.sein === id);
        return [
          OORDEEL_SEIN_NAAM[id],
          seinLabel(o ? o.kleur : 'onbekend'),
          o ? `${o.toelichting} (${o.door})` : 'nog niet vastgelegd',
        ];
      }),
    ),
  );

  parts.push('');
  const w = json.wachtlijst;
  if (!w.peildatum) {
    parts.push(`Wachtlijst: geen peildatum in ${formatMaand(json.maand)}`);
  } else {
    parts.push(`Wachtlijst (peildatum ${formatDatum(w.peildatum)})`);
    const rijen: string[][] = [];
    for (const sector of SECTOREN) {
      for (const status of WACHTSTATUSSEN) {
        const t = w.perSector[sector][status];
        const genormeerd = 'buitenStreefnorm' in t;
        rijen.push([
          sector,
          wachtstatusOmschrijving(status),
          formatGetal(t.aantal),
          formatGetal(t.metZorg),
          formatGetal(t.zonderZorg),
          genormeerd ? formatGetal(t.buitenStreefnorm) : '',
          genormeerd ? formatGetal(t.buitenStreefnormZonderZorg) : '',
          genormeerd ? formatGetal(t.signaal75) : '',
        ]);
      }
    }
    parts.push(
      renderTextTable(
        [
          { kop: 'Sector' },
          { kop: 'Wachtstatus' },
          { kop: 'Aantal', rechts: true },
          { kop: 'Met zorg', rechts: true },
          { kop: 'Zonder zorg', rechts: true },
          { kop: 'Buiten streefnorm', rechts: true },
          { kop: 'waarvan zonder zorg', rechts: true },
          { kop: '75%-signaal', rechts: true },
        ],
        rijen,
      ),
    );
  }

  parts.push('');
  if (!json.pgb.peildatum) {
    parts.push('Pgb-besluiten: geen gegevens');
  } else {
    parts.push(
      `Pgb-besluiten (stand ${formatDatum(json.pgb.peildatum)}): ${formatGetal(json.pgb.open)} open, ` +
        `waarvan ${formatGetal(json.pgb.openSignaal75)} op of boven 75% van de norm; ${formatGetal(json.pgb.openTeLaat)} open en te laat`,
    );
    parts.push(maandReeksTabel(json.pgb.maanden));
  }

  parts.push('');
  if (!json.maz.peildatum) {
    parts.push('MAZ (eigen bijdrage): geen gegevens');
  } else {
    parts.push(`MAZ verwerkt door het CAK (stand ${formatDatum(json.maz.peildatum)})`);
    const vormen = LEVERINGSVORMEN.filter((v) => json.maz.perLeveringsvorm[v]);
    parts.push(
      renderTextTable(
        [
          { kop: 'Deadline in' },
          { kop: 'Totaal', rechts: true },
          ...vormen.map((v) => ({ kop: v, rechts: true })),
        ],
        json.maz.totaal.maanden.map((m, i) => [
          formatMaandKort(m.maand),
          percentageMetAantal(m),
          ...vormen.map((v) => percentageMetAantal(json.maz.perLeveringsvorm[v]?.maanden[i])),
        ]),
      ),
    );
    parts.push(`Leveringsvormen: ${vormen.map((v) => `${v} = ${leveringsvormOmschrijving(v)}`).join('; ')}`);
  }
  parts.push(
    '',
    'Percentage tijdig per maand waarin de termijn afliep; tussen haakjes het aantal dat toen afliep.',
    `Normen: ${normen.bron} (${normen.hash.slice(0, 12)}).`,
  );
  return `${parts.join('\n')}\n`;
}
