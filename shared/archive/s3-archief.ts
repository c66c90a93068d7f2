import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { redactBsn } from '../extracts/bsn-redactie.ts';
import type { Tekenset } from '../extracts/tekenset.ts';
import {
  type ArchiefInvoer,
  archiefNaam,
  archiefRapport,
  archiefRapportJson,
  type ExtractArchief,
} from './extract-archief.ts';

const CHARSET: Readonly<Record<Tekenset, string>> = {
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  'Latin-1': 'iso-8859-1',
};

/**
 * The landing bucket's `verwerkt/` and `afgewezen/` prefixes: the file (BSN-like numbers
 * redacted) and `<name>.rapport.json`; only the report when the file cannot be redacted.
 */
export class S3Archief implements ExtractArchief {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async bewaar(invoer: ArchiefInvoer): Promise<string> {
    const key = `${invoer.map}/${archiefNaam(invoer.rapport)}`;
    const rapportKey = `${key}.rapport.json`;
    const redactie = redactBsn(invoer.bytes);
    if (redactie.bewaard) {
      await this.s3.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: redactie.bytes,
          ContentType: `text/csv; charset=${CHARSET[redactie.tekenset]}`,
        }),
      );
    }
    const locatie = `s3://${this.bucket}/${redactie.bewaard ? key : rapportKey}`;
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: rapportKey,
        Body: archiefRapportJson(archiefRapport(invoer.rapport, locatie, redactie)),
        ContentType: 'application/json; charset=utf-8',
      }),
    );
    return locatie;
  }
}
