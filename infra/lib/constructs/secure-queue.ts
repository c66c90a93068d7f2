import { Duration } from 'aws-cdk-lib';
import { Queue, QueueEncryption, type QueueProps } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * An SQS queue as every queue of the product is: encrypted at rest with SQS-managed keys
 * (S3 event notifications and Lambda can use those without a key policy), TLS only, and
 * messages kept the maximum 14 days so a dead letter can still be inspected after a holiday.
 */
export function secureQueue(scope: Construct, id: string, props: QueueProps = {}): Queue {
  return new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
    ...props,
  });
}
