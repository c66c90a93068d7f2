import { hostname } from 'node:os';
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import type { AlertInstellingen } from '../../shared/alerts/alert-instellingen.ts';
import type { AlertBronnen } from '../../shared/app/alerts/alert-bronnen.ts';
import type { MailVerzender } from '../../shared/mail/mail-verzender.ts';
import {
  ALERT_UITKOMST_SOORTEN,
  type AlertUitkomstSoort,
  runAlerts,
} from '../../shared/app/alerts/run-alerts.ts';
import type { Logger } from '../../shared/logging/logger.ts';
import type { ZorgplichtStore } from '../../shared/storage/zorgplicht-store.ts';

export interface AlertsHandlerDeps {
  readonly store: ZorgplichtStore;
  readonly bronnen: AlertBronnen;
  readonly verzender: MailVerzender;
  readonly instellingen: AlertInstellingen;
  readonly logger: Logger;
  /** Powertools Metrics (namespace and `service` from the function's environment). */
  readonly metrics: Metrics;
  readonly now?: () => Date;
}

/** What a run did: the cycle, and how many subscribers ended in each outcome. */
export interface AlertsSamenvatting {
  readonly cyclus: string | null;
  readonly uitkomsten: Readonly<Record<AlertUitkomstSoort, number>>;
}

const METRIEK: Readonly<Record<AlertUitkomstSoort, string>> = {
  verzonden: 'AlertVerzonden',
  'al verzonden': 'AlertAlVerzonden',
  'bezig elders': 'AlertBezigElders',
  mislukt: 'AlertMislukt',
  geblokkeerd: 'AlertGeblokkeerd',
  onbekend: 'AlertOnbekend',
  'niet toegestaan': 'AlertNietToegestaan',
};

/**
 * The alerts Lambda, on an hourly schedule: runs the same use case as `zorgplicht alerts`, so
 * a mail that failed is retried within the hour and a mail that went out is never sent again.
 * Another invocation cannot be seen from here: a claim's lease decides whether it still runs.
 * A run with failures still succeeds (the next hour retries); the counts go out as metrics for
 * the alarms, and the log names no client and no full address.
 */
export function createAlertsHandler(deps: AlertsHandlerDeps) {
  const { logger, store } = deps;
  return async (_event: unknown, context?: Context): Promise<AlertsSamenvatting> => {
    if (context) logger.addContext(context);
    const resultaat = await runAlerts({
      abonnementen: store.abonnementen,
      verzendingen: store.verzendingen,
      toegangslog: store.toegangslog,
      mailInstellingen: store.mailInstellingen,
      bronnen: deps.bronnen,
      verzender: deps.verzender,
      instellingen: deps.instellingen,
      logger,
      now: deps.now ?? (() => new Date()),
      proces: { host: hostname(), pid: process.pid },
      isAlive: () => true,
    });
    const uitkomsten: Record<AlertUitkomstSoort, number> = {
      verzonden: 0,
      'al verzonden': 0,
      'bezig elders': 0,
      mislukt: 0,
      geblokkeerd: 0,
      onbekend: 0,
      'niet toegestaan': 0,
    };
    for (const uitkomst of resultaat.uitkomsten) uitkomsten[uitkomst.soort] += 1;
    for (const soort of ALERT_UITKOMST_SOORTEN) {
      if (uitkomsten[soort] > 0) deps.metrics.addMetric(METRIEK[soort], MetricUnit.Count, uitkomsten[soort]);
    }
    const samenvatting = { cyclus: resultaat.cyclus?.id ?? null, uitkomsten };
    logger.info('Alertrun klaar', { ...samenvatting });
    if (deps.metrics.hasStoredMetrics()) deps.metrics.publishStoredMetrics();
    return samenvatting;
  };
}
