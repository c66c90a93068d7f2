import { randomUUID } from 'node:crypto';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { CalendarMonth } from '../../calendar/calendar-date.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import type { SeinAanpassing, SeinOordeel } from '../../seinen/sein-aanpassing.ts';
import type { SeinStore } from '../zorgplicht-store.ts';
import { aanpassingSk, aanpassingSkPrefix, oordeelSk, oordeelSkPrefix, seinPk } from './keys.ts';
import type { DynamoDataVersie } from './dynamo-data-versie.ts';
import { queryAll } from './query-all.ts';
import { VersieCache } from './versie-cache.ts';

/**
 * Orders changes made within the same millisecond (two saves, or a clock fixed by ZORGPLICHT_NU):
 * this process's monotonic clock, and a random part so that two processes never share a key.
 */
function volgorde(): string {
  return `${String(process.hrtime.bigint()).padStart(20, '0')}-${randomUUID().slice(0, 8)}`;
}

function strip<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, entiteit: _e, ...rest } = item;
  return rest as T;
}

/** Overrides and judged seinen of a region in its own partition, append-only (history kept). */
export class DynamoSeinStore implements SeinStore {
  private readonly lijsten: VersieCache<Array<SeinAanpassing | SeinOordeel>>;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly dataVersie: DynamoDataVersie,
  ) {
    this.lijsten = new VersieCache(dataVersie);
  }

  async saveSeinAanpassing(aanpassing: SeinAanpassing): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: seinPk(aanpassing.regio),
          sk: `${aanpassingSk(aanpassing.maand, aanpassing.sein, aanpassing.tijdstip)}#${volgorde()}`,
          entiteit: 'seinaanpassing',
          ...aanpassing,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    await this.dataVersie.raise();
  }

  async listSeinAanpassingen(regio: RegioCode, maand?: CalendarMonth): Promise<SeinAanpassing[]> {
    return this.query<SeinAanpassing>(regio, aanpassingSkPrefix(maand));
  }

  async saveSeinOordeel(oordeel: SeinOordeel): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: seinPk(oordeel.regio),
          sk: `${oordeelSk(oordeel.jaar, oordeel.sein, oordeel.tijdstip)}#${volgorde()}`,
          entiteit: 'seinoordeel',
          ...oordeel,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    await this.dataVersie.raise();
  }

  async listSeinOordelen(regio: RegioCode, jaar?: number): Promise<SeinOordeel[]> {
    return this.query<SeinOordeel>(regio, oordeelSkPrefix(jaar));
  }

  private async query<T extends SeinAanpassing | SeinOordeel>(
    regio: RegioCode,
    prefix: string,
  ): Promise<T[]> {
    // Every list under one prefix holds one kind of item, written by the matching save method.
    return (await this.lijsten.get(`${regio}|${prefix}`, () => this.read<T>(regio, prefix))) as T[];
  }

  private async read<T extends { tijdstip: string }>(regio: RegioCode, prefix: string): Promise<T[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': seinPk(regio), ':prefix': prefix },
      ConsistentRead: true,
    });
    // Oldest first; changes within one millisecond in the order they were made (`volgorde` in the key).
    return items
      .sort(
        (a, b) =>
          String(a.tijdstip).localeCompare(String(b.tijdstip)) || String(a.sk).localeCompare(String(b.sk)),
      )
      .map((item) => strip<T>(item));
  }
}
