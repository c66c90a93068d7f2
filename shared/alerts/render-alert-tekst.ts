import { SEIN_INDICATOREN } from '../norms/normen.ts';
import { regioLabel } from '../reference/zorgkantoorregio.ts';
import { OORDEEL_SEIN_NAAM, OORDEEL_SEINEN } from '../seinen/sein-aanpassing.ts';
import { formatDatum, formatGetal, formatMaand, formatPercentage } from '../text/dutch-format.ts';
import { SEIN_NAAM, seinLabel } from '../text/sein-label.ts';
import { renderTextTable } from '../text/text-table.ts';
import type { AlertMail } from './alert-mail.ts';
import {
  AFMELD_TEKST,
  lijstSamenvatting,
  MAX_RIJEN_IN_MAIL,
  peildataTekst,
  seinKleurTekst,
  SOORT_NAAM,
  statusOfLeveringsvorm,
  VERTROUWELIJK_TEKST,
  wijzigingenKop,
  wijzigingRegels,
} from './alert-teksten.ts';
import { oordelenInStand } from './seinen-samenvatting.ts';

function seinen(mail: AlertMail): string {
  const stand = mail.stand;
  if (!stand) return 'Voor deze regio zijn nog geen gegevens ingelezen: er zijn nog geen seinen.';
  const oordelen = oordelenInStand(stand);
  return renderTextTable(
    [{ kop: 'Sein' }, { kop: 'Waarde', rechts: true }, { kop: 'Drempel', rechts: true }, { kop: 'Kleur' }],
    [
      ...SEIN_INDICATOREN.map((id) => {
        const sein = stand.seinen[id];
        return [
          SEIN_NAAM[id],
          formatPercentage(sein.waarde),
          `≥ ${formatGetal(sein.drempel)}%`,
          seinKleurTekst(sein),
        ];
      }),
      ...OORDEEL_SEINEN.map((sein) => {
        const kleur = oordelen[sein];
        return [
          OORDEEL_SEIN_NAAM[sein],
          '–',
          `oordeel ${stand.maand.slice(0, 4)}`,
          kleur ? seinLabel(kleur) : 'nog niet beoordeeld',
        ];
      }),
    ],
  );
}

function lijst(mail: AlertMail): string {
  if (mail.lijst.length === 0) return 'Er staat niemand op de 75%-lijst van deze regio.';
  const tabel = renderTextTable(
    [
      { kop: '' },
      { kop: 'client_id' },
      { kop: 'Soort' },
      { kop: 'Wachtstatus / leveringsvorm' },
      { kop: 'Dagen', rechts: true },
      { kop: 'Norm', rechts: true },
      { kop: 'Categorie' },
    ],
    mail.lijst
      .slice(0, MAX_RIJEN_IN_MAIL)
      .map(({ regel, nieuw }) => [
        nieuw ? 'nieuw' : '',
        regel.client_id,
        SOORT_NAAM[regel.soort],
        statusOfLeveringsvorm(regel),
        formatGetal(regel.dagen),
        formatGetal(regel.normDagen),
        regel.categorie,
      ]),
  );
  const meer =
    mail.lijst.length > MAX_RIJEN_IN_MAIL
      ? `\nEn nog ${formatGetal(mail.lijst.length - MAX_RIJEN_IN_MAIL)} regels: zie de lijst in het dashboard.`
      : '';
  return tabel + meer;
}

/** A heading with a rule under it, and a blank line. */
function kop(tekst: string): string[] {
  return [tekst, '='.repeat([...tekst].length), ''];
}

/** The plain-text version of an alert mail: the same content as the HTML, as text tables. */
export function renderAlertTekst(mail: AlertMail): string {
  const peildata = peildataTekst(mail);
  const maand = mail.stand ? ` — ${formatMaand(mail.stand.maand)}` : '';
  return [
    regioLabel(mail.regio),
    `Tweewekelijkse alert van ${formatDatum(mail.cyclus.id)}`,
    '',
    ...(mail.links.regio ? [`Regio in het dashboard: ${mail.links.regio}`] : []),
    `75%-lijst in het dashboard: ${mail.links.lijst}`,
    '',
    ...kop(`Seinen${maand}`),
    seinen(mail),
    '',
    '✔ groen = drempel gehaald, ▲ oranje = onder de drempel, ? onbekend = geen gegevens, ✎ = kleur met de hand aangepast.',
    '',
    ...kop('Wat er veranderde'),
    wijzigingenKop(mail),
    ...wijzigingRegels(mail).map((r) => `- ${r}`),
    '',
    ...kop('75%-lijst'),
    lijstSamenvatting(mail) + (peildata ? ` (peildatum ${peildata}).` : '.'),
    '',
    lijst(mail),
    '',
    '--',
    VERTROUWELIJK_TEKST,
    AFMELD_TEKST,
    '',
  ].join('\n');
}
