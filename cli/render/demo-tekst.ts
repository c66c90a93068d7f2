import type { DemoUitkomst } from '../../shared/app/demo/run-demo.ts';
import { regioLabel } from '../../shared/reference/zorgkantoorregio.ts';
import { formatAantal } from '../../shared/text/aantal.ts';
import { formatMaand } from '../../shared/text/dutch-format.ts';

/** What the demo did, in a few Dutch lines. */
export function demoRegels(uitkomst: DemoUitkomst): string[] {
  return [
    `Demo: ${formatAantal(uitkomst.bestanden, 'extract')} (${formatAantal(uitkomst.rijen, 'rij')}) voor ${formatAantal(uitkomst.regios.length, 'regio')}, ` +
      `${formatMaand(uitkomst.vanMaand)} t/m ${formatMaand(uitkomst.totMaand)}, geschreven in ${uitkomst.inbox}`,
    `Ingelezen: ${uitkomst.verwerkt} verwerkt, ${uitkomst.alVerwerkt} al verwerkt (van ${uitkomst.uitkomsten.length}).`,
    `Regio's: ${uitkomst.regios.map(regioLabel).join('; ')}`,
  ];
}
