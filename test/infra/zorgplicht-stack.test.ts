import { Duration, Validations } from 'aws-cdk-lib';
import { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { INGEST_UITKOMSTEN } from '../../functions/ingest/ingest-uitkomst.ts';
import { AppFunction } from '../../infra/lib/constructs/app-function.ts';
import {
  actionsOf,
  arnOf,
  logicalId,
  type PolicyStatementJson,
  refTo,
  statementsOf,
  synthStack,
} from './synth-stack.ts';

/** The claim on an extract lasts 15 minutes (docs/data-model.md). */
const CLAIM_LEASE_SECONDS = 15 * 60;

const { stack, template, nagViolations } = synthStack();
const ingestFunction = stack.ingest.function;
const bucket = stack.landing.bucket;
const bucketArn = arnOf(bucket);
const underPrefix = (prefix: string) => ({ 'Fn::Join': ['', [bucketArn, `/${prefix}*`]] });

/** Every statement of every IAM policy in the template. */
function allStatements(): PolicyStatementJson[] {
  return Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
    (policy) => policy.Properties.PolicyDocument.Statement,
  );
}

describe('data', () => {
  it('has one on-demand, encrypted table with the keys and both GSIs of the data model, retained and recoverable', () => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          Match.objectLike({
            IndexName: 'gsi1',
            KeySchema: [
              { AttributeName: 'gsi1pk', KeyType: 'HASH' },
              { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
            ],
          }),
          Match.objectLike({
            IndexName: 'gsi2',
            KeySchema: [
              { AttributeName: 'gsi2pk', KeyType: 'HASH' },
              { AttributeName: 'gsi2sk', KeyType: 'RANGE' },
            ],
          }),
        ],
        Replicas: [
          Match.objectLike({
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: true,
          }),
        ],
      }),
    });
  });

  it('keeps the landing bucket private, encrypted, versioned, TLS-only, retained and logged', () => {
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: {
          DestinationBucketName: refTo(stack.landing.accessLogs),
          LogFilePrefix: 'landingsbucket/',
        },
      }),
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: refTo(bucket),
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('lets no original linger in inbox/, expires overwritten archive versions, and aborts stale uploads', () => {
    const landing = template.findResources('AWS::S3::Bucket', {
      Properties: { VersioningConfiguration: { Status: 'Enabled' } },
    });
    expect(Object.values(landing)).toHaveLength(1);
    expect(Object.values(landing)[0]?.Properties.LifecycleConfiguration.Rules).toEqual([
      {
        Id: 'inbox-geen-oude-versies',
        Prefix: 'inbox/',
        NoncurrentVersionExpiration: { NoncurrentDays: 1 },
        ExpiredObjectDeleteMarker: true,
        Status: 'Enabled',
      },
      {
        Id: 'verwerkt-oude-versies',
        Prefix: 'verwerkt/',
        NoncurrentVersionExpiration: { NoncurrentDays: 90 },
        Status: 'Enabled',
      },
      {
        Id: 'afgewezen-oude-versies',
        Prefix: 'afgewezen/',
        NoncurrentVersionExpiration: { NoncurrentDays: 90 },
        Status: 'Enabled',
      },
      {
        Id: 'onvoltooide-uploads',
        AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
        Status: 'Enabled',
      },
    ]);
  });
});

describe('the ingest chain: S3 → SQS → Lambda, and the schedule as a safety net', () => {
  const queue = stack.ingestTrigger.queue;
  const queueProps = template.toJSON().Resources[logicalId(queue)].Properties;
  const functionProps = template.toJSON().Resources[logicalId(ingestFunction)].Properties;

  it('announces every object created under inbox/ on the ingest queue', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: refTo(bucket),
      NotificationConfiguration: {
        QueueConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'inbox/' }] } },
            QueueArn: arnOf(queue),
          },
        ],
      },
    });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [refTo(queue)],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Action: Match.arrayWith(['sqs:SendMessage']),
            Condition: { ArnLike: { 'aws:SourceArn': bucketArn } },
          }),
        ]),
      },
    });
  });

  it('keeps a claim from outliving its invocation: the function times out before the 15-minute lease', () => {
    expect(functionProps.Timeout).toBe(840);
    expect(functionProps.Timeout).toBeLessThan(CLAIM_LEASE_SECONDS);
  });

  it('holds a message invisible at least six times the function time-out, encrypted, with a dead-letter queue', () => {
    expect(queueProps.VisibilityTimeout).toBeGreaterThanOrEqual(6 * functionProps.Timeout);
    expect(queueProps.SqsManagedSseEnabled).toBe(true);
    expect(queueProps.RedrivePolicy).toEqual({
      deadLetterTargetArn: arnOf(stack.ingestTrigger.deadLetterQueue),
      maxReceiveCount: 3,
    });
    expect(queueProps.MessageRetentionPeriod).toBe(14 * 24 * 3600);
  });

  it('feeds the ingest one file at a time, reporting batch item failures, at most two in parallel', () => {
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: arnOf(queue),
      FunctionName: refTo(ingestFunction),
      BatchSize: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 2 },
    });
  });

  it('reserves no concurrency for any function (with SQS that throttles messages into the dead-letter queue)', () => {
    for (const fn of Object.values(template.findResources('AWS::Lambda::Function'))) {
      expect(fn.Properties).not.toHaveProperty('ReservedConcurrentExecutions');
    }
  });

  it('still lists the inbox every 15 minutes', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(15 minutes)',
      State: 'ENABLED',
      Target: Match.objectLike({
        Arn: arnOf(ingestFunction),
        Input: JSON.stringify({ aanleiding: 'schema' }),
        RetryPolicy: { MaximumEventAgeInSeconds: 900, MaximumRetryAttempts: 2 },
      }),
    });
  });
});

describe('functions', () => {
  const appFunctions = Object.entries(template.findResources('AWS::Lambda::Function')).filter(
    ([, fn]) => fn.Properties.Runtime !== 'python3.13', // CDK's own bucket-notifications handler
  );

  it('runs every function on Node 22 / ARM with its own log group, Powertools settings and an async DLQ', () => {
    expect(appFunctions.map(([id]) => id)).toEqual([logicalId(ingestFunction)]);
    for (const [id, fn] of appFunctions) {
      expect(fn.Properties, id).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        LoggingConfig: { LogGroup: { Ref: expect.any(String) } },
        DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] } },
        Environment: {
          Variables: expect.objectContaining({
            POWERTOOLS_SERVICE_NAME: expect.stringMatching(/^zorgplicht-/),
            POWERTOOLS_METRICS_NAMESPACE: 'Zorgplicht/test',
            NODE_OPTIONS: '--enable-source-maps',
          }),
        },
      });
      template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: id },
        MaximumRetryAttempts: 2,
      });
    }
    expect(ingestFunction.node.tryFindChild('LogRetention')).toBeUndefined();
  });

  it('keeps every function log group three months', () => {
    const groups = Object.values(template.findResources('AWS::Logs::LogGroup'));
    expect(groups).toHaveLength(appFunctions.length);
    for (const group of groups) expect(group.Properties.RetentionInDays).toBe(90);
  });

  it('gives the ingest exactly what it uses: its log group, DLQ, queue, table, and the bucket per prefix', () => {
    const table = stack.table.table;
    const statements = statementsOf(template, stack.ingest.role).map((s) => ({
      actions: actionsOf(s),
      resource: s.Resource,
    }));
    expect(statements).toEqual([
      { actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resource: arnOf(stack.ingest.logGroup) },
      { actions: ['sqs:SendMessage'], resource: arnOf(stack.ingest.deadLetterQueue) },
      {
        actions: [
          'dynamodb:GetItem',
          'dynamodb:Query',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
          'dynamodb:BatchWriteItem',
        ],
        resource: [
          arnOf(table),
          { 'Fn::Join': ['', [arnOf(table), '/index/gsi1']] },
          { 'Fn::Join': ['', [arnOf(table), '/index/gsi2']] },
        ],
      },
      { actions: ['s3:ListBucket'], resource: bucketArn },
      {
        actions: ['s3:GetObject', 's3:GetObjectVersion', 's3:DeleteObjectVersion'],
        resource: underPrefix('inbox/'),
      },
      { actions: ['s3:PutObject'], resource: [underPrefix('verwerkt/'), underPrefix('afgewezen/')] },
      {
        actions: [
          'sqs:ReceiveMessage',
          'sqs:ChangeMessageVisibility',
          'sqs:GetQueueUrl',
          'sqs:DeleteMessage',
          'sqs:GetQueueAttributes',
        ],
        resource: arnOf(stack.ingestTrigger.queue),
      },
    ]);
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({ Principal: { Service: 'lambda.amazonaws.com' } })],
      },
      ManagedPolicyArns: Match.absent(),
    });
  });

  it('grants no wildcard action anywhere, and never a plain s3:DeleteObject', () => {
    const actions = allStatements().flatMap(actionsOf);
    expect(actions.length).toBeGreaterThan(10);
    expect(actions.filter((action) => action.includes('*'))).toEqual([]);
    expect(actions).not.toContain('s3:DeleteObject');
  });
});

describe('uitvoerder delivery', () => {
  it('may only put objects under inbox/ (and abort its own uploads), and its ARN is an output', () => {
    const statements = statementsOf(template, stack.uitvoerder.role);
    expect(statements).toEqual([
      {
        Effect: 'Allow',
        Action: ['s3:PutObject', 's3:AbortMultipartUpload'],
        Resource: underPrefix('inbox/'),
      },
    ]);
    template.hasOutput('UitvoerderRoleArn', { Value: arnOf(stack.uitvoerder.role) });
  });

  it('without an uitvoerder account in context, only this account may assume it', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          Match.objectLike({
            Principal: {
              AWS: {
                'Fn::Join': [
                  '',
                  ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root'],
                ],
              },
            },
          }),
        ],
      },
      Description: Match.stringLikeRegexp('Wlz-uitvoerder'),
    });
  });
});

describe('mail', () => {
  it('has an SES identity for the sender, using a configuration set that requires TLS and suppresses bounces', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'monitor@zorgplicht.example',
      ConfigurationSetAttributes: { ConfigurationSetName: refTo(stack.mail.configurationSet) },
    });
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
  });

  it('sends bounce and complaint events to an encrypted SNS topic the stack exposes', () => {
    expect(stack.mailFeedbackTopic).toBe(stack.mail.feedbackTopic);
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: refTo(stack.mail.configurationSet),
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        SnsDestination: { TopicARN: refTo(stack.mail.feedbackTopic) },
      },
    });
    template.hasResourceProperties('AWS::SNS::Topic', {
      DisplayName: Match.stringLikeRegexp('bounces'),
      KmsMasterKeyId: Match.objectLike({ 'Fn::GetAtt': [Match.stringLikeRegexp('^TopicKey'), 'Arn'] }),
    });
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: ['cloudwatch.amazonaws.com', 'ses.amazonaws.com'] },
            Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
          }),
        ]),
      },
    });
    template.hasOutput('MailFeedbackTopicArn', { Value: refTo(stack.mail.feedbackTopic) });
  });
});

describe('observability', () => {
  const alarms = template.findResources('AWS::CloudWatch::Alarm');
  const alarmTopic = refTo(stack.monitoring.alarmTopic);

  it('mails every alarm and its recovery to the alarm address, through an encrypted topic', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'beheer@zorgplicht.example',
      TopicArn: alarmTopic,
    });
    expect(Object.keys(alarms).length).toBeGreaterThan(0);
    for (const alarm of Object.values(alarms)) {
      expect(alarm.Properties.AlarmActions).toEqual([alarmTopic]);
      expect(alarm.Properties.OKActions).toEqual([alarmTopic]);
      expect(alarm.Properties.TreatMissingData).toBe('notBreaching');
    }
  });

  it('watches the function, both dead-letter queues, ingest refusals and breaks, and mail feedback', () => {
    expect(
      Object.values(alarms)
        .map((alarm) => alarm.Properties.AlarmName)
        .sort(),
    ).toEqual(
      [
        'Ingest-DeadLetters',
        'Ingest-Fouten',
        'Ingest-Throttles',
        'Ingest-Afgewezen',
        'Ingest-Onderbroken',
        'IngestQueue-DeadLetters',
        'Mail-Bouncepercentage',
        'Mail-Klachtpercentage',
        'Mail-Terugkoppeling',
      ]
        .map((name) => `Test-${name}`)
        .sort(),
    );
    const alarmNamed = (name: string) =>
      Object.values(alarms).find((alarm) => alarm.Properties.AlarmName === `Test-${name}`)?.Properties;
    expect(alarmNamed('Ingest-Fouten')).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: refTo(ingestFunction) }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    expect(alarmNamed('Ingest-Throttles')).toMatchObject({ MetricName: 'Throttles' });
    for (const [name, queue] of [
      ['Ingest-DeadLetters', stack.ingest.deadLetterQueue],
      ['IngestQueue-DeadLetters', stack.ingestTrigger.deadLetterQueue],
    ] as const) {
      expect(alarmNamed(name)).toMatchObject({
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(queue), 'QueueName'] } }],
        Threshold: 1,
      });
    }
    // The metric the handler emits with Powertools: its namespace and its `service` dimension.
    expect(alarmNamed('Ingest-Afgewezen')).toMatchObject({
      Namespace: 'Zorgplicht/test',
      MetricName: 'afgewezen',
      Dimensions: [{ Name: 'service', Value: 'zorgplicht-ingest' }],
      Statistic: 'Sum',
      Threshold: 1,
    });
    expect(alarmNamed('Ingest-Onderbroken')).toMatchObject({ MetricName: 'onderbroken' });
    expect(alarmNamed('Mail-Terugkoppeling')).toMatchObject({
      Namespace: 'AWS/SNS',
      MetricName: 'NumberOfMessagesPublished',
      Dimensions: [
        { Name: 'TopicName', Value: { 'Fn::GetAtt': [logicalId(stack.mail.feedbackTopic), 'TopicName'] } },
      ],
    });
    expect(alarmNamed('Mail-Bouncepercentage')).toMatchObject({
      Namespace: 'AWS/SES',
      MetricName: 'Reputation.BounceRate',
    });
  });

  it('has a dashboard with ingest outcomes, errors and dead-letter depth', () => {
    const body = JSON.stringify(
      Object.values(template.findResources('AWS::CloudWatch::Dashboard'))[0]?.Properties.DashboardBody,
    );
    for (const title of [
      'Ingest: bestanden per uitkomst',
      'Fouten en throttles per functie',
      'Dead-letter-wachtrijen: berichten',
    ]) {
      expect(body).toContain(title);
    }
    for (const uitkomst of INGEST_UITKOMSTEN) expect(body).toContain(`\\"${uitkomst}\\"`);
  });
});

describe('checks', () => {
  it('passes cdk-nag’s AWS Solutions rules with no unacknowledged finding', () => {
    expect(nagViolations).toEqual([]);
  });

  it('warns at synth while the example addresses of cdk.json are in place', () => {
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('voorbeeldwaarde'));
    expect(warnings.map((w) => String(w.entry.data))).toEqual([
      expect.stringContaining('zorgplicht:senderAddress'),
      expect.stringContaining('zorgplicht:alarmAddress'),
    ]);
  });
});

describe('configured, with the later functions added the way part 2 will', () => {
  let alerts: AppFunction | undefined;
  const configured = synthStack(
    {
      'zorgplicht:environment': 'productie',
      'zorgplicht:senderAddress': 'alerts@zorgkantoor.nl',
      'zorgplicht:alarmAddress': 'beheer@zorgkantoor.nl',
      'zorgplicht:uitvoerderAccountId': '111122223333',
      'zorgplicht:archiveRetentionDays': '30',
    },
    (s) => {
      // A later function is an AppFunction, its grants and one watchFunction call.
      alerts = new AppFunction(s, 'Alerts', {
        entry: 'functions/ingest/handler.ts',
        serviceName: 'zorgplicht-alerts',
        metricsNamespace: s.metricsNamespace,
        description: 'test stand-in for the alerts function',
      });
      s.table.grantRead(alerts);
      s.mail.grantSend(alerts);
      s.monitoring.watchFunction(alerts);
      const api = new HttpApi(s, 'Api');
      Validations.of(api).acknowledge({
        id: 'AwsSolutions-APIG1',
        reason: 'test stand-in: part 2 logs access',
      });
      s.monitoring.watchHttpApi('Api', api, { latencyP95: Duration.millis(1500) });
    },
  );
  const t = configured.template;

  it('takes the context: names, addresses, the uitvoerder account and the archive retention', () => {
    expect(configured.stack.metricsNamespace).toBe('Zorgplicht/productie');
    t.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'alerts@zorgkantoor.nl' });
    t.hasResourceProperties('AWS::SNS::Subscription', { Endpoint: 'beheer@zorgkantoor.nl' });
    t.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          Match.objectLike({
            Principal: {
              AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::111122223333:root']] },
            },
          }),
        ],
      },
    });
    t.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Prefix: 'verwerkt/', NoncurrentVersionExpiration: { NoncurrentDays: 30 } }),
        ]),
      },
    });
    expect(Annotations.fromStack(configured.stack).findWarning('*', Match.anyValue())).toEqual([]);
  });

  it('a reading function gets read-only table access and may send mail only from the sender identity', () => {
    const table = configured.stack.table.table;
    if (!alerts) throw new Error('the stand-in function was not created');
    const statements = statementsOf(t, alerts.role).slice(2); // after its log group and DLQ
    expect(statements).toEqual([
      {
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'dynamodb:Query'],
        Resource: [
          arnOf(table),
          { 'Fn::Join': ['', [arnOf(table), '/index/gsi1']] },
          { 'Fn::Join': ['', [arnOf(table), '/index/gsi2']] },
        ],
      },
      {
        Effect: 'Allow',
        Action: ['ses:SendEmail', 'ses:SendRawEmail'],
        Resource: [
          expect.objectContaining({ 'Fn::Join': expect.anything() }),
          {
            'Fn::Join': [
              '',
              [
                'arn:',
                { Ref: 'AWS::Partition' },
                ':ses:',
                { Ref: 'AWS::Region' },
                ':',
                { Ref: 'AWS::AccountId' },
                ':configuration-set/',
                refTo(configured.stack.mail.configurationSet),
              ],
            ],
          },
        ],
        Condition: { StringEquals: { 'ses:FromAddress': 'alerts@zorgkantoor.nl' } },
      },
    ]);
    expect(JSON.stringify(statements[1]?.Resource)).toContain(':identity/');
    expect(JSON.stringify(statements[1]?.Resource)).toContain(logicalId(configured.stack.mail.identity));
  });

  it('alarms on the new function and on the API’s 5xx and latency', () => {
    const names = Object.values(t.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties.AlarmName);
    expect(names).toEqual(
      expect.arrayContaining([
        'Test-Alerts-Fouten',
        'Test-Alerts-Throttles',
        'Test-Alerts-DeadLetters',
        'Test-Api-5xx',
        'Test-Api-Latency',
      ]),
    );
    t.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'Test-Api-Latency',
      Namespace: 'AWS/ApiGateway',
      MetricName: 'Latency',
      ExtendedStatistic: 'p95',
      Threshold: 1500,
      EvaluationPeriods: 3,
    });
    t.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'Test-Api-5xx',
      MetricName: '5xx',
      Threshold: 5,
    });
  });

  it('stays clean under cdk-nag', () => {
    expect(configured.nagViolations).toEqual([]);
  });
});
