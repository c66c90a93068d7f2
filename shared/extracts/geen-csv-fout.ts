/**
 * The file is not usable CSV text: nothing of it can be read as rows (from `rij` on, when
 * known). `kolom` names the column where the problem sits, when it can be told.
 */
export class GeenCsvFout extends Error {
  constructor(
    readonly reden: string,
    readonly rij: number | null = null,
    readonly kolom: string | null = null,
  ) {
    super(reden);
    this.name = 'GeenCsvFout';
  }
}
