import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DataVersieStore } from '../zorgplicht-store.ts';
import { dataVersieKey } from './keys.ts';

/** How long a process trusts the data version it read before it reads it again (local default). */
export const STANDAARD_VERSHEID_MS = 1_000;

/**
 * The data version on DynamoDB: one counter item, raised (UpdateItem ADD, atomic) after every
 * change a reader could see. `gecached` reads it at most once per `versheidMs`, so a process that
 * keeps answers in memory costs the table one small read a second while nothing changes; a
 * change made by this process is seen at once.
 */
export class DynamoDataVersie implements DataVersieStore {
  private laatst: { readonly waarde: number; readonly gelezenOp: number } | undefined;
  private lezen: Promise<number> | undefined;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly versheidMs: number = STANDAARD_VERSHEID_MS,
  ) {}

  async current(): Promise<number> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: dataVersieKey, ConsistentRead: true }),
    );
    const waarde: unknown = Item?.versie;
    return typeof waarde === 'number' ? waarde : 0;
  }

  /** The version as this process last saw it, read again when that was longer than `versheidMs` ago. */
  gecached(): Promise<number> {
    // Freshness is wall-clock time of this process, not business time.
    const nu = Date.now();
    if (this.laatst && nu - this.laatst.gelezenOp < this.versheidMs)
      return Promise.resolve(this.laatst.waarde);
    this.lezen ??= this.current()
      .then((waarde) => {
        this.laatst = { waarde, gelezenOp: nu };
        return waarde;
      })
      .finally(() => {
        this.lezen = undefined;
      });
    return this.lezen;
  }

  /** After a change: raise the version, and forget what this process knew. */
  async raise(): Promise<void> {
    this.laatst = undefined;
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: dataVersieKey,
        UpdateExpression: 'SET entiteit = :entiteit ADD versie :een',
        ExpressionAttributeValues: { ':een': 1, ':entiteit': 'dataversie' },
      }),
    );
    this.laatst = undefined;
  }
}
