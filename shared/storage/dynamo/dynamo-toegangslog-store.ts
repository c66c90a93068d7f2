import { type CalendarMonth, addMonths } from '../../calendar/calendar-date.ts';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { GSI1, GSI2 } from '../table-definition.ts';
import { schrijfAlsConditie } from './dynamo-conditie.ts';
import type { ToegangsFilter, ToegangslogStore, ToegangsRecord } from '../toegangslog-store.ts';
import { toegangGebruikerIndexPk, toegangPk, toegangRegioIndexPk, toegangSk } from './keys.ts';
import { queryAll } from './query-all.ts';

function fromItem(item: Record<string, unknown>): ToegangsRecord {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, entiteit: _e, ...record } = item;
  // Written by recordToegang from a ToegangsRecord.
  return record as unknown as ToegangsRecord;
}

/** The `YYYY-MM` partitions from the month of `van` to the month of `tot`. */
function maanden(van: string, tot: string): string[] {
  // ISO timestamps start with YYYY-MM.
  const eerste = van.slice(0, 7) as CalendarMonth;
  const laatste = tot.slice(0, 7);
  const uitkomst: string[] = [];
  for (let m = eerste; m <= laatste; m = addMonths(m, 1)) uitkomst.push(m);
  return uitkomst;
}

/**
 * The access log, append-only: a partition per month (by period), GSI1 per region, GSI2 per
 * user; the sort key `<tijdstip>#<id>` orders by time, so a period is one key range.
 */
export function createDynamoToegangslogStore(
  client: DynamoDBDocumentClient,
  tableName: string,
): ToegangslogStore {
  async function query(index: typeof GSI1 | typeof GSI2 | undefined, pk: string, filter: ToegangsFilter) {
    const items = await queryAll(client, {
      TableName: tableName,
      ...(index ? { IndexName: index.indexName } : { ConsistentRead: true }),
      // `<tot>#…` sorts after `<tot>`: BETWEEN van AND tot is [van, tot).
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :van AND :tot',
      ExpressionAttributeNames: {
        '#pk': index?.partitionKey ?? 'pk',
        '#sk': index?.sortKey ?? 'sk',
      },
      ExpressionAttributeValues: { ':pk': pk, ':van': filter.van, ':tot': filter.tot },
    });
    return items.map(fromItem);
  }

  return {
    recordToegang: async (record) => {
      const sk = toegangSk(record.tijdstip, record.id);
      // Append-only: a record is never overwritten (a retried write finds it there and stops).
      await schrijfAlsConditie(() =>
        client.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              pk: toegangPk(record.tijdstip.slice(0, 7)),
              sk,
              [GSI1.partitionKey]: toegangRegioIndexPk(record.regio),
              [GSI1.sortKey]: sk,
              [GSI2.partitionKey]: toegangGebruikerIndexPk(record.gebruiker),
              [GSI2.sortKey]: sk,
              entiteit: 'toegang',
              ...record,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
    },
    listToegang: async (filter) => {
      let records: ToegangsRecord[];
      if (filter.regio !== undefined) records = await query(GSI1, toegangRegioIndexPk(filter.regio), filter);
      else if (filter.gebruiker !== undefined) {
        records = await query(GSI2, toegangGebruikerIndexPk(filter.gebruiker), filter);
      } else {
        records = (
          await Promise.all(
            maanden(filter.van, filter.tot).map((m) => query(undefined, toegangPk(m), filter)),
          )
        ).flat();
      }
      return records
        .filter((r) => filter.gebruiker === undefined || r.gebruiker === filter.gebruiker)
        .sort((a, b) => a.tijdstip.localeCompare(b.tijdstip) || a.id.localeCompare(b.id));
    },
  };
}
