import { describe, expect, it } from 'vitest';
import { maakAlertBericht } from '../../../shared/alerts/alert-bericht.ts';
import { huidigeCyclus } from '../../../shared/alerts/alert-cyclus.ts';
import { bouwAlertMail } from '../../../shared/alerts/alert-mail.ts';
import { parseDashboardUrl, type DashboardUrl } from '../../../shared/alerts/dashboard-links.ts';
import type { EmailAdres } from '../../../shared/alerts/email-adres.ts';
import { lijstHash } from '../../../shared/alerts/lijst-hash.ts';
import type { SeinenStand } from '../../../shared/alerts/seinen-stand.ts';
import { vatSeinenSamen } from '../../../shared/alerts/seinen-samenvatting.ts';
import { calendarDate, calendarMonth } from '../../../shared/calendar/calendar-date.ts';
import type { SignaalRegel } from '../../../shared/indicators/signaal-regel.ts';
import type { RegioCode } from '../../../shared/reference/zorgkantoorregio.ts';

const REGIO = '5517' as RegioCode;
const ANKER = calendarDate('2024-01-01');
const CYCLUS = huidigeCyclus(new Date('2026-11-16T08:00:00+01:00'), ANKER);
if (!CYCLUS) throw new Error('fixture: no cycle');
const cyclus = CYCLUS;
const url = parseDashboardUrl('https://monitor.zorgkantoor.nl/dashboard/');
if (!url.ok) throw new Error('fixture: url');
const BASIS: DashboardUrl = url.url;
const P = calendarDate('2026-10-31');

function wachtende(client_id: string, dagen: number, normDagen: number): SignaalRegel {
  return {
    soort: 'wachtlijst',
    client_id,
    categorie: dagen > normDagen ? 'overschreden' : 'dreigend',
    dagen,
    normDagen,
    peildatum: P,
    startdatum: calendarDate('2026-07-01'),
    deadline: calendarDate('2026-09-30'),
    wachtstatus: 'actief_plaatsen',
    classificatie: '09',
    sector: 'VV',
    zorgTijdensWachten: false,
  };
}

const pgb: SignaalRegel = {
  soort: 'pgb',
  client_id: 'P-1',
  aanvraag_id: 'A-1',
  categorie: 'overschreden',
  dagen: 50,
  normDagen: 42,
  peildatum: P,
  startdatum: calendarDate('2026-09-11'),
  deadline: calendarDate('2026-10-23'),
};
const maz: SignaalRegel = {
  soort: 'maz',
  client_id: 'M-1',
  maz_id: 'Z-1',
  categorie: 'dreigend',
  dagen: 25,
  normDagen: 30,
  peildatum: P,
  startdatum: calendarDate('2026-10-06'),
  deadline: calendarDate('2026-11-05'),
  leveringsvorm: 'vpt',
  uitval: true,
};
const MARKUP = '<script>alert("x")</script>&<b>';

const stand: SeinenStand = {
  maand: calendarMonth('2026-10'),
  seinen: {
    tijdige_zorg: { waarde: 91.6, drempel: 95, kleur: 'oranje' },
    tijdige_pgb_toekenning: {
      waarde: 93.75,
      drempel: 95,
      kleur: 'groen',
      berekendeKleur: 'oranje',
      aanpassing: {
        kleur: 'groen',
        toelichting: 'Eenmalige piek',
        door: 'beheer',
        op: '2026-11-01T10:00:00.000Z',
        berekendeKleurToen: 'oranje',
      },
    },
    tijdige_eigen_bijdrage: { waarde: null, drempel: 80, kleur: 'onbekend' },
  },
  oordelen: [
    {
      regio: REGIO,
      jaar: 2026,
      sein: 'passende_zorg',
      kleur: 'oranje',
      toelichting: 'Eerst oranje',
      auteur: 'beheer',
      tijdstip: '2026-03-01T10:00:00.000Z',
    },
    {
      regio: REGIO,
      jaar: 2026,
      sein: 'passende_zorg',
      kleur: 'groen',
      toelichting: 'Nu groen',
      auteur: 'beheer',
      tijdstip: '2026-06-01T10:00:00.000Z',
    },
    {
      regio: REGIO,
      jaar: 2025,
      sein: 'keuze_leveringsvormen',
      kleur: 'oranje',
      toelichting: 'Vorig jaar',
      auteur: 'beheer',
      tijdstip: '2025-06-01T10:00:00.000Z',
    },
  ],
};

const lijst = [maz, wachtende('W-dreigend', 70, 91), pgb, wachtende(MARKUP, 100, 91)];
const AAN = 'j.jansen@zorgkantoor.nl' as EmailAdres;

function bericht(vorige: Parameters<typeof bouwAlertMail>[0]['vorige'] = null) {
  const mail = bouwAlertMail({ regio: REGIO, cyclus, stand, lijst, vorige, dashboardUrl: BASIS });
  return {
    mail,
    ...maakAlertBericht(mail, { afzender: 'monitor@zorgkantoor.nl', aan: AAN, datum: new Date() }),
  };
}

describe('the alert mail of a subscriber', () => {
  it('lists the 75%-lijst of all kinds most urgent first (share of the norm)', () => {
    const { mail } = bericht();
    expect(mail.lijst.map((r) => r.regel.client_id)).toEqual([
      pgb.client_id,
      MARKUP,
      maz.client_id,
      'W-dreigend',
    ]);
  });

  it('escapes every value in the HTML: a client_id with markup shows as text', () => {
    const { html, tekst } = bericht();
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&lt;b&gt;');
    expect(tekst).toContain(MARKUP);
  });

  it('is self-contained: no scripts, no images, no style sheets, no external resources; only links', () => {
    const { html } = bericht();
    expect(html).not.toMatch(/<(script|img|link|iframe|object|style)\b/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).not.toMatch(/url\(/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([
      'https://monitor.zorgkantoor.nl/dashboard/#/regio/5517/2026-10',
      'https://monitor.zorgkantoor.nl/dashboard/#/lijst/5517',
    ]);
  });

  it('says region and date in the subject and uses Dutch numbers and dates', () => {
    const { onderwerp, html, tekst } = bericht();
    expect(onderwerp).toBe('Zorgplicht-monitor 5517 Zuid-Holland Noord: seinen en 75%-lijst van 16-11-2026');
    for (const inhoud of [html, tekst]) {
      expect(inhoud).toContain('91,6%');
      expect(inhoud).toContain('93,8%');
      expect(inhoud).toContain('oktober 2026');
      expect(inhoud).toContain('peildatum wachtlijst 31-10-2026, pgb 31-10-2026, MAZ 31-10-2026');
    }
  });

  it('shows the six seinen: overrides marked ✎ with the computed colour, judged seinen of the year', () => {
    const { tekst } = bericht();
    expect(tekst).toMatch(/Tijdige zorg\s+91,6%\s+≥ 95%\s+▲ oranje/);
    expect(tekst).toMatch(/Tijdige pgb-toekenning\s+93,8%\s+≥ 95%\s+✔ groen ✎ \(berekend: ▲ oranje\)/);
    expect(tekst).toMatch(/Tijdige eigen bijdrage\s+–\s+≥ 80%\s+\? onbekend/);
    expect(tekst).toMatch(
      /Passende zorg gedurende de looptijd van de indicatie\s+–\s+oordeel 2026\s+✔ groen/,
    );
    // A judgement of another year does not count.
    expect(tekst).toMatch(/Keuze tussen leveringsvormen\s+–\s+oordeel 2026\s+nog niet beoordeeld/);
    // Free text of beheer (toelichting) stays out of the mail.
    expect(tekst).not.toContain('Nu groen');
  });

  it('a first mail says so and marks nothing as new', () => {
    const { mail, tekst } = bericht();
    expect(mail.lijst.some((r) => r.nieuw)).toBe(false);
    expect(tekst).toContain('Dit is de eerste alertmail van dit abonnement');
  });

  it('the next mail tells what changed and marks the newly listed items', () => {
    const eerder = bouwAlertMail({
      regio: REGIO,
      cyclus,
      stand: {
        ...stand,
        maand: calendarMonth('2026-09'),
        seinen: { ...stand.seinen, tijdige_zorg: { waarde: 96.1, drempel: 95, kleur: 'groen' } },
        oordelen: [],
      },
      lijst: [pgb, wachtende('Weg-1', 80, 91)],
      vorige: null,
      dashboardUrl: BASIS,
    });
    const vorige = {
      cyclus: calendarDate('2026-10-19'),
      samenvatting: eerder.samenvatting,
      lijstHashes: eerder.lijstHashes,
    };
    const { mail, tekst, html } = bericht(vorige);
    expect(mail.lijst.filter((r) => r.nieuw).map((r) => r.regel.client_id)).toEqual([
      MARKUP,
      maz.client_id,
      'W-dreigend',
    ]);
    expect(tekst).toContain('Sinds de vorige mail (cyclus van 19-10-2026): Daarna is 1 cyclus overgeslagen');
    expect(tekst).toContain('- Nieuwe maand: oktober 2026 (vorige mail: september 2026).');
    expect(tekst).toContain('- Tijdige zorg: ✔ groen 96,1% → ▲ oranje 91,6%');
    expect(tekst).toContain(
      '- Passende zorg gedurende de looptijd van de indicatie: niet beoordeeld → ✔ groen',
    );
    expect(tekst).toContain('- 75%-lijst: 3 nieuw, 1 niet meer op de lijst.');
    expect(tekst).toContain('4 regels: 2 overschreden, 2 dreigend; 3 nieuw sinds de vorige mail');
    expect(html).toContain('75%-lijst: 3 nieuw, 1 niet meer op de lijst.');
  });

  it('remembers the list as hashes of kind, region and id, never the ids', () => {
    const { mail } = bericht();
    expect(mail.lijstHashes).toHaveLength(4);
    expect(mail.lijstHashes.join('')).not.toContain('P-1');
    expect(lijstHash(REGIO, pgb)).not.toBe(lijstHash('5518' as RegioCode, pgb));
    expect(lijstHash(REGIO, pgb)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(vatSeinenSamen(stand).oordelen).toEqual({ passende_zorg: 'groen' });
  });

  it('has a stable Message-ID per cycle, region and address that holds no address', () => {
    const a = bericht();
    const b = bericht();
    expect(a.messageId).toBe(b.messageId);
    expect(a.messageId).toMatch(/^<zorgplicht-alert\.2026-11-16\.5517\.[0-9a-f]{16}@zorgkantoor\.nl>$/);
    expect(a.messageId).not.toContain('jansen');
  });
});
