import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { GLOBAL_SECONDARY_INDEXES, TABLE_KEYS } from '../../../shared/storage/table-definition.ts';

// Exactly the operations shared/storage/dynamo uses; add one here when the store starts using it.
/** Reads: GetItem and Query (docs/data-model.md: no Scan anywhere). */
const READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query'];
/** Writes: no transactions, no PartiQL; BatchWriteItem also carries the page deletes. */
const WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem'];

/**
 * The one table of docs/data-model.md, declared from `shared/storage/table-definition.ts` so
 * the local store and AWS have the same keys and every GSI from day one (CloudFormation adds
 * one GSI per update). Grants name each action and each index: no wildcards.
 */
export class ZorgplichtTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      globalSecondaryIndexes: GLOBAL_SECONDARY_INDEXES.map((gsi) => ({
        indexName: gsi.indexName,
        partitionKey: { name: gsi.partitionKey, type: AttributeType.STRING },
        sortKey: { name: gsi.sortKey, type: AttributeType.STRING },
      })),
    });
  }

  get tableName(): string {
    return this.table.tableName;
  }

  /** For a function that only reads (the API's read endpoints, the alerts). */
  grantRead(grantee: IGrantable): void {
    this.grant(grantee, READ_ACTIONS);
  }

  /** For a function that reads and writes (ingest, recompute, purge). */
  grantReadWrite(grantee: IGrantable): void {
    this.grant(grantee, [...READ_ACTIONS, ...WRITE_ACTIONS]);
  }

  private grant(grantee: IGrantable, actions: string[]): void {
    const indexArns = GLOBAL_SECONDARY_INDEXES.map((gsi) => `${this.table.tableArn}/index/${gsi.indexName}`);
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions, resources: [this.table.tableArn, ...indexArns] }),
    );
  }
}
