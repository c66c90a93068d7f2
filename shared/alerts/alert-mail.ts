import type { CalendarMonth } from '../calendar/calendar-date.ts';
import type { SignaalRegel } from '../indicators/signaal-regel.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';
import type { AlertCyclus } from './alert-cyclus.ts';
import { type AlertWijzigingen, bepaalWijzigingen, type VorigeMail } from './alert-wijzigingen.ts';
import { type DashboardUrl, lijstPagina, regioPagina } from './dashboard-links.ts';
import { lijstHash } from './lijst-hash.ts';
import type { SeinenStand } from './seinen-stand.ts';
import { type SeinenSamenvatting, vatSeinenSamen } from './seinen-samenvatting.ts';

/** A line of the 75%-lijst in the mail: marked when the previous mail did not list it. */
export interface AlertLijstRegel {
  readonly regel: SignaalRegel;
  readonly nieuw: boolean;
}

/**
 * The content of one subscriber's alert mail (contracts §7), before rendering: the region's
 * seinen with what changed since the previous mail, and the 75%-lijst of all three kinds, most
 * urgent first. Only this region's data; client_id is the only client key in it.
 */
export interface AlertMail {
  readonly regio: RegioCode;
  readonly cyclus: AlertCyclus;
  /** The newest month with data; null when the region has no data yet. */
  readonly stand: SeinenStand | null;
  readonly samenvatting: SeinenSamenvatting | null;
  readonly wijzigingen: AlertWijzigingen;
  readonly lijst: readonly AlertLijstRegel[];
  /** `lijstHash` of every listed item, in list order: what the sent marker remembers. */
  readonly lijstHashes: readonly string[];
  readonly links: { readonly regio: string | null; readonly lijst: string };
}

export interface AlertMailInvoer {
  readonly regio: RegioCode;
  readonly cyclus: AlertCyclus;
  readonly stand: SeinenStand | null;
  /** The region's 75%-lijst (any order). */
  readonly lijst: readonly SignaalRegel[];
  readonly vorige: VorigeMail | null;
  readonly dashboardUrl: DashboardUrl;
}

const SOORT_VOLGORDE = { wachtlijst: 0, pgb: 1, maz: 2 } as const;

/** Highest share of the norm first (overschreden before dreigend), then most days. */
function urgentsteEerst(a: SignaalRegel, b: SignaalRegel): number {
  return (
    b.dagen / b.normDagen - a.dagen / a.normDagen ||
    b.dagen - a.dagen ||
    SOORT_VOLGORDE[a.soort] - SOORT_VOLGORDE[b.soort] ||
    a.client_id.localeCompare(b.client_id)
  );
}

export function bouwAlertMail(invoer: AlertMailInvoer): AlertMail {
  const { regio, stand } = invoer;
  const gesorteerd = [...invoer.lijst].sort(urgentsteEerst);
  const hashes = gesorteerd.map((r) => lijstHash(regio, r));
  const eerder = new Set(invoer.vorige?.lijstHashes ?? []);
  const samenvatting = stand ? vatSeinenSamen(stand) : null;
  const maand: CalendarMonth | null = stand?.maand ?? null;
  return {
    regio,
    cyclus: invoer.cyclus,
    stand,
    samenvatting,
    wijzigingen: bepaalWijzigingen(invoer.vorige, samenvatting, hashes),
    lijst: gesorteerd.map((regel, i) => ({
      regel,
      nieuw: invoer.vorige !== null && !eerder.has(hashes[i] ?? ''),
    })),
    lijstHashes: hashes,
    links: {
      regio: maand ? regioPagina(invoer.dashboardUrl, regio, maand) : null,
      lijst: lijstPagina(invoer.dashboardUrl, regio),
    },
  };
}
