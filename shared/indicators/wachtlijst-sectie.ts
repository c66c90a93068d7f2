import type { CalendarDate } from '../calendar/calendar-date.ts';
import type { WachtlijstRegel } from '../extracts/extract-rows.ts';
import type { Normen } from '../norms/normen.ts';
import { SECTOREN, type Sector } from '../reference/sector.ts';
import type { GenormeerdeTelling, Telling, WachtlijstSectie } from './indicatoren-json.ts';
import type { Aandeel } from './percentage.ts';
import { type BeoordeeldeWachtende, beoordeelWachtende } from './wachtende-beoordeling.ts';

export interface Snapshot {
  readonly peildatum: CalendarDate;
  readonly regels: readonly WachtlijstRegel[];
  /** The committed extract version it comes from: the same version, the same rows. */
  readonly versie?: string | undefined;
}

export interface WachtlijstUitkomst {
  readonly sectie: WachtlijstSectie;
  /** Urgent + actief clients not buiten streefnorm, of all urgent + actief; null without snapshot. */
  readonly binnenStreefnorm: Aandeel | null;
  readonly beoordeeld: readonly BeoordeeldeWachtende[];
}

type MutableGenormeerd = { -readonly [K in keyof GenormeerdeTelling]: number };
type MutableTelling = { -readonly [K in keyof Telling]: number };

const genormeerd = (): MutableGenormeerd => ({
  aantal: 0,
  metZorg: 0,
  zonderZorg: 0,
  buitenStreefnorm: 0,
  buitenStreefnormZonderZorg: 0,
  signaal75: 0,
});
const telling = (): MutableTelling => ({ aantal: 0, metZorg: 0, zonderZorg: 0 });

function legeSectoren() {
  return Object.fromEntries(
    SECTOREN.map((sector) => [
      sector,
      {
        urgent_plaatsen: genormeerd(),
        actief_plaatsen: genormeerd(),
        wacht_op_voorkeur: telling(),
        wacht_uit_voorzorg: telling(),
      },
    ]),
  ) as Record<
    Sector,
    {
      urgent_plaatsen: MutableGenormeerd;
      actief_plaatsen: MutableGenormeerd;
      wacht_op_voorkeur: MutableTelling;
      wacht_uit_voorzorg: MutableTelling;
    }
  >;
}

/**
 * The wachtlijst section of one snapshot (contracts §3.1, §5): counts per sector × status
 * × with/without care, buiten streefnorm and signaal75 for urgent and actief plaatsen.
 */
export function berekenWachtlijst(snapshot: Snapshot | null, normen: Normen): WachtlijstUitkomst {
  const perSector = legeSectoren();
  if (!snapshot) return { sectie: { peildatum: null, perSector }, binnenStreefnorm: null, beoordeeld: [] };

  let genormeerdAantal = 0;
  let buiten = 0;
  const beoordeeld = snapshot.regels.map((regel) => beoordeelWachtende(regel, snapshot.peildatum, normen));
  for (const b of beoordeeld) {
    const status = b.regel.wachtstatus;
    const t = perSector[b.regel.sector][status];
    t.aantal++;
    if (b.regel.zorgTijdensWachten) t.metZorg++;
    else t.zonderZorg++;
    if (status === 'urgent_plaatsen' || status === 'actief_plaatsen') {
      const g = t as MutableGenormeerd;
      genormeerdAantal++;
      if (b.buitenStreefnorm) {
        buiten++;
        g.buitenStreefnorm++;
        if (!b.regel.zorgTijdensWachten) g.buitenStreefnormZonderZorg++;
      }
      if (b.signaal75) g.signaal75++;
    }
  }
  const sectie: WachtlijstSectie = {
    peildatum: snapshot.peildatum,
    perSector: perSector,
  };
  // No urgent or actief clients: everyone is within the norm (100%).
  const binnenStreefnorm =
    genormeerdAantal === 0
      ? { teller: 1, noemer: 1 }
      : { teller: genormeerdAantal - buiten, noemer: genormeerdAantal };
  return { sectie, binnenStreefnorm, beoordeeld };
}
