import { SingleBar } from 'cli-progress';
import type { IngestOpties } from '../shared/ingest/ingest-extract.ts';

/** Files at least this large get a progress bar (on a terminal only). */
const MIN_BYTES = 2 * 1024 * 1024;

/**
 * Progress for a large file on a terminal: bytes while reading, batches while storing.
 * Nothing when stderr is not a terminal, so logs and tests stay clean.
 */
export function ingestVoortgang(naam: string): IngestOpties & { stop(): void } {
  if (!process.stderr.isTTY) return { stop: () => {} };
  let bar: SingleBar | undefined;
  let fase: 'lezen' | 'opslaan' | undefined;
  const start = (nieuw: 'lezen' | 'opslaan', totaal: number, eenheid: string) => {
    bar?.stop();
    fase = nieuw;
    bar = new SingleBar({
      stream: process.stderr,
      format: `${naam} ${nieuw === 'lezen' ? 'lezen  ' : 'opslaan'} [{bar}] {percentage}% | {value}/{total} ${eenheid}`,
      hideCursor: true,
      clearOnComplete: true,
    });
    bar.start(totaal, 0);
  };
  return {
    onLezen: (bytes, totaal) => {
      if (totaal < MIN_BYTES) return;
      if (fase !== 'lezen') start('lezen', Math.ceil(totaal / 1024), 'kB');
      bar?.update(Math.ceil(bytes / 1024));
    },
    onSchrijven: (batches, totaal) => {
      if (!bar) return;
      if (fase !== 'opslaan') start('opslaan', totaal, 'batches');
      bar?.update(batches);
    },
    stop: () => bar?.stop(),
  };
}
