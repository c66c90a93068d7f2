import { subscribe } from '../../shared/app/alerts/subscribe.ts';
import { ingestExtract } from '../../shared/ingest/ingest-extract.ts';
import { findRegio } from '../../shared/reference/zorgkantoorregio.ts';
import { ALERT_NU, alertExtracten } from './alert-extracten.ts';
import type { TestStore } from './test-store.ts';

/** Beheer as an API user: the role that manages subscriptions. */
export const BEHEER = { soort: 'gebruiker', naam: 'beheerder', rol: 'beheer' } as const;

/**
 * The alert tests' starting point in a test store: the extracts of test/support/alert-extracten.ts
 * ingested the normal way, `zorgkantoor.nl` as the allowed mail domain, and the subscribers
 * (region code, address) added through the subscribe use case.
 */
export async function vulAlertStore(
  t: TestStore,
  abonnees: readonly (readonly [string, string])[],
): Promise<void> {
  for (const extract of alertExtracten()) {
    const rapport = await ingestExtract({ naam: extract.naam, bytes: Buffer.from(extract.tekst) }, t.context);
    if (rapport.status !== 'verwerkt') throw new Error(`fixture ${extract.naam}: ${rapport.status}`);
  }
  await t.store.mailInstellingen.setToegestaneDomeinen({
    domeinen: ['zorgkantoor.nl'],
    door: 'beheerder',
    op: ALERT_NU,
  });
  const deps = {
    abonnementen: t.store.abonnementen,
    instellingen: t.store.mailInstellingen,
    verzendingen: t.store.verzendingen,
    now: () => new Date(ALERT_NU),
  };
  for (const [code, email] of abonnees) {
    const regio = findRegio(code);
    if (!regio) throw new Error(`fixture: region ${code}`);
    await subscribe({ regio: regio.code, email }, BEHEER, deps);
  }
}
