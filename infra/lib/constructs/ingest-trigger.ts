import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { EventType } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { INBOX_PREFIX } from '../../../shared/archive/s3-inbox.ts';
import { wildcardResourceFinding } from '../nag-findings.ts';
import type { AppFunction } from './app-function.ts';
import type { LandingBucket } from './landing-bucket.ts';
import { secureQueue } from './secure-queue.ts';

/** How often the safety net lists `inbox/` for files whose notification was lost or gave up. */
export const INGEST_SCHEDULE_RATE = Duration.minutes(15);
/** AWS: the visibility timeout of a Lambda's source queue at least six times the function timeout. */
const VISIBILITY_FACTOR = 6;
/** Receives of one message before it goes to the dead-letter queue (the schedule keeps trying the file). */
export const INGEST_MAX_RECEIVE_COUNT = 3;
/** Lambda's lowest allowed maximum concurrency for an SQS event source. */
export const INGEST_MAX_CONCURRENCY = 2;

export interface IngestTriggerProps {
  readonly landing: LandingBucket;
  readonly ingest: AppFunction;
}

/**
 * How an extract reaches the ingest: every object created under `inbox/` is announced by S3
 * on an SQS queue, which the ingest Lambda consumes one file per invocation, reporting a file
 * whose ingest broke off as a batch item failure so that only that message comes back. A
 * message that failed `INGEST_MAX_RECEIVE_COUNT` times goes to a dead-letter queue (alarmed).
 * A schedule lists the inbox every 15 minutes as a safety net.
 *
 * No reserved concurrency: with an SQS source it throttles messages, and throttled receives
 * count towards the dead-letter queue. The event source's maximum concurrency limits the
 * parallel ingests instead, and the claims in the store serialise work on one extract anyway.
 */
export class IngestTrigger extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: IngestTriggerProps) {
    super(scope, id);
    const { landing, ingest } = props;
    const timeout = ingest.function.timeout;
    if (!timeout)
      throw new Error('De ingest-functie heeft geen time-out; de zichtbaarheidstijd volgt daaruit.');

    this.deadLetterQueue = secureQueue(this, 'DeadLetters');
    this.queue = secureQueue(this, 'Queue', {
      // A message stays invisible while its file is being ingested, and for a failed file
      // until this time is up: then SQS delivers it again.
      visibilityTimeout: Duration.seconds(timeout.toSeconds() * VISIBILITY_FACTOR),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: INGEST_MAX_RECEIVE_COUNT },
    });

    landing.bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue), {
      prefix: INBOX_PREFIX,
    });
    acknowledgeBucketNotificationsHandler(Stack.of(this));

    ingest.function.addEventSource(
      new SqsEventSource(this.queue, {
        // One file per invocation: each file gets the whole time-out, and its own receive count.
        batchSize: 1,
        reportBatchItemFailures: true,
        maxConcurrency: INGEST_MAX_CONCURRENCY,
      }),
    );

    // Our own role rather than CDK's shared one, so the acknowledgement below sits next to it.
    const scheduleRole = new Role(this, 'ScheduleRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: 'EventBridge Scheduler: de ingest elk kwartier starten',
    });
    this.schedule = new Schedule(this, 'Schedule', {
      description: 'Vangnet: de inbox van de landingsbucket elk kwartier nalopen',
      schedule: ScheduleExpression.rate(INGEST_SCHEDULE_RATE),
      target: new LambdaInvoke(ingest.function, {
        input: ScheduleTargetInput.fromObject({ aanleiding: 'schema' }),
        // A run that could not start is pointless once the next one is due.
        maxEventAge: INGEST_SCHEDULE_RATE,
        retryAttempts: 2,
        role: scheduleRole,
      }),
    });
    Validations.of(scheduleRole).acknowledge({
      id: wildcardResourceFinding(ingest.function, ':*'),
      reason:
        'CDK’s grantInvoke adds the function’s versions and aliases (<arn>:*) to the invoke grant; the role can invoke this one function only.',
    });
  }
}

/**
 * `addEventNotification` brings CDK's own custom resource that writes the bucket's
 * notification configuration (one per stack); its findings are about CDK's code, not ours.
 */
function acknowledgeBucketNotificationsHandler(stack: Stack): void {
  const handler = stack.node.tryFindChild('BucketNotificationsHandler050a0587b7544547bf325f094a3db834');
  if (!handler) return;
  Validations.of(handler).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason:
      'CDK’s bucket-notifications custom resource uses AWSLambdaBasicExecutionRole for its own logs; it runs only during deployments.',
  });
}
