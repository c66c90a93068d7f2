import type { IngestOpties } from '../shared/ingest/ingest-extract.ts';

/**
 * Who else follows an ingest as it proceeds, beside the progress bar: registered before `main`
 * runs (a test that stops the process hard at a chosen batch, to prove a killed ingest loses
 * nothing, does so from its own entry point; see test/support/zorgplicht-met-kill.js).
 */
const waarnemers: Array<(naam: string) => Pick<IngestOpties, 'onSchrijven'>> = [];

export function addIngestWaarnemer(waarnemer: (naam: string) => Pick<IngestOpties, 'onSchrijven'>): void {
  waarnemers.push(waarnemer);
}

/** The callbacks of every registered follower for one file, and of `eigen`, as one. */
export function metWaarnemers<T extends IngestOpties>(naam: string, eigen: T): T {
  const volgers = waarnemers.map((w) => w(naam));
  if (volgers.length === 0) return eigen;
  return {
    ...eigen,
    onSchrijven: async (batches: number, totaal: number) => {
      await eigen.onSchrijven?.(batches, totaal);
      for (const volger of volgers) await volger.onSchrijven?.(batches, totaal);
    },
  };
}
