import type { Kleur } from '../indicators/indicatoren-json.ts';
import { regioLabel } from '../reference/zorgkantoorregio.ts';
import { formatDatum, formatMaand } from '../text/dutch-format.ts';
import type { AlertMail } from './alert-mail.ts';
import {
  AFMELD_TEKST,
  alertOnderwerp,
  GEEN_SEINEN_TEKST,
  getoondeRegels,
  LEGE_LIJST_TEKST,
  LIJST_KOPPEN,
  lijstCellen,
  lijstSamenvatting,
  meerRegelsTekst,
  peildataTekst,
  SEINEN_KOPPEN,
  seinRijen,
  VERTROUWELIJK_TEKST,
  wijzigingenKop,
  wijzigingRegels,
} from './alert-teksten.ts';
import { escapeHtml as e } from './html-escape.ts';

/*
 * The HTML version of an alert mail, for common mail clients: one table layout, inline styles
 * only, no scripts, no images, no external resources. Every value is escaped (`e`).
 */

const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.45;color:#1d2939;';
const TH =
  'text-align:left;padding:6px 8px;border-bottom:2px solid #98a2b3;font-weight:bold;background:#f2f4f7;';
const TD = 'padding:6px 8px;border-bottom:1px solid #e4e7ec;vertical-align:top;';
const RECHTS = 'text-align:right;';

/** Text and background per colour, with enough contrast; never the colour alone (icon and word). */
const KLEUR_STIJL: Readonly<Record<Kleur, string>> = {
  groen: 'color:#05603a;background:#ecfdf3;',
  oranje: 'color:#93370d;background:#fef0c7;',
  onbekend: 'color:#344054;background:#f2f4f7;',
};

function kop(tekst: string): string {
  return `<h2 style="${FONT}font-size:17px;margin:24px 0 8px 0;">${e(tekst)}</h2>`;
}

function alinea(tekst: string, extra = ''): string {
  return `<p style="${FONT}margin:0 0 10px 0;${extra}">${e(tekst)}</p>`;
}

function link(href: string, tekst: string): string {
  return `<a href="${e(href)}" style="color:#1849a9;">${e(tekst)}</a>`;
}

function tabel(koppen: readonly { tekst: string; rechts?: boolean }[], rijen: readonly string[]): string {
  const th = koppen.map((k) => `<th style="${TH}${k.rechts ? RECHTS : ''}">${e(k.tekst)}</th>`).join('');
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="${FONT}border-collapse:collapse;margin:0 0 8px 0;"><tr>${th}</tr>${rijen.join('')}</table>`;
}

function cel(tekst: string, stijl = ''): string {
  return `<td style="${TD}${stijl}">${e(tekst)}</td>`;
}

function seinenTabel(mail: AlertMail): string {
  if (!mail.stand) return alinea(GEEN_SEINEN_TEKST);
  const rijen = seinRijen(mail.stand).map(({ cellen: [naam, waarde, drempel, kleur], kleur: k }) => {
    const kleurStijl = k ? `${KLEUR_STIJL[k]}font-weight:bold;` : '';
    return `<tr>${cel(naam)}${cel(waarde, RECHTS)}${cel(drempel, RECHTS)}${cel(kleur, kleurStijl)}</tr>`;
  });
  return tabel(
    SEINEN_KOPPEN.map((tekst, i) => ({ tekst, rechts: i === 1 || i === 2 })),
    rijen,
  );
}

function wijzigingen(mail: AlertMail): string {
  const regels = wijzigingRegels(mail);
  const lijst =
    regels.length === 0
      ? ''
      : `<ul style="${FONT}margin:0 0 10px 0;padding-left:20px;">${regels.map((r) => `<li>${e(r)}</li>`).join('')}</ul>`;
  return alinea(wijzigingenKop(mail)) + lijst;
}

function lijstTabel(mail: AlertMail): string {
  if (mail.lijst.length === 0) return alinea(LEGE_LIJST_TEKST);
  const rijen = getoondeRegels(mail).map((regel) => {
    const [nieuw = '', id = '', soort = '', status = '', dagen = '', norm = '', categorie = ''] =
      lijstCellen(regel);
    const overschreden = regel.regel.categorie === 'overschreden' ? 'font-weight:bold;color:#93370d;' : '';
    return (
      `<tr style="${regel.nieuw ? 'background:#eff8ff;' : ''}">` +
      cel(nieuw, 'font-weight:bold;color:#1849a9;') +
      cel(id, 'font-family:Consolas,Menlo,monospace;') +
      cel(soort) +
      cel(status) +
      cel(dagen, RECHTS) +
      cel(norm, RECHTS) +
      cel(categorie, overschreden) +
      '</tr>'
    );
  });
  const meer = meerRegelsTekst(mail);
  return (
    tabel(
      LIJST_KOPPEN.map((tekst, i) => ({ tekst, rechts: i === 4 || i === 5 })),
      rijen,
    ) + (meer ? alinea(meer) : '')
  );
}

export function renderAlertHtml(mail: AlertMail): string {
  const onderwerp = alertOnderwerp(mail);
  const peildata = peildataTekst(mail);
  const maand = mail.stand ? ` — ${formatMaand(mail.stand.maand)}` : '';
  const links = [
    mail.links.regio ? link(mail.links.regio, 'Regio in het dashboard') : '',
    link(mail.links.lijst, '75%-lijst in het dashboard'),
  ]
    .filter((l) => l !== '')
    .join(' &nbsp;|&nbsp; ');
  const inhoud = [
    `<h1 style="${FONT}font-size:20px;margin:0 0 4px 0;">${e(regioLabel(mail.regio))}</h1>`,
    alinea(`Tweewekelijkse alert van ${formatDatum(mail.cyclus.id)}`, 'color:#475467;'),
    `<p style="${FONT}margin:0 0 10px 0;">${links}</p>`,
    kop(`Seinen${maand}`),
    seinenTabel(mail),
    alinea(
      '✔ groen = drempel gehaald, ▲ oranje = onder de drempel, ? onbekend = geen gegevens, ✎ = kleur met de hand aangepast.',
      'color:#475467;font-size:12px;',
    ),
    kop('Wat er veranderde'),
    wijzigingen(mail),
    kop('75%-lijst'),
    alinea(lijstSamenvatting(mail) + (peildata ? ` (peildatum ${peildata}).` : '.')),
    lijstTabel(mail),
    `<hr style="border:0;border-top:1px solid #e4e7ec;margin:24px 0 12px 0;">`,
    alinea(VERTROUWELIJK_TEKST, 'color:#475467;font-size:12px;'),
    alinea(AFMELD_TEKST, 'color:#475467;font-size:12px;'),
  ].join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(onderwerp)}</title></head>`,
    `<body style="margin:0;padding:0;background:#f4f5f7;">`,
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="background:#f4f5f7;"><tr><td align="center" style="padding:16px;">`,
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="max-width:760px;background:#ffffff;border:1px solid #d0d5dd;"><tr><td style="${FONT}padding:20px 24px;">`,
    inhoud,
    '</td></tr></table>',
    '</td></tr></table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
