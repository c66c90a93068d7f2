import { LokaleInbox } from '../../archive/lokale-inbox.ts';
import { addMonths, type CalendarMonth, monthOf, todayInAmsterdam } from '../../calendar/calendar-date.ts';
import { demoRegios, writeDemoExtracts } from '../../demo/demo-extracts.ts';
import type { IngestContext } from '../../ingest/ingest-extract.ts';
import { countInboxOutcomes, type InboxUitkomst, processInbox } from '../../ingest/verwerk-inbox.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';

export const STANDAARD_DEMO_REGIOS = 4;

export interface DemoUitkomst {
  readonly bestanden: number;
  readonly rijen: number;
  readonly regios: readonly RegioCode[];
  readonly vanMaand: CalendarMonth;
  readonly totMaand: CalendarMonth;
  readonly inbox: string;
  readonly verwerkt: number;
  readonly alVerwerkt: number;
  /** Every file's outcome, for a front end to report problems. */
  readonly uitkomsten: readonly InboxUitkomst[];
}

/**
 * The demo (contracts §4): realistic extracts for the first `regios` regions over `maanden`
 * months up to last month, written into the local inbox and ingested the normal way.
 */
export async function runDemo(
  deps: { readonly dataDir: string; readonly ingest: IngestContext },
  vraag: { readonly regios: number; readonly maanden: number },
): Promise<DemoUitkomst> {
  const totMaand = addMonths(monthOf(todayInAmsterdam(deps.ingest.now())), -1);
  // The demo writes its files whole before it reads them: no need to wait for them to be quiet.
  const inbox = new LokaleInbox(deps.dataDir, { rustMs: 0, maxWachtMs: 0 });
  const regios = demoRegios(vraag.regios);
  // Options that describe no demo are refused by the generator (DemoOptiesFout).
  const bestanden = await writeDemoExtracts(inbox.map, {
    regios,
    maanden: vraag.maanden,
    eindMaand: totMaand,
  });
  const uitkomsten = await processInbox(inbox, deps.ingest);
  const { verwerkt, alVerwerkt } = countInboxOutcomes(uitkomsten);
  return {
    bestanden: bestanden.length,
    rijen: bestanden.reduce((som, b) => som + b.rijen, 0),
    regios,
    vanMaand: addMonths(totMaand, 1 - vraag.maanden),
    totMaand,
    inbox: inbox.map,
    verwerkt,
    alVerwerkt,
    uitkomsten,
  };
}
