import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEmailAdres } from '../../shared/alerts/email-adres.ts';
import { listSubscriptions } from '../../shared/app/alerts/list-subscriptions.ts';
import { subscribe } from '../../shared/app/alerts/subscribe.ts';
import { unsubscribe } from '../../shared/app/alerts/unsubscribe.ts';
import type { RegioCode } from '../../shared/reference/zorgkantoorregio.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';

const R5517 = '5517' as RegioCode;
const R5518 = '5518' as RegioCode;
const BEHEER = { soort: 'gebruiker', naam: 'beheerder', rol: 'beheer' } as const;
const OPERATOR = { soort: 'operator', naam: 'jan' } as const;

function adres(tekst: string) {
  const gelezen = parseEmailAdres(tekst);
  if (!gelezen.ok) throw new Error(gelezen.reden);
  return gelezen.adres;
}

const stores: TestStore[] = [];
afterEach(async () => {
  for (const t of stores.splice(0)) await rm(t.dataDir, { recursive: true, force: true });
});

async function metDomeinen(domeinen: string[]) {
  const t = await createTestStore();
  stores.push(t);
  await t.store.mailInstellingen.setToegestaneDomeinen({
    domeinen,
    door: 'beheerder',
    op: '2026-11-01T10:00:00.000Z',
  });
  const deps = {
    abonnementen: t.store.abonnementen,
    instellingen: t.store.mailInstellingen,
    verzendingen: t.store.verzendingen,
    now: () => new Date('2026-11-17T09:00:00Z'),
  };
  return { t, deps };
}

describe('subscriptions to the alert mail', () => {
  it('adds, lists per region and ends a subscription; addresses compared without regard to case', async () => {
    const { t, deps } = await metDomeinen(['zorgkantoor.nl']);
    const { abonnement, waarschuwingen } = await subscribe(
      { regio: R5517, email: ' J.Jansen@ZorgKantoor.nl ' },
      BEHEER,
      deps,
    );
    expect(abonnement).toEqual({
      regio: R5517,
      adres: 'j.jansen@zorgkantoor.nl',
      sinds: '2026-11-17T09:00:00.000Z',
      door: 'beheerder',
      kanaal: 'api',
      buitenToegestaneDomeinen: false,
    });
    expect(waarschuwingen).toEqual([]);
    await subscribe({ regio: R5518, email: 'j.jansen@zorgkantoor.nl' }, BEHEER, deps);
    await expect(
      subscribe({ regio: R5517, email: 'j.JANSEN@zorgkantoor.nl' }, BEHEER, deps),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'j.jansen@zorgkantoor.nl is al geabonneerd op de alerts van 5517 Zuid-Holland Noord.',
    });
    expect((await t.store.abonnementen.listAbonnementen()).map((a) => a.regio)).toEqual([R5517, R5518]);
    expect((await t.store.abonnementen.listAbonnementen(R5518)).map((a) => a.adres)).toEqual([
      'j.jansen@zorgkantoor.nl',
    ]);

    await unsubscribe({ regio: R5517, email: 'J.JANSEN@zorgkantoor.nl' }, BEHEER, deps);
    expect((await t.store.abonnementen.listAbonnementen()).map((a) => a.regio)).toEqual([R5518]);
    await expect(
      unsubscribe({ regio: R5517, email: 'j.jansen@zorgkantoor.nl' }, BEHEER, deps),
    ).rejects.toMatchObject({
      code: 'NIET_GEVONDEN',
      message:
        'j.jansen@zorgkantoor.nl is niet geabonneerd op de alerts van 5517 Zuid-Holland Noord; zie zorgplicht abonnementen.',
    });
  });

  it('refuses an invalid address', async () => {
    const { deps } = await metDomeinen(['zorgkantoor.nl']);
    await expect(subscribe({ regio: R5517, email: 'jansen@' }, BEHEER, deps)).rejects.toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: 'E-mailadres "jansen@": geen geldig e-mailadres (verwacht bijvoorbeeld naam@zorgkantoor.nl).',
    });
  });

  it('an API user may not add an address outside the allowed domains; the operator may, with a warning', async () => {
    const { t, deps } = await metDomeinen(['zorgkantoor.nl']);
    await expect(subscribe({ regio: R5517, email: 'iemand@gmail.com' }, BEHEER, deps)).rejects.toMatchObject({
      code: 'ONGELDIGE_INVOER',
    });
    expect(await t.store.abonnementen.listAbonnementen()).toEqual([]);

    const { abonnement, waarschuwingen } = await subscribe(
      { regio: R5517, email: 'iemand@gmail.com' },
      OPERATOR,
      deps,
    );
    expect(abonnement).toMatchObject({ kanaal: 'cli', door: 'jan', buitenToegestaneDomeinen: true });
    expect(waarschuwingen).toEqual([
      'Let op: het domein gmail.com staat niet bij de toegestane maildomeinen (zorgkantoor.nl). Als beheerder van deze machine voegt u het adres toch toe; via de API of het dashboard zou het zijn geweigerd. De mail bevat gegevens op cliëntniveau: controleer dat dit adres ze mag ontvangen.',
    ]);
    const lijst = await listSubscriptions({}, OPERATOR, deps);
    expect(lijst.abonnementen).toMatchObject([{ adres: 'iemand@gmail.com', buitenDomeinen: true }]);
    expect(lijst.toegestaneDomeinen.domeinen).toEqual(['zorgkantoor.nl']);
  });

  it('only beheer manages subscriptions (contracts §6)', async () => {
    const { deps } = await metDomeinen(['zorgkantoor.nl']);
    for (const rol of ['zorgkantoor', 'toezicht'] as const) {
      const gebruiker = { soort: 'gebruiker', naam: 'x', rol } as const;
      await expect(
        subscribe({ regio: R5517, email: 'a@zorgkantoor.nl' }, gebruiker, deps),
      ).rejects.toMatchObject({
        code: 'NIET_TOEGESTAAN',
      });
      await expect(listSubscriptions({}, gebruiker, deps)).rejects.toMatchObject({ code: 'NIET_TOEGESTAAN' });
      await expect(
        unsubscribe({ regio: R5517, email: 'a@zorgkantoor.nl' }, gebruiker, deps),
      ).rejects.toMatchObject({
        code: 'NIET_TOEGESTAAN',
      });
    }
  });

  it('warns when the address is blocked', async () => {
    const { t, deps } = await metDomeinen(['zorgkantoor.nl']);
    await t.store.verzendingen.putBlokkade({
      adres: adres('a@zorgkantoor.nl'),
      sinds: '2026-11-10T10:00:00.000Z',
      bron: 'ses-bounce',
      reden: 'SES: permanente bounce (General)',
    });
    const { waarschuwingen } = await subscribe({ regio: R5517, email: 'a@zorgkantoor.nl' }, BEHEER, deps);
    expect(waarschuwingen[0]).toContain('a@zorgkantoor.nl is geblokkeerd sinds 10-11-2026');
  });
});
