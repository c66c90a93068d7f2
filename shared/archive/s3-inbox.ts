import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { ExtractInbox, InboxBestand, InboxInhoud } from './extract-inbox.ts';

export const INBOX_PREFIX = 'inbox/';

/**
 * The landing bucket's `inbox/` prefix. An S3 object is whole on arrival; it is read once into
 * memory, and afterwards exactly the version that was read is deleted — the bucket is versioned,
 * and a plain delete would leave the original (BSN and all) behind as a noncurrent version.
 */
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

  async lees(bestand: InboxBestand): Promise<InboxInhoud> {
    const { Body, VersionId } = await this.s3.send(
      new GetObjectCommand({ Bucket: this.bucket, Key: bestand.sleutel }),
    );
    if (!Body) throw new Error(`Leeg antwoord voor ${bestand.sleutel}`);
    return { soort: 'compleet', bytes: Buffer.from(await Body.transformToByteArray()), versie: VersionId };
  }

  async verwijder(bestand: InboxBestand, versie: string | undefined): Promise<void> {
    await this.s3.send(
      new DeleteObjectCommand({ Bucket: this.bucket, Key: bestand.sleutel, VersionId: versie }),
    );
  }
}
