import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, Billing, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Construct } from 'constructs';
import { GLOBAL_SECONDARY_INDEXES, TABLE_KEYS } from '../../shared/storage/table-definition.ts';
import { AppFunction } from './constructs/app-function.ts';

/** The whole product in one stack: table, landing bucket, scheduled ingest (and later API and alerts). */
export class ZorgplichtStack extends Stack {
  readonly table: TableV2;
  readonly landingBucket: Bucket;
  readonly ingest: AppFunction;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

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

    // Extracts arrive under inbox/ and are moved to verwerkt/ or afgewezen/ with their report.
    this.landingBucket = new Bucket(this, 'LandingBucket', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.ingest = new AppFunction(this, 'Ingest', {
      entry: 'functions/ingest/handler.ts',
      serviceName: 'zorgplicht-ingest',
      description: 'Verwerkt de extracten in inbox/ van de landingsbucket',
      // A claim on an extract lasts 15 minutes: no second run may start while one can still write.
      timeout: Duration.minutes(14),
      memorySize: 2048,
      reservedConcurrentExecutions: 1,
      environment: {
        TABLE_NAME: this.table.tableName,
        LANDING_BUCKET: this.landingBucket.bucketName,
      },
    });
    this.table.grantReadWriteData(this.ingest.function);
    this.landingBucket.grantReadWrite(this.ingest.function);
    this.landingBucket.grantDelete(this.ingest.function);

    new Schedule(this, 'IngestSchedule', {
      description: 'Extracten inlezen, elk kwartier',
      schedule: ScheduleExpression.rate(Duration.minutes(15)),
      target: new LambdaInvoke(this.ingest.function, {}),
    });
  }
}
