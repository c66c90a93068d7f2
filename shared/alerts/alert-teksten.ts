import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { Kleur, Sein } from '../indicators/indicatoren-json.ts';
import { SEIN_INDICATOREN } from '../norms/normen.ts';
import type { SignaalRegel } from '../indicators/signaal-regel.ts';
import { wachtstatusOmschrijving } from '../reference/wachtstatus.ts';
import { regioLabel } from '../reference/zorgkantoorregio.ts';
import type { AangepastSein } from '../seinen/pas-aanpassingen-toe.ts';
import { OORDEEL_SEIN_NAAM, OORDEEL_SEINEN } from '../seinen/sein-aanpassing.ts';
import { formatAantal } from '../text/aantal.ts';
import { formatDatum, formatGetal, formatMaand, formatPercentage } from '../text/dutch-format.ts';
import { HANDMATIG_TEKEN, SEIN_NAAM, seinLabel } from '../text/sein-label.ts';
import { overgeslagenCycli } from './alert-cyclus.ts';
import type { AlertLijstRegel, AlertMail } from './alert-mail.ts';
import type { SeinWijziging } from './alert-wijzigingen.ts';
import type { SeinenStand } from './seinen-stand.ts';
import { oordelenInStand, type SeinSamenvatting } from './seinen-samenvatting.ts';

/**
 * The Dutch wording of an alert mail that the HTML and the plain-text version share, so both
 * say exactly the same. Plain text here; the HTML renderer escapes every piece.
 */
export function alertOnderwerp(mail: AlertMail): string {
  return `Zorgplicht-monitor ${regioLabel(mail.regio)}: seinen en 75%-lijst van ${formatDatum(mail.cyclus.id)}`;
}

export const SOORT_NAAM: Readonly<Record<SignaalRegel['soort'], string>> = {
  wachtlijst: 'Wachtlijst',
  pgb: 'Pgb-aanvraag',
  maz: 'MAZ',
};

/** The wachtstatus (wachtlijst), the leveringsvorm (MAZ) or that the decision is open (pgb). */
export function statusOfLeveringsvorm(regel: SignaalRegel): string {
  if (regel.soort === 'wachtlijst')
    return regel.wachtstatus ? wachtstatusOmschrijving(regel.wachtstatus) : '–';
  if (regel.soort === 'pgb') return 'besluit open';
  const vorm = regel.leveringsvorm ?? '–';
  return regel.uitval ? `${vorm}, uitval` : vorm;
}

export function seinKleurTekst(sein: Sein | AangepastSein): string {
  if (!('aanpassing' in sein)) return seinLabel(sein.kleur);
  return `${seinLabel(sein.kleur)} ${HANDMATIG_TEKEN} (berekend: ${seinLabel(sein.berekendeKleur)})`;
}

function samenvattingTekst(sein: SeinSamenvatting): string {
  const handmatig = sein.handmatig ? ` ${HANDMATIG_TEKEN}` : '';
  return `${seinLabel(sein.kleur)}${handmatig} ${formatPercentage(sein.waarde)}`;
}

function wijzigingZin(wijziging: SeinWijziging): string {
  if (wijziging.soort === 'berekend') {
    return `${SEIN_NAAM[wijziging.sein]}: ${samenvattingTekst(wijziging.van)} → ${samenvattingTekst(wijziging.naar)}`;
  }
  const kleur = (k: typeof wijziging.van) => (k ? seinLabel(k) : 'niet beoordeeld');
  return `${OORDEEL_SEIN_NAAM[wijziging.sein]}: ${kleur(wijziging.van)} → ${kleur(wijziging.naar)}`;
}

/** The opening line of the changes: which mail they are measured against. */
export function wijzigingenKop(mail: AlertMail): string {
  const vorige = mail.wijzigingen.vorige;
  if (!vorige)
    return 'Dit is de eerste alertmail van dit abonnement; de volgende mail meldt wat er sindsdien veranderde.';
  const overgeslagen = overgeslagenCycli(vorige.cyclus, mail.cyclus.id);
  const gat =
    overgeslagen > 0
      ? ` Daarna ${overgeslagen === 1 ? 'is 1 cyclus' : `zijn ${overgeslagen} cycli`} overgeslagen (er is toen geen mail verstuurd).`
      : '';
  return `Sinds de vorige mail (cyclus van ${formatDatum(vorige.cyclus)}):${gat}`;
}

/** One line per change since the previous mail; empty for a first mail. */
export function wijzigingRegels(mail: AlertMail): string[] {
  const w = mail.wijzigingen;
  if (!w.vorige) return [];
  const regels: string[] = [];
  const maand = mail.stand?.maand ?? null;
  if (maand && w.vorige.maand && w.vorige.maand !== maand) {
    regels.push(`Nieuwe maand: ${formatMaand(maand)} (vorige mail: ${formatMaand(w.vorige.maand)}).`);
  }
  regels.push(...w.seinen.map(wijzigingZin));
  if (w.seinen.length === 0) regels.push('Geen van de seinen is veranderd.');
  regels.push(
    w.nieuwOpLijst === 0 && w.vanLijstAf === 0
      ? 'De 75%-lijst heeft geen nieuwe en geen vervallen regels.'
      : `75%-lijst: ${w.nieuwOpLijst} nieuw, ${w.vanLijstAf} niet meer op de lijst.`,
  );
  return regels;
}

/** "12 regels: 5 overschreden, 7 dreigend; 3 nieuw" */
export function lijstSamenvatting(mail: AlertMail): string {
  const overschreden = mail.lijst.filter((r) => r.regel.categorie === 'overschreden').length;
  const nieuw = mail.lijst.filter((r) => r.nieuw).length;
  const basis = `${formatAantal(mail.lijst.length, 'regel')}: ${overschreden} overschreden, ${mail.lijst.length - overschreden} dreigend`;
  return mail.wijzigingen.vorige ? `${basis}; ${nieuw} nieuw sinds de vorige mail` : basis;
}

/** The peildatum each listed kind is counted to: "wachtlijst 31-10-2026, pgb 31-10-2026". */
export function peildataTekst(mail: AlertMail): string | null {
  const per = new Map<SignaalRegel['soort'], CalendarDate>();
  for (const { regel } of mail.lijst) if (!per.has(regel.soort)) per.set(regel.soort, regel.peildatum);
  const delen = (['wachtlijst', 'pgb', 'maz'] as const).flatMap((soort) => {
    const peildatum = per.get(soort);
    return peildatum ? [`${soort === 'maz' ? 'MAZ' : soort} ${formatDatum(peildatum)}`] : [];
  });
  return delen.length === 0 ? null : delen.join(', ');
}

export const AFMELD_TEKST =
  'U krijgt deze mail omdat u bent aangemeld voor de tweewekelijkse alerts van deze regio. Afmelden: vraag het de beheerder van de zorgplicht-monitor (beheerscherm, Abonnementen), of laat op de server "zorgplicht opzeggen --regio <regio> --email <uw adres>" uitvoeren.';

export const VERTROUWELIJK_TEKST =
  'Deze mail bevat gegevens op cliëntniveau (client_id, nooit een BSN of naam) van één zorgkantoorregio. Stuur hem niet door.';

/** At most this many lines of the 75%-lijst in one mail; the dashboard has the rest. */
export const MAX_RIJEN_IN_MAIL = 1000;

export const GEEN_SEINEN_TEKST = 'Voor deze regio zijn nog geen gegevens ingelezen: er zijn nog geen seinen.';
export const LEGE_LIJST_TEKST = 'Er staat niemand op de 75%-lijst van deze regio.';

/** Columns of the seinen table; the second and third are right-aligned. */
export const SEINEN_KOPPEN = ['Sein', 'Waarde', 'Drempel', 'Kleur'] as const;

/** One row of the seinen table; `kleur` null for a judged sein that is not judged yet. */
export interface SeinRij {
  readonly cellen: readonly [string, string, string, string];
  readonly kleur: Kleur | null;
}

/** The six seinen: the three computed ones of the month, then the judged ones of its year. */
export function seinRijen(stand: SeinenStand): SeinRij[] {
  const oordelen = oordelenInStand(stand);
  const jaar = `oordeel ${stand.maand.slice(0, 4)}`;
  return [
    ...SEIN_INDICATOREN.map((id) => {
      const sein = stand.seinen[id];
      return {
        cellen: [
          SEIN_NAAM[id],
          formatPercentage(sein.waarde),
          `≥ ${formatGetal(sein.drempel)}%`,
          seinKleurTekst(sein),
        ],
        kleur: sein.kleur,
      } as const;
    }),
    ...OORDEEL_SEINEN.map((sein) => {
      const kleur = oordelen[sein] ?? null;
      return {
        cellen: [OORDEEL_SEIN_NAAM[sein], '–', jaar, kleur ? seinLabel(kleur) : 'nog niet beoordeeld'],
        kleur,
      } as const;
    }),
  ];
}

/** Columns of the 75%-lijst; `Dagen` and `Norm (dagen)` are right-aligned. */
export const LIJST_KOPPEN = [
  '',
  'client_id',
  'Soort',
  'Wachtstatus / leveringsvorm',
  'Dagen',
  'Norm (dagen)',
  'Categorie',
] as const;

/** The cells of one line of the 75%-lijst, in the order of LIJST_KOPPEN. */
export function lijstCellen({ regel, nieuw }: AlertLijstRegel): string[] {
  return [
    nieuw ? 'nieuw' : '',
    regel.client_id,
    SOORT_NAAM[regel.soort],
    statusOfLeveringsvorm(regel),
    formatGetal(regel.dagen),
    formatGetal(regel.normDagen),
    regel.categorie,
  ];
}

/** The lines of the list the mail shows (the most urgent MAX_RIJEN_IN_MAIL). */
export function getoondeRegels(mail: AlertMail): readonly AlertLijstRegel[] {
  return mail.lijst.slice(0, MAX_RIJEN_IN_MAIL);
}

/** "En nog 12 regels…" when the list is longer than a mail shows; null otherwise. */
export function meerRegelsTekst(mail: AlertMail): string | null {
  const meer = mail.lijst.length - MAX_RIJEN_IN_MAIL;
  return meer > 0 ? `En nog ${formatAantal(meer, 'regel')}: zie de 75%-lijst in het dashboard.` : null;
}
