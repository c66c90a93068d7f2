/** A file waiting to be ingested. */
export interface InboxBestand {
  readonly naam: string;
  /** Where it is: a path locally, an object key in S3. */
  readonly sleutel: string;
}

/**
 * A file read whole, once (hash, parse and archive use these same bytes), or the reason it was
 * not taken yet because it is still being written.
 */
export type InboxInhoud =
  | {
      readonly soort: 'compleet';
      readonly bytes: Buffer;
      /** The exact version read (S3 object version), which is the one to remove afterwards. */
      readonly versie?: string | undefined;
    }
  | { readonly soort: 'onvolledig'; readonly reden: string };

/**
 * The files waiting to be ingested: `DATA_DIR/inbox/` locally, the landing bucket's `inbox/`
 * prefix in AWS. Processing is the same for both (see `processInbox`).
 */
export interface ExtractInbox {
  lijst(): Promise<InboxBestand[]>;
  lees(bestand: InboxBestand): Promise<InboxInhoud>;
  /** Removes exactly the version that was read (on a versioned bucket, a plain delete keeps it). */
  verwijder(bestand: InboxBestand, versie: string | undefined): Promise<void>;
}
