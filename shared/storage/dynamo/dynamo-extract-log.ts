import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ExtractSoort } from '../../extracts/extract-rows.ts';
import type { RegioCode } from '../../reference/zorgkantoorregio.ts';
import {
  type ExtractLogRegel,
  extractVersie,
  type IngestEigenaar,
  type ZichtbaarExtract,
} from '../extract-log.ts';
import { fitExtractLogRegel } from '../extract-log-omvang.ts';
import { GSI1 } from '../table-definition.ts';
import type { BeginUitkomst, ExtractLogStore } from '../zorgplicht-store.ts';
import {
  EXTRACT_LOG_INDEX_PK,
  extractLogIndexSk,
  extractLogKey,
  volgnummerKey,
  zichtbaarKey,
  zichtbaarPk,
} from './keys.ts';
import type { DynamoDataVersie } from './dynamo-data-versie.ts';
import { queryAll } from './query-all.ts';
import { VersieCache } from './versie-cache.ts';

interface ExtractLogItem extends ExtractLogRegel {
  readonly eigenaar?: IngestEigenaar;
}

function toItem(regel: ExtractLogRegel, eigenaar?: IngestEigenaar): Record<string, unknown> {
  // Errors, summary and warnings capped by count and size: an item may not exceed 400 KB.
  const past = fitExtractLogRegel(regel);
  return {
    ...extractLogKey(regel.hash),
    [GSI1.partitionKey]: EXTRACT_LOG_INDEX_PK,
    [GSI1.sortKey]: extractLogIndexSk(regel.ontvangenOp, regel.hash),
    entiteit: 'extractlog',
    ...past,
    regios: [...past.regios],
    eigenaar,
  };
}

function fromItem(item: Record<string, unknown>): ExtractLogItem {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, entiteit: _e, ...rest } = item;
  // The item was written by toItem from an ExtractLogRegel; entries older than generations lack one.
  const regel = rest as unknown as ExtractLogItem;
  return { ...regel, generatie: regel.generatie ?? 0 };
}

/** A visibility record as stored; records from before sequence numbers order as 0, by commit time. */
function zichtbaarFromItem(item: Record<string, unknown>): ZichtbaarExtract {
  // Written by commitIngest from a ZichtbaarExtract; older records lack versie, volgnummer, counts.
  const z = item as unknown as Partial<ZichtbaarExtract> &
    Pick<ZichtbaarExtract, 'hash' | 'soort' | 'peildatum'>;
  return {
    hash: z.hash,
    versie: z.versie ?? z.hash,
    soort: z.soort,
    bestandsnaam: z.bestandsnaam ?? '',
    regios: z.regios ?? [],
    peildatum: z.peildatum,
    rijen: z.rijen ?? 0,
    rijenPerRegio: z.rijenPerRegio ?? {},
    volgnummer: z.volgnummer ?? 0,
    zichtbaarOp: z.zichtbaarOp ?? '',
  };
}

function stripEigenaar(item: ExtractLogItem): ExtractLogRegel {
  const { eigenaar: _eigenaar, ...regel } = item;
  return regel;
}

function isConditionFailure(error: unknown): boolean {
  return error instanceof ConditionalCheckFailedException;
}

/** The ingest log and commit protocol on DynamoDB (no transactions needed; see docs/data-model.md). */
export class DynamoExtractLog implements ExtractLogStore {
  /** The visibility records per kind, as long as the data version holds. */
  private readonly zichtbaar: VersieCache<ZichtbaarExtract[]>;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly dataVersie: DynamoDataVersie,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.zichtbaar = new VersieCache(dataVersie);
  }

  private async getItem(hash: string): Promise<ExtractLogItem | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: extractLogKey(hash), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  }

  async getExtractLog(hash: string): Promise<ExtractLogRegel | undefined> {
    const item = await this.getItem(hash);
    return item ? stripEigenaar(item) : undefined;
  }

  async listExtractLog(options: { regio?: RegioCode; limit?: number } = {}): Promise<ExtractLogRegel[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      IndexName: GSI1.indexName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': GSI1.partitionKey },
      ExpressionAttributeValues: { ':pk': EXTRACT_LOG_INDEX_PK },
      ScanIndexForward: false,
    });
    const regels = items.map((item) => stripEigenaar(fromItem(item)));
    const gefilterd = options.regio
      ? regels.filter((r) => r.regios.includes(options.regio as RegioCode))
      : regels;
    return options.limit === undefined ? gefilterd : gefilterd.slice(0, options.limit);
  }

  async recordAfgewezen(regel: ExtractLogRegel): Promise<void> {
    const bestaand = await this.getItem(regel.hash);
    const merged: ExtractLogRegel = {
      ...regel,
      status: 'afgewezen',
      ontvangenOp: bestaand?.ontvangenOp ?? regel.ontvangenOp,
      pogingen: (bestaand?.pogingen ?? 0) + 1,
      generatie: bestaand?.generatie ?? 0,
    };
    await this.client.send(new PutCommand({ TableName: this.tableName, Item: toItem(merged) }));
  }

  async recordOnderbroken(regel: ExtractLogRegel): Promise<void> {
    const bestaand = await this.getItem(regel.hash);
    if (bestaand?.status === 'verwerkt' || bestaand?.status === 'bezig') return;
    const merged: ExtractLogRegel = {
      ...regel,
      status: 'onderbroken',
      ontvangenOp: bestaand?.ontvangenOp ?? regel.ontvangenOp,
      pogingen: (bestaand?.pogingen ?? 0) + 1,
      generatie: bestaand?.generatie ?? 0,
    };
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: toItem(merged),
          // Only over the entry as it was read: never over a commit or a claim made meanwhile.
          ConditionExpression: bestaand ? 'pogingen = :pogingen' : 'attribute_not_exists(pk)',
          ExpressionAttributeValues: bestaand ? { ':pogingen': bestaand.pogingen } : undefined,
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async beginIngest(
    regel: ExtractLogRegel,
    eigenaar: IngestEigenaar,
    isAlive: (eigenaar: IngestEigenaar) => boolean,
    options: { readonly opnieuw?: boolean } = {},
  ): Promise<BeginUitkomst> {
    const bestaand = await this.getItem(regel.hash);
    if (bestaand?.status === 'verwerkt' && !options.opnieuw)
      return { soort: 'al verwerkt', regel: stripEigenaar(bestaand) };
    if (
      bestaand?.status === 'bezig' &&
      bestaand.eigenaar &&
      bestaand.eigenaar.totUiterlijk > this.now().toISOString() &&
      isAlive(bestaand.eigenaar)
    ) {
      return { soort: 'bezig', eigenaar: bestaand.eigenaar };
    }
    const pogingen = (bestaand?.pogingen ?? 0) + 1;
    const ontvangenOp = bestaand?.ontvangenOp ?? regel.ontvangenOp;
    // A committed extract made current again starts a new generation; an interrupted attempt
    // completes its own.
    const generatie = bestaand?.status === 'verwerkt' ? bestaand.generatie + 1 : (bestaand?.generatie ?? 0);
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: toItem({ ...regel, status: 'bezig', pogingen, ontvangenOp, generatie }, eigenaar),
          // Optimistic concurrency: only if nobody changed the entry since we read it.
          ConditionExpression: bestaand ? 'pogingen = :pogingen' : 'attribute_not_exists(pk)',
          ExpressionAttributeValues: bestaand ? { ':pogingen': bestaand.pogingen } : undefined,
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const nu = await this.getItem(regel.hash);
      if (nu?.status === 'verwerkt' && !options.opnieuw)
        return { soort: 'al verwerkt', regel: stripEigenaar(nu) };
      return { soort: 'bezig', eigenaar: nu?.eigenaar ?? eigenaar };
    }
    return { soort: 'begonnen', pogingen, ontvangenOp, generatie };
  }

  async commitIngest(
    regel: ExtractLogRegel,
    _eigenaar: IngestEigenaar,
  ): Promise<{ regel: ExtractLogRegel; zichtbaar: ZichtbaarExtract }> {
    if (!regel.soort || !regel.peildatum)
      throw new Error('Een extract zonder soort of peildatum kan niet zichtbaar worden');
    const zichtbaarOp = this.now().toISOString();
    const versie = extractVersie(regel.hash, regel.generatie);
    const key = zichtbaarKey(regel.soort, versie);
    const zichtbaar: ZichtbaarExtract = {
      hash: regel.hash,
      versie,
      soort: regel.soort,
      bestandsnaam: regel.bestandsnaam,
      regios: [...regel.regios],
      peildatum: regel.peildatum,
      rijen: regel.rijen,
      rijenPerRegio: regel.rijenPerRegio ?? {},
      // Taken just before the commit: a later commit always gets a higher number.
      volgnummer: await this.nextVolgnummer(regel.soort),
      zichtbaarOp,
    };
    let vastgelegd = zichtbaar;
    try {
      // The commit point: one conditional PutItem makes the whole extract visible.
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...key, entiteit: 'zichtbaar', ...zichtbaar },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      // Already visible: an earlier attempt committed and stopped before updating the log.
      // That commit stands, with its own sequence number.
      if (!isConditionFailure(error)) throw error;
      const { Item } = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
      );
      if (Item) vastgelegd = zichtbaarFromItem(Item);
    }
    // Readers that keep answers in memory learn of the commit through the data version.
    await this.dataVersie.raise();
    const verwerkt: ExtractLogRegel = {
      ...regel,
      status: 'verwerkt',
      bijgewerktOp: zichtbaarOp,
      onderbrokenReden: undefined,
    };
    await this.client.send(new PutCommand({ TableName: this.tableName, Item: toItem(verwerkt) }));
    return { regel: verwerkt, zichtbaar: vastgelegd };
  }

  /** The next number of the kind's commit counter (atomic; numbers are never reused). */
  private async nextVolgnummer(soort: ExtractSoort): Promise<number> {
    const { Attributes } = await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: volgnummerKey(soort),
        UpdateExpression: 'SET entiteit = :entiteit ADD volgnummer :een',
        ExpressionAttributeValues: { ':een': 1, ':entiteit': 'volgnummer' },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    const volgnummer = Attributes?.volgnummer;
    if (typeof volgnummer !== 'number') throw new Error(`Geen volgnummer voor ${soort} gekregen`);
    return volgnummer;
  }

  async markOnderbroken(hash: string, eigenaar: IngestEigenaar, reden: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: extractLogKey(hash),
          UpdateExpression:
            'SET #status = :onderbroken, bijgewerktOp = :nu, onderbrokenReden = :reden REMOVE eigenaar',
          ConditionExpression: '#status = :bezig AND eigenaar.poging = :poging',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':onderbroken': 'onderbroken',
            ':bezig': 'bezig',
            ':nu': this.now().toISOString(),
            ':reden': reden.slice(0, 500),
            ':poging': eigenaar.poging,
          },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  listZichtbareExtracten(soort: ExtractSoort): Promise<ZichtbaarExtract[]> {
    return this.zichtbaar.get(soort, () => this.readZichtbareExtracten(soort));
  }

  private async readZichtbareExtracten(soort: ExtractSoort): Promise<ZichtbaarExtract[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': zichtbaarPk(soort) },
      ConsistentRead: true,
    });
    return items
      .map(zichtbaarFromItem)
      .sort(
        (a, b) =>
          a.volgnummer - b.volgnummer ||
          a.zichtbaarOp.localeCompare(b.zichtbaarOp) ||
          a.versie.localeCompare(b.versie),
      );
  }
}
