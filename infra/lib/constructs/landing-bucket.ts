import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { ArchiefMap } from '../../../shared/archive/extract-archief.ts';
import { INBOX_PREFIX } from '../../../shared/archive/s3-inbox.ts';
import { wildcardResourceFinding } from '../nag-findings.ts';
import type { AppFunction } from './app-function.ts';

const ARCHIEF_MAPPEN: readonly ArchiefMap[] = ['verwerkt', 'afgewezen'];

/** How long S3 server access logs (who put, read or deleted which extract) are kept. */
const ACCESS_LOG_RETENTION = Duration.days(400);

export interface LandingBucketProps {
  /** Days an overwritten archive version under `verwerkt/` and `afgewezen/` is kept. */
  readonly archiveRetentionDays: number;
}

/**
 * Where extracts arrive (`inbox/`) and where they are archived with their report
 * (`verwerkt/`, `afgewezen/`; docs/data-model.md). Versioned, so nothing is overwritten
 * unseen; the ingest deletes the exact version it processed, and the lifecycle removes what
 * versioning would otherwise keep: an original under `inbox/` at most a day after it was
 * replaced or deleted, so no file with a BSN lingers, and overwritten archive versions after
 * the archive retention. The current archive itself is kept: nothing is lost.
 */
export class LandingBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: LandingBucketProps) {
    super(scope, id);

    this.accessLogs = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ id: 'logs-verlopen', expiration: ACCESS_LOG_RETENTION }],
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket receives the server access logs of the landing bucket; logging it into itself would log its own log writes without end.',
    });

    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // Objects an uitvoerder puts from its own account belong to this bucket's owner.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'landingsbucket/',
      lifecycleRules: [
        {
          id: 'inbox-geen-oude-versies',
          prefix: INBOX_PREFIX,
          noncurrentVersionExpiration: Duration.days(1),
          expiredObjectDeleteMarker: true,
        },
        ...ARCHIEF_MAPPEN.map((map) => ({
          id: `${map}-oude-versies`,
          prefix: `${map}/`,
          noncurrentVersionExpiration: Duration.days(props.archiveRetentionDays),
        })),
        { id: 'onvoltooide-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
  }

  /**
   * The ingest: list the inbox, read a given version of a file in it, delete exactly that
   * version (`s3:DeleteObjectVersion`; a plain `s3:DeleteObject` is deliberately not granted,
   * on a versioned bucket it would leave the original behind), and write the archive.
   */
  grantIngest(fn: AppFunction): void {
    fn.role.addToPrincipalPolicy(
      // Unconditional, so that reading a file that is gone answers 404 (already handled) instead of 403.
      new PolicyStatement({ actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }),
    );
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['s3:GetObject', 's3:GetObjectVersion', 's3:DeleteObjectVersion'],
        resources: [this.bucket.arnForObjects(`${INBOX_PREFIX}*`)],
      }),
    );
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['s3:PutObject'],
        resources: ARCHIEF_MAPPEN.map((map) => this.bucket.arnForObjects(`${map}/*`)),
      }),
    );
    this.acknowledgePrefixGrants(fn.role, [INBOX_PREFIX, ...ARCHIEF_MAPPEN.map((map) => `${map}/`)]);
  }

  /** An uitvoerder's system: put files into the inbox (and abort its own multipart uploads), nothing else. */
  grantDelivery(role: Role): void {
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['s3:PutObject', 's3:AbortMultipartUpload'],
        resources: [this.bucket.arnForObjects(`${INBOX_PREFIX}*`)],
      }),
    );
    this.acknowledgePrefixGrants(role, [INBOX_PREFIX]);
  }

  /** The prefixes are the least privilege: object keys are file names chosen by the uitvoerder. */
  private acknowledgePrefixGrants(role: Role, prefixes: readonly string[]): void {
    for (const prefix of prefixes) {
      Validations.of(role).acknowledge({
        id: wildcardResourceFinding(this.bucket, `/${prefix}*`),
        reason: `Object keys are file names chosen by the uitvoerder; the grant is limited to the ${prefix} prefix of the landing bucket, never the whole bucket.`,
      });
    }
  }
}
