import type { AlertCyclus } from '../../shared/alerts/alert-cyclus.ts';
import { maskeerAdres } from '../../shared/alerts/email-adres.ts';
import type { AlertStatus } from '../../shared/app/alerts/alert-status.ts';
import type { AlertRunResultaat, AlertUitkomstSoort } from '../../shared/app/alerts/run-alerts.ts';
import { regioLabel } from '../../shared/reference/zorgkantoorregio.ts';
import { formatAantal } from '../../shared/text/aantal.ts';
import { formatDatum, formatTijdstip } from '../../shared/text/dutch-format.ts';
import { renderTextTable } from '../../shared/text/text-table.ts';

const VOLGORDE: readonly AlertUitkomstSoort[] = [
  'verzonden',
  'al verzonden',
  'bezig elders',
  'mislukt',
  'onbekend',
  'geblokkeerd',
  'niet toegestaan',
];

export function cyclusTekst(cyclus: AlertCyclus): string {
  return `Alertcyclus van maandag ${formatDatum(cyclus.id)} 07:00 (de volgende begint ${formatDatum(cyclus.volgende)})`;
}

/**
 * The report of a run, for the operator and cron's mail: addresses masked, as in the logs. The
 * full addresses are in `zorgplicht alerts --status`.
 */
export function renderRunRapport(resultaat: AlertRunResultaat, waarheen: string): string {
  if (!resultaat.cyclus) {
    const eerste = resultaat.eerste;
    return `Nog geen alertcyclus: de eerste begint maandag ${eerste ? formatDatum(eerste.id) : '?'} om 07:00. Niets verzonden.\n`;
  }
  const { uitkomsten } = resultaat;
  const kop = `${cyclusTekst(resultaat.cyclus)}; mail ${waarheen}.`;
  if (uitkomsten.length === 0)
    return `${kop}\nGeen abonnementen: er is niets te verzenden (zorgplicht abonneer --regio R --email ADRES).\n`;
  const tabel = renderTextTable(
    [{ kop: 'Uitkomst' }, { kop: 'Abonnee' }, { kop: 'Regio' }, { kop: 'Toelichting' }],
    [...uitkomsten]
      .sort((a, b) => VOLGORDE.indexOf(a.soort) - VOLGORDE.indexOf(b.soort))
      .map((u) => [
        u.soort,
        maskeerAdres(u.adres),
        regioLabel(u.regio),
        u.soort === 'verzonden' ? formatAantal(u.rijen ?? 0, 'regel') : (u.reden ?? ''),
      ]),
  );
  const telling = VOLGORDE.map(
    (soort) => [soort, uitkomsten.filter((u) => u.soort === soort).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([soort, n]) => `${n} ${soort}`)
    .join(', ');
  const regels = [kop, '', tabel, '', `Samen: ${telling}.`];
  const overgeslagen = uitkomsten.filter((u) => u.overgeslagenCycli > 0);
  if (overgeslagen.length > 0) {
    regels.push(
      `Let op: voor ${formatAantal(overgeslagen.length, 'abonnee')} ${overgeslagen.length === 1 ? 'is' : 'zijn'} eerdere cycli zonder mail voorbijgegaan (draaide de monitor niet?). Die worden niet ingehaald: alleen de mail van deze cyclus gaat uit, met de veranderingen sinds de vorige mail.`,
    );
  }
  if (uitkomsten.some((u) => u.soort === 'onbekend')) {
    regels.push(
      'Onbekend: een run stopte tijdens het verzenden; zo’n mail wordt niet vanzelf opnieuw verstuurd (hoogstens één keer). Zie zorgplicht alerts --status.',
    );
  }
  if (uitkomsten.some((u) => u.soort === 'geblokkeerd')) {
    regels.push(
      'Geblokkeerde adressen krijgen geen mail meer; meld ze aan beheer (zorgplicht alerts --status).',
    );
  }
  return `${regels.join('\n')}\n`;
}

const STAND_UITLEG: Readonly<Record<string, string>> = {
  onbekend: 'niet bekend of de mail aankwam; opnieuw: zorgplicht alerts --opnieuw --regio R --email ADRES',
  mislukt: 'de volgende run probeert opnieuw',
  opnieuw: 'vrijgegeven om opnieuw te verzenden',
  'te verzenden': 'de volgende run verstuurt hem',
  geblokkeerd: 'adres geblokkeerd',
  'niet toegestaan': 'domein niet (meer) toegestaan',
};

/** `zorgplicht alerts --status`: the state of every subscriber's mail of the current cycle, for beheer. */
export function renderAlertStatus(status: AlertStatus): string {
  if (!status.cyclus) {
    return `Nog geen alertcyclus: de eerste begint maandag ${formatDatum(status.eerste.id)} om 07:00.\n`;
  }
  const regels = [cyclusTekst(status.cyclus), ''];
  regels.push(
    status.regels.length === 0
      ? 'Geen abonnementen.'
      : renderTextTable(
          [
            { kop: 'Regio' },
            { kop: 'E-mailadres' },
            { kop: 'Status' },
            { kop: 'Pogingen', rechts: true },
            { kop: 'Bijgewerkt' },
            { kop: 'Toelichting' },
          ],
          status.regels.map((r) => [
            regioLabel(r.regio),
            r.adres,
            r.geabonneerd ? r.stand : `${r.stand} (opgezegd)`,
            r.verzending ? String(r.verzending.pogingen) : '',
            r.verzending ? formatTijdstip(r.verzending.verzondenOp ?? r.verzending.bijgewerktOp) : '',
            [
              r.verzending?.reden,
              STAND_UITLEG[r.stand],
              r.verzending?.vrijgegevenDoor ? `door ${r.verzending.vrijgegevenDoor}` : undefined,
            ]
              .filter((t) => t)
              .join('; '),
          ]),
        ),
  );
  if (status.blokkades.length > 0) {
    regels.push(
      '',
      'Geblokkeerde adressen (krijgen geen mail; opheffen met zorgplicht alerts --deblokkeer ADRES):',
      renderTextTable(
        [{ kop: 'E-mailadres' }, { kop: 'Sinds' }, { kop: 'Bron' }, { kop: 'Reden' }],
        status.blokkades.map((b) => [b.adres, formatTijdstip(b.sinds), b.bron, b.reden]),
      ),
    );
  }
  const telling = (stand: string) => status.regels.filter((r) => r.stand === stand).length;
  regels.push(
    '',
    `Samen: ${telling('verzonden')} verzonden, ${telling('te verzenden') + telling('mislukt') + telling('opnieuw')} nog te verzenden, ${telling('onbekend')} onbekend, ${status.blokkades.length} geblokkeerde adressen.`,
  );
  return `${regels.join('\n')}\n`;
}
