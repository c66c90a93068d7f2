/** A file waiting to be ingested. */
export interface InboxBestand {
  readonly naam: string;
  /** Where it is: a path locally, an object key in S3. */
  readonly sleutel: string;
}

/**
 * The files waiting to be ingested: `DATA_DIR/inbox/` locally, the landing bucket's `inbox/`
 * prefix in AWS. Processing is the same for both (see `verwerkInbox`).
 */
export interface ExtractInbox {
  lijst(): Promise<InboxBestand[]>;
  /** A local path with the file's content, and how to clean up a temporary copy. */
  open(bestand: InboxBestand): Promise<{ readonly pad: string; sluit(): Promise<void> }>;
  verwijder(bestand: InboxBestand): Promise<void>;
}
