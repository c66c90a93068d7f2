import { addDays } from '../calendar/calendar-date.ts';
import type { MazMelding, PgbAanvraag } from '../extracts/extract-rows.ts';
import type { Normen } from '../norms/normen.ts';
import type { Stand } from './stand.ts';
import { beoordeelMaz } from './maz-sectie.ts';
import { beoordeelPgb } from './pgb-sectie.ts';
import type { SignaalRegel } from './signaal-regel.ts';
import type { BeoordeeldItem } from './tijdigheid.ts';
import { berekenWachtlijst, type Snapshot } from './wachtlijst-sectie.ts';

export interface SignaallijstInvoer {
  readonly wachtlijst: Snapshot | null;
  readonly pgb: Stand<PgbAanvraag>;
  readonly maz: Stand<MazMelding>;
}

/** Highest share of the norm first; then most days; then client_id. */
function byUrgency(a: SignaalRegel, b: SignaalRegel): number {
  return (
    b.dagen / b.normDagen - a.dagen / a.normDagen ||
    b.dagen - a.dagen ||
    a.client_id.localeCompare(b.client_id)
  );
}

function itemRegel<R>(item: BeoordeeldItem<R>, peildatum: NonNullable<Stand<R>['peildatum']>) {
  return {
    categorie: item.signaal ?? 'dreigend',
    dagen: item.dagenOpPeildatum,
    normDagen: item.normDagen,
    peildatum,
    startdatum: item.start,
    deadline: item.deadline,
  } as const;
}

/**
 * The 75%-lijst of all three kinds (contracts §3, §4): waiting clients with signaal75, and open
 * pgb applications and MAZ at or past the signal fraction of their norm. Wachtlijst first, then
 * pgb, then MAZ; within a kind the most urgent first.
 */
export function berekenSignaallijst(invoer: SignaallijstInvoer, normen: Normen): SignaalRegel[] {
  const wachtlijst: SignaalRegel[] = [];
  if (invoer.wachtlijst) {
    const peildatum = invoer.wachtlijst.peildatum;
    for (const b of berekenWachtlijst(invoer.wachtlijst, normen).beoordeeld) {
      if (!b.signaal75 || b.streefnorm === undefined) continue;
      wachtlijst.push({
        soort: 'wachtlijst',
        client_id: b.regel.clientId,
        categorie: b.buitenStreefnorm ? 'overschreden' : 'dreigend',
        dagen: b.wachtdagen,
        normDagen: b.streefnorm,
        peildatum,
        startdatum: b.regel.ingangsdatumStatus,
        deadline: addDays(b.regel.ingangsdatumStatus, b.streefnorm),
        wachtstatus: b.regel.wachtstatus,
        classificatie: b.regel.classificatie,
        sector: b.regel.sector,
        zorgTijdensWachten: b.regel.zorgTijdensWachten,
      });
    }
  }

  const pgb: SignaalRegel[] = [];
  if (invoer.pgb.peildatum) {
    for (const item of beoordeelPgb(invoer.pgb, normen)) {
      if (!item.signaal) continue;
      pgb.push({
        soort: 'pgb',
        client_id: item.regel.clientId,
        ...itemRegel(item, invoer.pgb.peildatum),
        aanvraag_id: item.regel.aanvraagId,
        ...(item.regel.sector ? { sector: item.regel.sector } : {}),
      });
    }
  }

  const maz: SignaalRegel[] = [];
  if (invoer.maz.peildatum) {
    for (const item of beoordeelMaz(invoer.maz, normen)) {
      if (!item.signaal) continue;
      maz.push({
        soort: 'maz',
        client_id: item.regel.clientId,
        ...itemRegel(item, invoer.maz.peildatum),
        maz_id: item.regel.mazId,
        leveringsvorm: item.regel.leveringsvorm,
        uitval: item.regel.uitval ?? false,
      });
    }
  }
  return [...wachtlijst.sort(byUrgency), ...pgb.sort(byUrgency), ...maz.sort(byUrgency)];
}
