import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { type Scheidingsteken, csvRegel } from './csv-regel.ts';

/** How a CSV file is laid out. */
export interface CsvOpmaak {
  readonly scheidingsteken: Scheidingsteken;
  /** Starts the file with a UTF-8 byte order mark. */
  readonly bom: boolean;
  readonly regeleinde: '\n' | '\r\n';
}

/** Lines are collected into chunks of about this many characters before they are written. */
const CHUNK = 256 * 1024;

/**
 * Writes a CSV file line by line to a file stream, in chunks, waiting for `drain` when the
 * stream's buffer is full: memory stays bounded however large the file is.
 */
export class CsvBestandSchrijver {
  private buffer = '';
  private aantalRijen = 0;
  private fout: Error | undefined;
  private readonly stream: WriteStream;

  constructor(
    pad: string,
    private readonly opmaak: CsvOpmaak,
    kop: readonly string[],
  ) {
    this.stream = createWriteStream(pad, { encoding: 'utf8' });
    this.stream.on('error', (error: Error) => {
      this.fout ??= error;
    });
    this.buffer = (opmaak.bom ? '\uFEFF' : '') + csvRegel(kop, opmaak.scheidingsteken) + opmaak.regeleinde;
  }

  /** Data rows written so far (the header not counted). */
  get rijen(): number {
    return this.aantalRijen;
  }

  async schrijfRij(velden: readonly string[]): Promise<void> {
    this.buffer += csvRegel(velden, this.opmaak.scheidingsteken) + this.opmaak.regeleinde;
    this.aantalRijen++;
    if (this.buffer.length >= CHUNK) await this.leeg();
  }

  /** Writes what is left and closes the file; rejects when anything could not be written. */
  async sluit(): Promise<void> {
    await this.leeg();
    this.stream.end();
    await finished(this.stream);
    if (this.fout) throw this.fout;
  }

  /** Closes the file without finishing it (after an error elsewhere). */
  breekAf(): void {
    this.stream.destroy();
  }

  private async leeg(): Promise<void> {
    if (this.fout) throw this.fout;
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
    if (this.fout) throw this.fout;
  }
}
