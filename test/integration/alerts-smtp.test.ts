import { rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { maskeerAdres, type EmailAdres } from '../../shared/alerts/email-adres.ts';
import { parseAlertInstellingen, type AlertInstellingen } from '../../shared/alerts/alert-instellingen.ts';
import { alertStatus } from '../../shared/app/alerts/alert-status.ts';
import { previewAlerts } from '../../shared/app/alerts/preview-alerts.ts';
import { resendAlert } from '../../shared/app/alerts/resend-alert.ts';
import { runAlerts, type RunAlertsDeps } from '../../shared/app/alerts/run-alerts.ts';
import { createStoreAlertBronnen } from '../../shared/app/alerts/store-alert-bronnen.ts';
import { unblockAddress } from '../../shared/app/alerts/unblock-address.ts';
import { calendarDate, calendarMonth } from '../../shared/calendar/calendar-date.ts';
import { operator } from '../../shared/app/gebruiker.ts';
import { getIndicatoren } from '../../shared/app/lezen/get-indicatoren.ts';
import { ingestExtract } from '../../shared/ingest/ingest-extract.ts';
import { createSmtpVerzender } from '../../shared/mail/smtp-verzender.ts';
import { STANDAARD_NORMEN } from '../../shared/norms/standaard-normen.ts';
import { normenHash } from '../../shared/norms/normen-hash.ts';
import type { Normen } from '../../shared/norms/normen.ts';
import type { RegioCode } from '../../shared/reference/zorgkantoorregio.ts';
import { isClaimHolderAlive } from '../../shared/storage/local/process-alive.ts';
import { formatPercentage } from '../../shared/text/dutch-format.ts';
import {
  ALERT_NU,
  LIJST_5517,
  LIJST_5518,
  latereWachtlijst5517,
  MARKUP_ID,
  NIET_OP_LIJST_5517,
} from '../support/alert-extracten.ts';
import { BEHEER, vulAlertStore } from '../support/alert-opzet.ts';
import { startSmtpCatcher, type SmtpCatcher } from '../support/smtp-catcher.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';

const R5517 = '5517' as RegioCode;
const R5518 = '5518' as RegioCode;
const A = 'a.de.vries@zorgkantoor.nl';
const B = 'b.bakker@zorgkantoor.nl';
const C = 'c.smit@zorgkantoor.nl';

let normen: Normen;
const instellingen: AlertInstellingen = (() => {
  const uitkomst = parseAlertInstellingen({ MAIL_AFZENDER: 'monitor@zorgkantoor.nl' });
  if (!uitkomst.ok) throw new Error(uitkomst.fouten.join());
  return uitkomst.instellingen;
})();

interface Opzet {
  readonly t: TestStore;
  readonly klok: { nu: Date };
  readonly catcher: SmtpCatcher;
  run(opties?: Partial<RunAlertsDeps>): ReturnType<typeof runAlerts>;
}

const opruimen: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const stap of opruimen.splice(0).reverse()) await stap();
});

/** Both regions' extracts ingested the normal way, three subscribers, a catcher on loopback. */
async function opzet(): Promise<Opzet> {
  normen ??= STANDAARD_NORMEN;
  const klok = { nu: new Date(ALERT_NU) };
  const t = await createTestStore({ now: () => new Date(klok.nu) });
  opruimen.push(() => rm(t.dataDir, { recursive: true, force: true }));
  await vulAlertStore(t, [
    ['5517', A],
    ['5517', B],
    ['5518', C],
  ]);
  const catcher = await startSmtpCatcher();
  opruimen.push(() => catcher.stop());
  return {
    t,
    klok,
    catcher,
    run: (opties = {}) =>
      runAlerts({
        abonnementen: t.store.abonnementen,
        verzendingen: t.store.verzendingen,
        toegangslog: t.store.toegangslog,
        mailInstellingen: t.store.mailInstellingen,
        bronnen: createStoreAlertBronnen({
          store: t.store,
          normen: async () => ({ normen: normen, bron: { soort: 'standaard' }, hash: normenHash(normen) }),
          now: () => new Date('2026-11-16T08:00:00Z'),
        }),
        verzender: createSmtpVerzender(new URL(catcher.url)),
        instellingen,
        logger: new Logger({ serviceName: 'test', logLevel: 'SILENT' }),
        now: () => new Date(klok.nu),
        proces: { host: hostname(), pid: process.pid },
        isAlive: isClaimHolderAlive,
        ...opties,
      }),
  };
}

const mailAan = (catcher: SmtpCatcher, adres: string) => catcher.mails.filter((m) => m.aan.includes(adres));
const soorten = (resultaat: Awaited<ReturnType<typeof runAlerts>>) =>
  Object.fromEntries(resultaat.uitkomsten.map((u) => [u.adres, u.soort]));

describe('the alert run with a real SMTP server on loopback', () => {
  it('sends each subscriber one multipart Dutch mail with the stored seinen and 75%-lijst of their region only', async () => {
    const { t, catcher, run } = await opzet();
    await t.store.seinen.saveSeinAanpassing({
      regio: R5517,
      maand: calendarMonth('2026-10'),
      sein: 'tijdige_zorg',
      kleur: 'groen',
      berekendeKleur: 'oranje',
      berekendeWaarde: 50,
      toelichting: 'Eenmalige piek door een sluiting',
      auteur: 'beheerder',
      tijdstip: '2026-11-10T10:00:00.000Z',
    });

    const resultaat = await run();

    expect(resultaat.cyclus?.id).toBe('2026-11-16');
    expect(soorten(resultaat)).toEqual({ [A]: 'verzonden', [B]: 'verzonden', [C]: 'verzonden' });
    expect(catcher.mails).toHaveLength(3);
    const [mail] = mailAan(catcher, A);
    if (!mail) throw new Error('no mail to A');
    expect(mail.van).toBe('monitor@zorgkantoor.nl');
    expect(mail.mail.subject).toBe(
      'Zorgplicht-monitor 5517 Zuid-Holland Noord: seinen en 75%-lijst van 16-11-2026',
    );
    expect(mail.ruw).toMatch(/Content-Type: multipart\/alternative/i);
    const tekst = mail.mail.text ?? '';
    const html = typeof mail.mail.html === 'string' ? mail.mail.html : '';
    expect(html).not.toBe('');

    // The seinen as the store computes them for the newest month, the override marked.
    const seinen = (
      await getIndicatoren(
        {
          store: t.store,
          normen: { normen, bron: { soort: 'standaard' }, hash: normenHash(normen) },
          now: () => new Date(),
        },
        { gebruiker: operator('test'), regio: R5517, maand: calendarMonth('2026-10') },
      )
    ).indicatoren.seinen;
    expect(tekst).toMatch(
      new RegExp(
        `Tijdige zorg\\s+${formatPercentage(seinen.tijdige_zorg.waarde)}\\s+≥ 95%\\s+✔ groen ✎ \\(berekend: ▲ oranje\\)`,
      ),
    );
    expect(tekst).toMatch(
      new RegExp(`Tijdige pgb-toekenning\\s+${formatPercentage(seinen.tijdige_pgb_toekenning.waarde)}`),
    );
    // The list: exactly the stored 75%-lijst of 5517, most urgent first, and nothing of 5518.
    const volgorde = LIJST_5517.map((id) => tekst.indexOf(`  ${id}  `));
    expect(volgorde.every((i) => i > 0)).toBe(true);
    expect([...volgorde].sort((x, y) => x - y)).toEqual(volgorde);
    expect(tekst).toContain('7 regels: 3 overschreden, 4 dreigend');
    for (const id of [...NIET_OP_LIJST_5517, ...LIJST_5518]) {
      expect(tekst).not.toContain(id);
      expect(mail.ruw).not.toContain(id);
    }
    expect(tekst).toMatch(/M-5517-b\s+MAZ\s+vpt, uitval\s+46\s+30\s+overschreden/);
    expect(tekst).toMatch(/W-5517-b\s+Wachtlijst\s+Actief plaatsen\s+82\s+91\s+dreigend/);
    expect(tekst).toContain('http://127.0.0.1:3000/#/regio/5517/2026-10');
    expect(tekst).toContain('http://127.0.0.1:3000/#/lijst/5517');

    const [mailC] = mailAan(catcher, C);
    expect(mailC?.mail.subject).toContain('5518 Haaglanden');
    expect(mailC?.mail.text).toContain('W-5518-a');
    for (const id of LIJST_5517) expect(mailC?.ruw).not.toContain(id);
  });

  it('escapes a client_id with markup in the HTML part', async () => {
    const { catcher, run } = await opzet();
    await run();
    const [mail] = mailAan(catcher, A);
    const html = typeof mail?.mail.html === 'string' ? mail.mail.html : '';
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(mail?.mail.text).toContain(MARKUP_ID);
  });

  it('records one access-log record per mail sent: masked subscriber, role abonnee, channel mail, rows, no client ids', async () => {
    const { t, run } = await opzet();
    await run();
    const records = await t.store.toegangslog.listToegang({
      van: '2026-11-01T00:00:00.000Z',
      tot: '2026-12-01T00:00:00.000Z',
    });
    expect(records.map((r) => [r.gebruiker, r.rol, r.kanaal, r.regio, r.bron, r.rijen]).sort()).toEqual([
      [maskeerAdres(A as EmailAdres), 'abonnee', 'mail', '5517', 'alertmail 2026-11-16', 7],
      [maskeerAdres(B as EmailAdres), 'abonnee', 'mail', '5517', 'alertmail 2026-11-16', 7],
      [maskeerAdres(C as EmailAdres), 'abonnee', 'mail', '5518', 'alertmail 2026-11-16', 1],
    ]);
    const json = JSON.stringify(records);
    for (const id of [...LIJST_5517, ...LIJST_5518]) expect(json).not.toContain(id);
    expect(json).not.toContain(A);
    // Readable by region and by user too.
    const periode = { van: '2026-11-01T00:00:00.000Z', tot: '2026-12-01T00:00:00.000Z' };
    expect(await t.store.toegangslog.listToegang({ ...periode, regio: R5518 })).toHaveLength(1);
    expect(
      await t.store.toegangslog.listToegang({ ...periode, gebruiker: maskeerAdres(A as EmailAdres) }),
    ).toHaveLength(1);
  });

  it('sends nothing twice: a second run in the same cycle, an hour or a week later, finds every mail sent', async () => {
    const { t, klok, catcher, run } = await opzet();
    await run();
    klok.nu = new Date('2026-11-17T10:00:00+01:00');
    expect(new Set(Object.values(soorten(await run())))).toEqual(new Set(['al verzonden']));
    klok.nu = new Date('2026-11-24T10:00:00+01:00');
    expect(new Set(Object.values(soorten(await run())))).toEqual(new Set(['al verzonden']));
    expect(catcher.mails).toHaveLength(3);
    expect(
      await t.store.toegangslog.listToegang({
        van: '2026-11-01T00:00:00.000Z',
        tot: '2026-12-01T00:00:00.000Z',
      }),
    ).toHaveLength(3);
  });

  it('two runs at the same moment send each mail once', async () => {
    const { catcher, run } = await opzet();
    const [een, twee] = await Promise.all([run(), run()]);
    expect(catcher.mails).toHaveLength(3);
    const verzonden = [...een.uitkomsten, ...twee.uitkomsten].filter((u) => u.soort === 'verzonden');
    expect(verzonden.map((u) => u.adres).sort()).toEqual([A, B, C].sort());
  });

  it('retries on the next run after the mail server was down, and reports the failure', async () => {
    const { t, catcher, run } = await opzet();
    await catcher.stop();
    const mislukt = await run();
    expect(new Set(Object.values(soorten(mislukt)))).toEqual(new Set(['mislukt']));
    expect(mislukt.uitkomsten[0]?.reden).toBe(
      'de mailserver smtp://127.0.0.1:' + catcher.port + ' is niet bereikbaar (ECONNREFUSED)',
    );
    expect(
      (await t.store.verzendingen.listVerzendingen(calendarDate('2026-11-16'))).map((v) => v.status),
    ).toEqual(['mislukt', 'mislukt', 'mislukt']);
    expect(
      await t.store.toegangslog.listToegang({
        van: '2026-11-01T00:00:00.000Z',
        tot: '2026-12-01T00:00:00.000Z',
      }),
    ).toEqual([]);

    const weerOp = await startSmtpCatcher(catcher.port);
    opruimen.push(() => weerOp.stop());
    expect(soorten(await run())).toEqual({ [A]: 'verzonden', [B]: 'verzonden', [C]: 'verzonden' });
    expect(weerOp.mails).toHaveLength(3);
    expect(
      (await t.store.verzendingen.listVerzendingen(calendarDate('2026-11-16'))).map((v) => v.pogingen),
    ).toEqual([2, 2, 2]);
  });

  it('a temporary refusal (4xx) is retried; a permanent one (5xx) blocks the address until beheer lifts it', async () => {
    const { t, catcher, run } = await opzet();
    const pogingen = new Map<string, number>();
    catcher.weiger((adres) => {
      pogingen.set(adres, (pogingen.get(adres) ?? 0) + 1);
      if (adres === B) return { code: 550, tekst: `5.1.1 <${B}>: mailbox unavailable` };
      if (adres === C && (pogingen.get(C) ?? 0) === 1) return { code: 451, tekst: '4.3.0 try again later' };
      return undefined;
    });

    const eerste = await run();
    expect(soorten(eerste)).toEqual({ [A]: 'verzonden', [B]: 'geblokkeerd', [C]: 'mislukt' });
    const b = eerste.uitkomsten.find((u) => u.adres === B);
    // The server's answer names the address; the reason keeps it masked.
    expect(b?.reden).toBe(
      'blijvend geweigerd, adres nu geblokkeerd: de mailserver weigert de mail blijvend: 550 5.1.1 <b***@zorgkantoor.nl>: mailbox unavailable',
    );
    expect(await t.store.verzendingen.listBlokkades()).toMatchObject([{ adres: B, bron: 'verzending' }]);

    const tweede = await run();
    expect(soorten(tweede)).toEqual({ [A]: 'al verzonden', [B]: 'geblokkeerd', [C]: 'verzonden' });
    // Not retried for ever: the blocked address was not even tried again.
    expect(pogingen.get(B)).toBe(1);
    const status = await alertStatus(BEHEER, {
      abonnementen: t.store.abonnementen,
      verzendingen: t.store.verzendingen,
      mailInstellingen: t.store.mailInstellingen,
      instellingen,
      now: () => new Date(ALERT_NU),
    });
    expect(status.blokkades.map((bl) => bl.adres)).toEqual([B]);
    expect(status.regels.find((r) => r.adres === B)?.stand).toBe('mislukt');

    catcher.weiger(() => undefined);
    await unblockAddress({ email: B }, BEHEER, { verzendingen: t.store.verzendingen });
    expect(soorten(await run())[B]).toBe('verzonden');
    expect(mailAan(catcher, B)).toHaveLength(1);
  });

  it('a run that stopped while sending leaves the mail onbekend: not resent until a person releases it', async () => {
    const { t, catcher, run } = await opzet();
    const cyclus = calendarDate('2026-11-16');
    // What a run that died between claiming and recording leaves: a claim whose lease ran out.
    await t.store.verzendingen.putVerzending(
      {
        cyclus,
        regio: R5517,
        adres: A as EmailAdres,
        status: 'bezig',
        poging: 'gestopt',
        pogingen: 1,
        eigenaar: { host: 'elders', pid: 1, totUiterlijk: '2026-11-17T07:00:00.000Z' },
        messageId: '<x@zorgkantoor.nl>',
        samenvatting: null,
        lijstHashes: [],
        rijen: 7,
        bijgewerktOp: '2026-11-17T06:45:00.000Z',
      },
      { soort: 'nieuw' },
    );

    const eerste = await run();
    expect(soorten(eerste)[A]).toBe('onbekend');
    expect(eerste.uitkomsten.find((u) => u.adres === A)?.reden).toContain('stopte tijdens het verzenden');
    expect(await run().then(soorten)).toMatchObject({ [A]: 'onbekend' });
    expect(mailAan(catcher, A)).toHaveLength(0);
    expect((await t.store.verzendingen.getVerzending(cyclus, R5517, A as EmailAdres))?.status).toBe(
      'onbekend',
    );

    await resendAlert({ regio: R5517, email: A }, BEHEER, {
      verzendingen: t.store.verzendingen,
      instellingen,
      now: () => new Date(ALERT_NU),
    });
    expect(soorten(await run())[A]).toBe('verzonden');
    expect(mailAan(catcher, A)).toHaveLength(1);
    await expect(
      resendAlert({ regio: R5517, email: A }, BEHEER, {
        verzendingen: t.store.verzendingen,
        instellingen,
        now: () => new Date(ALERT_NU),
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('a claim of a live run elsewhere is left alone', async () => {
    const { t, catcher, run } = await opzet();
    await t.store.verzendingen.putVerzending(
      {
        cyclus: calendarDate('2026-11-16'),
        regio: R5517,
        adres: A as EmailAdres,
        status: 'bezig',
        poging: 'elders',
        pogingen: 1,
        eigenaar: { host: 'andere-machine', pid: 1, totUiterlijk: '2026-11-17T09:00:00.000Z' },
        messageId: '<x@zorgkantoor.nl>',
        samenvatting: null,
        lijstHashes: [],
        rijen: 7,
        bijgewerktOp: '2026-11-17T07:59:00.000Z',
      },
      { soort: 'nieuw' },
    );
    expect(soorten(await run())[A]).toBe('bezig elders');
    expect(mailAan(catcher, A)).toHaveLength(0);
  });

  it('the next cycle’s mail tells what changed and marks the newly listed client', async () => {
    const { t, klok, catcher, run } = await opzet();
    await run();
    klok.nu = new Date('2026-12-01T08:00:00+01:00');
    const later = latereWachtlijst5517();
    expect(
      (await ingestExtract({ naam: later.naam, bytes: Buffer.from(later.tekst) }, t.context)).status,
    ).toBe('verwerkt');

    expect(soorten(await run())[A]).toBe('verzonden');
    const mails = mailAan(catcher, A);
    expect(mails).toHaveLength(2);
    const tekst = mails[1]?.mail.text ?? '';
    expect(mails[1]?.mail.subject).toContain('30-11-2026');
    expect(tekst).toContain('Sinds de vorige mail (cyclus van 16-11-2026):');
    // Only a wachtlijst of November arrived: the seinen stay with October, the newest month with
    // data of all three kinds (the default-month rule), so they did not change.
    expect(tekst).toContain('Seinen — oktober 2026');
    expect(tekst).toContain('- Geen van de seinen is veranderd.');
    expect(tekst).toContain('- 75%-lijst: 1 nieuw, 2 niet meer op de lijst.');
    expect(tekst).toMatch(/nieuw\s+W-5517-c\s+Wachtlijst/);
    expect(tekst).not.toMatch(/nieuw\s+W-5517-b/);
    expect(tekst).not.toContain('W-5517-a');
  });

  it('a whole missed cycle: only the current one is sent, and the run says cycles were skipped', async () => {
    const { klok, catcher, run } = await opzet();
    await run();
    klok.nu = new Date('2026-12-16T08:00:00+01:00'); // the cycle of 14-12; the one of 30-11 was missed
    const resultaat = await run();
    expect(resultaat.cyclus?.id).toBe('2026-12-14');
    expect(resultaat.uitkomsten.map((u) => u.overgeslagenCycli)).toEqual([1, 1, 1]);
    expect(catcher.mails).toHaveLength(6);
    expect(mailAan(catcher, A)[1]?.mail.text).toContain('Daarna is 1 cyclus overgeslagen');
  });

  it('logs hold no client identifiers and no full addresses', async () => {
    const { catcher, run } = await opzet();
    const regels: string[] = [];
    const vang = (chunk: string | Uint8Array) => {
      regels.push(String(chunk));
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(vang);
    vi.spyOn(process.stderr, 'write').mockImplementation(vang);
    catcher.weiger((adres) => (adres === B ? { code: 550, tekst: `<${B}> unknown` } : undefined));
    await run({ logger: new Logger({ serviceName: 'test', logLevel: 'DEBUG' }) });
    vi.restoreAllMocks();
    const log = regels.join('');
    expect(log).toContain('Alertmail verzonden');
    expect(log).toContain('Alertmail blijvend geweigerd: adres geblokkeerd');
    expect(log).toContain('b***@zorgkantoor.nl');
    for (const geheim of [A, B, C, ...LIJST_5517, ...LIJST_5518]) expect(log).not.toContain(geheim);
  });

  it('a dry run renders every subscriber’s mail, due or not, and sends and records nothing', async () => {
    const { t, catcher, run } = await opzet();
    await run();
    const voorbeeld = await previewAlerts(BEHEER, {
      abonnementen: t.store.abonnementen,
      verzendingen: t.store.verzendingen,
      bronnen: createStoreAlertBronnen({
        store: t.store,
        normen: async () => ({ normen: normen, bron: { soort: 'standaard' }, hash: normenHash(normen) }),
        now: () => new Date('2026-11-16T08:00:00Z'),
      }),
      instellingen,
      now: () => new Date(ALERT_NU),
    });
    expect(voorbeeld.berichten.map((b) => b.bericht.aan).sort()).toEqual([A, B, C].sort());
    expect(catcher.mails).toHaveLength(3);
    expect(
      await t.store.toegangslog.listToegang({
        van: '2026-11-01T00:00:00.000Z',
        tot: '2026-12-01T00:00:00.000Z',
      }),
    ).toHaveLength(3);
    expect(
      (await t.store.verzendingen.listVerzendingen(calendarDate('2026-11-16'))).every(
        (v) => v.pogingen === 1,
      ),
    ).toBe(true);
  });
});
