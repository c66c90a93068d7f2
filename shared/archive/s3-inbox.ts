import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { ExtractInbox, InboxBestand } from './extract-inbox.ts';

export const INBOX_PREFIX = 'inbox/';

/** The landing bucket's `inbox/` prefix; each file is copied to /tmp while it is ingested. */
export class S3Inbox implements ExtractInbox {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async lijst(): Promise<InboxBestand[]> {
    const bestanden: InboxBestand[] = [];
    let token: string | undefined;
    do {
      const page = await this.s3.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: INBOX_PREFIX, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        if (!object.Key || object.Key.endsWith('/')) continue;
        bestanden.push({ naam: object.Key.slice(INBOX_PREFIX.length), sleutel: object.Key });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return bestanden.sort((a, b) => a.naam.localeCompare(b.naam));
  }

  async open(bestand: InboxBestand): Promise<{ pad: string; sluit(): Promise<void> }> {
    const dir = await mkdtemp(join(tmpdir(), 'inbox-'));
    const pad = join(dir, 'extract.csv');
    const { Body } = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: bestand.sleutel }));
    if (!Body) throw new Error(`Leeg object ${bestand.sleutel}`);
    await pipeline(Body as Readable, createWriteStream(pad));
    return { pad, sluit: () => rm(dir, { recursive: true, force: true }) };
  }

  async verwijder(bestand: InboxBestand): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: bestand.sleutel }));
  }
}
