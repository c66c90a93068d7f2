import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { writeBsnRedactedCopy } from '../extracts/bsn-cellen.ts';
import { type ArchiefInvoer, archiefNaam, type ExtractArchief } from './extract-archief.ts';

/** The landing bucket's `verwerkt/` and `afgewezen/` prefixes: the file and `<name>.rapport.json`. */
export class S3Archief implements ExtractArchief {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async bewaar(invoer: ArchiefInvoer): Promise<string> {
    const key = `${invoer.map}/${archiefNaam(invoer.rapport)}`;
    const dir = await mkdtemp(join(tmpdir(), 'archief-'));
    try {
      let inhoud = invoer.bytes;
      if (invoer.bsnRedactie) {
        const bron = join(dir, 'zonder-bsn.csv');
        await writeBsnRedactedCopy(
          Readable.from([invoer.bytes]),
          createWriteStream(bron),
          invoer.bsnRedactie.scheidingsteken,
        );
        inhoud = await readFile(bron);
      }
      await this.s3.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: inhoud,
          ContentType: 'text/csv; charset=utf-8',
        }),
      );
      const locatie = `s3://${this.bucket}/${key}`;
      await this.s3.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: `${key}.rapport.json`,
          Body: JSON.stringify({ ...invoer.rapport, archief: locatie }, null, 2),
          ContentType: 'application/json; charset=utf-8',
        }),
      );
      return locatie;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
