import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  type S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';

export const INBOX_PREFIX = 'inbox/';

/** A file waiting in the landing bucket's `inbox/`. */
export interface InboxObject {
  /** The object key, `inbox/<naam>`. */
  readonly sleutel: string;
  /** The file name: the key without `inbox/`. */
  readonly naam: string;
  /**
   * The version an S3 notification named. Absent for a listed object: then the current
   * version is read, and `lees` tells which one that was.
   */
  readonly versie?: string | undefined;
}

/** One version of an inbox file, read whole. */
export interface GelezenVersie {
  readonly versie: string;
  readonly inhoud: Buffer;
}

/** The inbox file at `sleutel`; undefined for a key outside `inbox/` or a folder marker (`…/`). */
export function inboxObject(sleutel: string, versie?: string): InboxObject | undefined {
  if (!sleutel.startsWith(INBOX_PREFIX) || sleutel.endsWith('/')) return undefined;
  return { sleutel, naam: sleutel.slice(INBOX_PREFIX.length), versie };
}

/**
 * The landing bucket's `inbox/` prefix. The bucket is versioned, so a file is read as one
 * version and only that version is deleted: a plain delete would merely hide the original
 * (BSN and all) behind a delete marker, and could remove a newer upload under the same name.
 */
export class S3Inbox {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  /** The current files in the inbox, in name order. */
  async lijst(): Promise<InboxObject[]> {
    const objecten: InboxObject[] = [];
    let token: string | undefined;
    do {
      const page = await this.s3.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: INBOX_PREFIX, ContinuationToken: token }),
      );
      for (const { Key } of page.Contents ?? []) {
        const object = Key === undefined ? undefined : inboxObject(Key);
        if (object) objecten.push(object);
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return objecten.sort((a, b) => a.naam.localeCompare(b.naam));
  }

  /**
   * Reads the named version, or the current one. Undefined when it no longer exists: then
   * another run has already handled and deleted it.
   */
  async lees(object: InboxObject): Promise<GelezenVersie | undefined> {
    let antwoord;
    try {
      antwoord = await this.s3.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: object.sleutel, VersionId: object.versie }),
      );
    } catch (error) {
      if (isGone(error)) return undefined;
      throw error;
    }
    if (!antwoord.VersionId) {
      throw new Error(
        'S3 gaf geen versie van het inbox-bestand: de landingsbucket hoort versiebeheer te hebben',
      );
    }
    if (!antwoord.Body) throw new Error('S3 gaf een inbox-bestand zonder inhoud');
    return { versie: antwoord.VersionId, inhoud: Buffer.from(await antwoord.Body.transformToByteArray()) };
  }

  /** Deletes exactly the version that was read, for good. */
  async verwijder(object: InboxObject, versie: string): Promise<void> {
    await this.s3.send(
      new DeleteObjectCommand({ Bucket: this.bucket, Key: object.sleutel, VersionId: versie }),
    );
  }
}

/** NoSuchKey (the key has no current version) or NoSuchVersion (that version was deleted). */
function isGone(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === 'NoSuchKey' || error.name === 'NoSuchVersion' || error.$metadata.httpStatusCode === 404)
  );
}
