import type { AlertBericht } from '../../alerts/alert-bericht.ts';
import { type AlertCyclus, eersteCyclus, huidigeCyclus } from '../../alerts/alert-cyclus.ts';
import type { AlertInstellingen } from '../../alerts/alert-instellingen.ts';
import type { Abonnement, AbonnementStore } from '../../storage/abonnement-store.ts';
import type { VerzendingStore } from '../../storage/verzending-store.ts';
import type { AlertBronnen } from './alert-bronnen.ts';
import { type Actor, vereisBeheer } from './alert-actor.ts';
import { composeAlert, regioGegevensPerRun } from './compose-alert.ts';

/**
 * Every subscriber's mail as it would be sent now, due or not (a preview, contracts §4): in the
 * current cycle, or the first one before the anchor. Sends nothing, claims nothing and writes
 * no access-log record; it only reads.
 */
export async function previewAlerts(
  actor: Actor,
  deps: {
    readonly abonnementen: Pick<AbonnementStore, 'listAbonnementen'>;
    readonly verzendingen: Pick<VerzendingStore, 'vorigeVerzending'>;
    readonly bronnen: AlertBronnen;
    readonly instellingen: AlertInstellingen;
    readonly now: () => Date;
  },
): Promise<{
  readonly cyclus: AlertCyclus;
  readonly berichten: readonly { readonly abonnement: Abonnement; readonly bericht: AlertBericht }[];
}> {
  vereisBeheer(actor, 'de alertmails bekijken');
  const nu = deps.now();
  const cyclus = huidigeCyclus(nu, deps.instellingen.anker) ?? eersteCyclus(deps.instellingen.anker);
  const gegevens = regioGegevensPerRun(deps.bronnen);
  const berichten = [];
  for (const abonnement of await deps.abonnementen.listAbonnementen()) {
    const { bericht } = await composeAlert(abonnement, cyclus, await gegevens(abonnement.regio), {
      verzendingen: deps.verzendingen,
      instellingen: deps.instellingen,
      datum: nu,
    });
    berichten.push({ abonnement, bericht });
  }
  return { cyclus, berichten };
}
