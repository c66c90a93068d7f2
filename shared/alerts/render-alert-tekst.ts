import { regioLabel } from '../reference/zorgkantoorregio.ts';
import { formatDatum, formatMaand } from '../text/dutch-format.ts';
import { renderTextTable } from '../text/text-table.ts';
import type { AlertMail } from './alert-mail.ts';
import {
  AFMELD_TEKST,
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

function seinen(mail: AlertMail): string {
  if (!mail.stand) return GEEN_SEINEN_TEKST;
  return renderTextTable(
    SEINEN_KOPPEN.map((kop, i) => ({ kop, rechts: i === 1 || i === 2 })),
    seinRijen(mail.stand).map((r) => r.cellen),
  );
}

function lijst(mail: AlertMail): string {
  if (mail.lijst.length === 0) return LEGE_LIJST_TEKST;
  const tabel = renderTextTable(
    LIJST_KOPPEN.map((kop, i) => ({ kop, rechts: i === 4 || i === 5 })),
    getoondeRegels(mail).map(lijstCellen),
  );
  const meer = meerRegelsTekst(mail);
  return meer ? `${tabel}\n${meer}` : tabel;
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
