import { type CalendarDate, MONTH_NAMES } from '../../shared/calendar/calendar-date.ts';
import type { Jaarcijfer, JaarcijfersJson, JaarOordeel } from '../../shared/verslag/jaarcijfers-json.ts';
import type { SeinIndicator } from '../../shared/norms/normen.ts';
import { LEVERINGSVORMEN, leveringsvormOmschrijving } from '../../shared/reference/leveringsvorm.ts';
import { regioLabel } from '../../shared/reference/zorgkantoorregio.ts';
import { OORDEEL_SEIN_NAAM, type OordeelSein } from '../../shared/seinen/sein-aanpassing.ts';
import {
  formatDatum,
  formatGetal,
  formatPercentageTweeDecimalen,
  formatTijdstip,
} from '../../shared/text/dutch-format.ts';
import { SEIN_NAAM, seinLabel } from '../../shared/text/sein-label.ts';
import { renderTextTable } from '../../shared/text/text-table.ts';

/** The six seinen in the order of the uitvoeringsverslag: computed and judged side by side. */
const ZES_SEINEN: readonly (
  | { readonly soort: 'berekend'; readonly id: SeinIndicator }
  | { readonly soort: 'beoordeeld'; readonly id: OordeelSein }
)[] = [
  { soort: 'beoordeeld', id: 'keuze_leveringsvormen' },
  { soort: 'berekend', id: 'tijdige_zorg' },
  { soort: 'beoordeeld', id: 'passende_zorg' },
  { soort: 'berekend', id: 'tijdige_pgb_toekenning' },
  { soort: 'berekend', id: 'tijdige_eigen_bijdrage' },
  { soort: 'beoordeeld', id: 'continuiteit_van_zorg' },
];

const DREMPEL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/**
 * The year figures of one region as Dutch text a manager can paste into the uitvoeringsverslag:
 * the six seinen, pgb, MAZ per leveringsvorm, tijdige zorg, and what the figures rest on.
 */
export function renderJaaroverzichtTekst(json: JaarcijfersJson): string {
  const { jaar } = json;
  const parts: string[] = [`Jaaroverzicht ${jaar} — ${regioLabel(json.regio)}`, ''];

  parts.push(`Seinen ${jaar}`, seinenTabel(json));
  const toelichtingen = json.oordelen.map(oordeelRegel);
  if (toelichtingen.length > 0) parts.push('', 'Toelichting bij de beoordeelde seinen', ...toelichtingen);

  parts.push('', `Tijdige pgb-toekenning — aanvragen met de termijn van het besluit aflopend in ${jaar}`);
  parts.push(
    json.basis.peildata.pgb === null
      ? 'Geen pgb-gegevens voor deze regio.'
      : cijferTabel([['Pgb-aanvragen', json.pgb]], 'Aanvragen'),
  );

  parts.push('', `Tijdige eigen bijdrage — MAZ verwerkt door het CAK, termijn aflopend in ${jaar}`);
  parts.push(
    json.basis.peildata.maz === null
      ? 'Geen MAZ-gegevens voor deze regio.'
      : cijferTabel(
          [
            ...LEVERINGSVORMEN.flatMap((vorm): [string, Jaarcijfer][] => {
              const cijfer = json.maz.perLeveringsvorm[vorm];
              return cijfer ? [[leveringsvormOmschrijving(vorm), cijfer]] : [];
            }),
            ['Totaal', json.maz.totaal],
          ],
          'Leveringsvorm',
        ),
  );

  const zorg = json.tijdigeZorg;
  const aantal = json.basis.momentopnamen.length;
  parts.push(
    '',
    `Tijdige zorg — urgent en actief plaatsen binnen de streefnorm, opgeteld over ${aantal} ${aantal === 1 ? 'momentopname' : 'momentopnamen'}`,
  );
  parts.push(
    aantal === 0
      ? `Geen momentopname van de wachtlijst in ${jaar}.`
      : renderTextTable(
          [
            { kop: 'Binnen de streefnorm', rechts: true },
            { kop: 'Cliëntmaanden', rechts: true },
            { kop: '% binnen', rechts: true },
          ],
          [
            [
              formatGetal(zorg.binnen),
              formatGetal(zorg.totaal),
              formatPercentageTweeDecimalen(zorg.percentage),
            ],
          ],
        ),
  );

  parts.push('', ...grondslag(json));
  parts.push(
    '',
    'Percentages met twee decimalen, half naar boven afgerond; de kleur volgt uit de onafgeronde waarde.',
    'Pgb en MAZ tellen in het jaar waarin hun termijn afliep (niet na de stand); tijdige zorg telt elke',
    'wachtende met urgent of actief plaatsen één keer per maand met een momentopname (cliëntmaanden).',
  );
  return `${parts.join('\n')}\n`;
}

function seinenTabel(json: JaarcijfersJson): string {
  const oordelen = new Map(json.oordelen.map((o) => [o.sein, o]));
  const onderbouwing: Readonly<Record<SeinIndicator, string>> = {
    tijdige_zorg: `${formatGetal(json.tijdigeZorg.binnen)} van ${formatGetal(json.tijdigeZorg.totaal)} cliëntmaanden binnen de streefnorm`,
    tijdige_pgb_toekenning: `${vanTijdig(json.pgb)} besluiten tijdig`,
    tijdige_eigen_bijdrage: `${vanTijdig(json.maz.totaal)} MAZ tijdig verwerkt`,
  };
  return renderTextTable(
    [
      { kop: 'Sein' },
      { kop: 'Waarde', rechts: true },
      { kop: 'Drempel', rechts: true },
      { kop: 'Kleur' },
      { kop: 'Onderbouwing' },
    ],
    ZES_SEINEN.map((s) => {
      if (s.soort === 'berekend') {
        const sein = json.seinen[s.id];
        return [
          SEIN_NAAM[s.id],
          formatPercentageTweeDecimalen(sein.waarde),
          `${DREMPEL.format(sein.drempel)}%`,
          seinLabel(sein.kleur),
          sein.waarde === null ? 'geen gegevens' : onderbouwing[s.id],
        ];
      }
      const oordeel = oordelen.get(s.id);
      return [
        OORDEEL_SEIN_NAAM[s.id],
        '',
        '',
        seinLabel(oordeel?.kleur ?? 'onbekend'),
        oordeel ? 'beoordeeld, zie toelichting' : 'nog niet beoordeeld (zorgplicht oordeel)',
      ];
    }),
  );
}

function vanTijdig(cijfer: Jaarcijfer): string {
  return `${formatGetal(cijfer.tijdig)} van ${formatGetal(cijfer.tijdig + cijfer.teLaat)}`;
}

function oordeelRegel(o: JaarOordeel): string {
  const kop = `- ${OORDEEL_SEIN_NAAM[o.sein]} (${seinLabel(o.kleur)}; ${o.door}, ${formatTijdstip(o.op)}): `;
  // A toelichting of several lines stays readable under its heading.
  return kop + o.toelichting.trim().split(/\r?\n/).join('\n  ');
}

function cijferTabel(rijen: readonly (readonly [string, Jaarcijfer])[], kop: string): string {
  return renderTextTable(
    [
      { kop },
      { kop: 'Tijdig', rechts: true },
      { kop: 'Te laat', rechts: true },
      { kop: 'Totaal', rechts: true },
      { kop: '% tijdig', rechts: true },
    ],
    rijen.map(([naam, c]) => [
      naam,
      formatGetal(c.tijdig),
      formatGetal(c.teLaat),
      formatGetal(c.tijdig + c.teLaat),
      formatPercentageTweeDecimalen(c.percentageTijdig),
    ]),
  );
}

function grondslag(json: JaarcijfersJson): string[] {
  const { basis, jaar } = json;
  const datum = (d: CalendarDate | null) => (d === null ? 'geen gegevens' : formatDatum(d));
  const regels = [
    'Grondslag',
    `Normen: ${basis.normen.bron}`,
    `Inhoudshash van de normen (SHA-256): ${basis.normen.hash}`,
    `Nieuwste peildatum: wachtlijst ${datum(basis.peildata.wachtlijst)}, pgb ${datum(basis.peildata.pgb)}, MAZ ${datum(basis.peildata.maz)}`,
  ];
  const maanden = new Set(basis.momentopnamen.map((m) => Number(m.maand.slice(5, 7))));
  const ontbrekend = MONTH_NAMES.filter((_, i) => !maanden.has(i + 1));
  regels.push(
    basis.momentopnamen.length === 0
      ? `Momentopnamen wachtlijst ${jaar}: geen`
      : `Momentopnamen wachtlijst ${jaar} (${maanden.size} van de 12 maanden): ${basis.momentopnamen.map((m) => formatDatum(m.peildatum)).join(', ')}`,
  );
  if (basis.momentopnamen.length > 0 && ontbrekend.length > 0)
    regels.push(`Maanden zonder momentopname: ${ontbrekend.join(', ')}`);
  const eindeJaar = `${jaar}-12-31`;
  const vroeg = (
    [
      ['pgb', basis.peildata.pgb],
      ['MAZ', basis.peildata.maz],
    ] as const
  ).filter(([, peildatum]) => peildatum !== null && peildatum < eindeJaar);
  if (vroeg.length > 0)
    regels.push(
      `Let op: de stand (${vroeg.map(([soort, p]) => `${soort} ${datum(p)}`).join(', ')}) ligt vóór het einde van ${jaar}; termijnen die later aflopen, tellen nog niet mee.`,
    );
  return regels;
}
