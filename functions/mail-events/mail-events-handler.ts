import type { Context } from 'aws-lambda';
import { blockAddress } from '../../shared/app/alerts/block-address.ts';
import type { Logger } from '../../shared/logging/logger.ts';
import type { VerzendingStore } from '../../shared/storage/verzending-store.ts';
import { leesSesMelding, snsBerichten } from './ses-melding.ts';

export interface MailEventsDeps {
  readonly verzendingen: Pick<VerzendingStore, 'putBlokkade'>;
  readonly logger: Logger;
  readonly now?: () => Date;
}

/**
 * SES bounces and complaints, delivered by SNS (the mail configuration set's feedback topic):
 * each address with a permanent bounce or a complaint is blocked, so the alert run stops
 * mailing it and `zorgplicht alerts --status` reports it to beheer. A message that is no SES
 * notification is logged and dropped: delivering it again would not make it one.
 */
export function createMailEventsHandler(deps: MailEventsDeps) {
  const { logger } = deps;
  return async (event: unknown, context?: Context): Promise<{ geblokkeerd: number; genegeerd: number }> => {
    if (context) logger.addContext(context);
    let geblokkeerd = 0;
    let genegeerd = 0;
    const berichten = snsBerichten(event);
    if (!berichten) {
      logger.error('Aanroep zonder SNS-berichten genegeerd');
      return { geblokkeerd, genegeerd: 1 };
    }
    for (const record of berichten) {
      const melding = leesSesMelding(record.bericht);
      if (melding.soort !== 'blokkeren') {
        genegeerd += 1;
        const log = melding.soort === 'ongeldig' ? logger.error.bind(logger) : logger.info.bind(logger);
        log('SNS-bericht over de alertmail niet gebruikt', {
          bericht: record.id,
          waarom: melding.waarom,
        });
        continue;
      }
      for (const adres of melding.adressen) {
        const gedaan = await blockAddress(adres, {
          verzendingen: deps.verzendingen,
          logger,
          now: deps.now ?? (() => new Date()),
        });
        if (gedaan) geblokkeerd += 1;
        else genegeerd += 1;
      }
    }
    return { geblokkeerd, genegeerd };
  };
}
