import { huidigeCyclus } from '../../alerts/alert-cyclus.ts';
import type { AlertInstellingen } from '../../alerts/alert-instellingen.ts';
import { type RegioCode, regioLabel } from '../../reference/zorgkantoorregio.ts';
import type { VerzendingStore } from '../../storage/verzending-store.ts';
import { formatDatum, formatTijdstip } from '../../text/dutch-format.ts';
import { AppError } from '../app-error.ts';
import { type Actor, vereisBeheer } from './alert-actor.ts';
import { adresUitInvoer } from './parse-adres.ts';

/**
 * A person's decision to send a mail of the current cycle whose fate is `onbekend` once more
 * (the reader may then get it twice: it carries the same Message-ID). Only an `onbekend` mail
 * can be released; the next run sends it.
 */
export async function resendAlert(
  invoer: { readonly regio: RegioCode; readonly email: string },
  actor: Actor,
  deps: {
    readonly verzendingen: Pick<VerzendingStore, 'getVerzending' | 'putVerzending'>;
    readonly instellingen: AlertInstellingen;
    readonly now: () => Date;
  },
): Promise<void> {
  vereisBeheer(actor, 'een alertmail opnieuw laten verzenden');
  const adres = adresUitInvoer(invoer.email);
  const cyclus = huidigeCyclus(deps.now(), deps.instellingen.anker);
  const wie = `de mail aan ${adres} over ${regioLabel(invoer.regio)}`;
  const verzending = cyclus
    ? await deps.verzendingen.getVerzending(cyclus.id, invoer.regio, adres)
    : undefined;
  if (!cyclus || !verzending) {
    throw new AppError(
      'NIET_GEVONDEN',
      `In de huidige cyclus is ${wie} nog niet geprobeerd: de volgende run verstuurt hem vanzelf.`,
    );
  }
  if (verzending.status !== 'onbekend') {
    const stand =
      verzending.status === 'verzonden'
        ? `is al verzonden (${formatTijdstip(verzending.verzondenOp ?? verzending.bijgewerktOp)})`
        : verzending.status === 'bezig'
          ? 'wordt op dit moment verzonden'
          : 'wordt bij de volgende run al opnieuw geprobeerd';
    throw new AppError(
      'CONFLICT',
      `${wie.charAt(0).toUpperCase()}${wie.slice(1)} in de cyclus van ${formatDatum(cyclus.id)} ${stand}; alleen een mail met status onbekend kan opnieuw worden verzonden.`,
    );
  }
  const vrijgegeven = await deps.verzendingen.putVerzending(
    { ...verzending, status: 'opnieuw', vrijgegevenDoor: actor.naam, bijgewerktOp: deps.now().toISOString() },
    { soort: 'ongewijzigd', poging: verzending.poging, status: 'onbekend' },
  );
  if (!vrijgegeven) {
    throw new AppError(
      'CONFLICT',
      `De status van ${wie} veranderde intussen; bekijk zorgplicht alerts --status.`,
    );
  }
}
