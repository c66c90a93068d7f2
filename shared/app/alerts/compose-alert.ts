import { type AlertBericht, maakAlertBericht } from '../../alerts/alert-bericht.ts';
import type { AlertCyclus } from '../../alerts/alert-cyclus.ts';
import type { AlertInstellingen } from '../../alerts/alert-instellingen.ts';
import { type AlertMail, bouwAlertMail } from '../../alerts/alert-mail.ts';
import type { SeinenStand } from '../../alerts/seinen-stand.ts';
import type { SignaalRegel } from '../../indicators/signaal-regel.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import type { Abonnement } from '../../storage/abonnement-store.ts';
import type { Verzending, VerzendingStore } from '../../storage/verzending-store.ts';
import type { AlertBronnen } from './alert-bronnen.ts';

export interface RegioGegevens {
  readonly stand: SeinenStand | null;
  readonly lijst: readonly SignaalRegel[];
}

/** Each region's seinen and list read once per run, however many subscribers it has. */
export function regioGegevensPerRun(bronnen: AlertBronnen): (regio: RegioCode) => Promise<RegioGegevens> {
  const gelezen = new Map<RegioCode, Promise<RegioGegevens>>();
  return (regio) => {
    let gegevens = gelezen.get(regio);
    if (!gegevens) {
      gegevens = Promise.all([bronnen.seinen(regio), bronnen.signaallijst(regio)]).then(([stand, lijst]) => ({
        stand,
        lijst,
      }));
      gelezen.set(regio, gegevens);
    }
    return gegevens;
  };
}

export interface SamengesteldeAlert {
  readonly mail: AlertMail;
  readonly bericht: AlertBericht;
  /** The previous mail to this subscriber, if any. */
  readonly vorige: Verzending | undefined;
}

/** One subscriber's mail of a cycle, with the changes since the previous mail to them. */
export async function composeAlert(
  abonnement: Abonnement,
  cyclus: AlertCyclus,
  gegevens: RegioGegevens,
  deps: {
    readonly verzendingen: Pick<VerzendingStore, 'vorigeVerzending'>;
    readonly instellingen: AlertInstellingen;
    readonly datum: Date;
  },
): Promise<SamengesteldeAlert> {
  const vorige = await deps.verzendingen.vorigeVerzending(abonnement.regio, abonnement.adres, cyclus.id);
  const mail = bouwAlertMail({
    regio: abonnement.regio,
    cyclus,
    stand: gegevens.stand,
    lijst: gegevens.lijst,
    vorige: vorige
      ? { cyclus: vorige.cyclus, samenvatting: vorige.samenvatting, lijstHashes: vorige.lijstHashes }
      : null,
    dashboardUrl: deps.instellingen.dashboardUrl,
  });
  const bericht = maakAlertBericht(mail, {
    afzender: deps.instellingen.afzender,
    aan: abonnement.adres,
    datum: deps.datum,
  });
  return { mail, bericht, vorige };
}
