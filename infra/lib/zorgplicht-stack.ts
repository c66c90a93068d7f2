import { Annotations, CfnOutput, Duration, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import { GraphWidget } from 'aws-cdk-lib/aws-cloudwatch';
import type { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { INGEST_UITKOMSTEN } from '../../functions/ingest/ingest-uitkomst.ts';
import { AppFunction } from './constructs/app-function.ts';
import { IngestTrigger } from './constructs/ingest-trigger.ts';
import { LandingBucket } from './constructs/landing-bucket.ts';
import { MailSending } from './constructs/mail-sending.ts';
import { Monitoring } from './constructs/monitoring.ts';
import { topicKey } from './constructs/topic-key.ts';
import { UitvoerderDelivery } from './constructs/uitvoerder-delivery.ts';
import { ZorgplichtTable } from './constructs/zorgplicht-table.ts';
import { placeholderSettings, type ZorgplichtSettings } from './zorgplicht-settings.ts';

/**
 * A claim on an extract lasts 15 minutes (docs/data-model.md). The ingest's time-out stays
 * below it, so no claim outlives the invocation that holds it unnoticed; the queue's
 * visibility timeout is six times this (84 minutes).
 */
export const INGEST_TIMEOUT = Duration.minutes(14);

export interface ZorgplichtStackProps extends StackProps {
  readonly settings: ZorgplichtSettings;
}

/**
 * The product's back end in one stack: the table, the landing bucket with its ingest
 * trigger, mail sending, the uitvoerder's delivery role, alarms and a dashboard. A later
 * function (API, alerts, recompute, purge) is an `AppFunction`, its grants (`table.grant…`,
 * `mail.grantSend`) and `monitoring.watchFunction(…)`.
 */
export class ZorgplichtStack extends Stack {
  readonly settings: ZorgplichtSettings;
  readonly table: ZorgplichtTable;
  readonly landing: LandingBucket;
  readonly ingest: AppFunction;
  readonly ingestTrigger: IngestTrigger;
  readonly mail: MailSending;
  readonly uitvoerder: UitvoerderDelivery;
  readonly monitoring: Monitoring;
  /** Namespace of the functions' own metrics (Powertools), per environment. */
  readonly metricsNamespace: string;

  constructor(scope: Construct, id: string, props: ZorgplichtStackProps) {
    super(scope, id, props);
    const { settings } = props;
    this.settings = settings;
    this.metricsNamespace = `Zorgplicht/${settings.environment}`;
    Tags.of(this).add('zorgplicht:omgeving', settings.environment);
    for (const key of placeholderSettings(settings)) {
      Annotations.of(this).addWarningV2(
        'zorgplicht:placeholder',
        `${key} heeft nog de voorbeeldwaarde; stel het echte adres in voor een echte uitrol.`,
      );
    }

    this.table = new ZorgplichtTable(this, 'Table');
    this.landing = new LandingBucket(this, 'LandingBucket', {
      archiveRetentionDays: settings.archiveRetentionDays,
    });

    const key = topicKey(this, 'TopicKey');
    this.monitoring = new Monitoring(this, 'Monitoring', {
      alarmAddress: settings.alarmAddress,
      topicKey: key,
    });
    this.mail = new MailSending(this, 'Mail', { senderAddress: settings.senderAddress, topicKey: key });
    this.monitoring.watchMail(this.mail);

    this.ingest = new AppFunction(this, 'Ingest', {
      entry: 'functions/ingest/handler.ts',
      serviceName: 'zorgplicht-ingest',
      metricsNamespace: this.metricsNamespace,
      description: 'Verwerkt de extracten in inbox/ van de landingsbucket',
      timeout: INGEST_TIMEOUT,
      memorySize: 2048,
      environment: {
        TABLE_NAME: this.table.tableName,
        LANDING_BUCKET: this.landing.bucket.bucketName,
      },
    });
    this.table.grantReadWrite(this.ingest);
    this.landing.grantIngest(this.ingest);
    this.ingestTrigger = new IngestTrigger(this, 'IngestTrigger', {
      landing: this.landing,
      ingest: this.ingest,
    });
    this.watchIngest();

    this.uitvoerder = new UitvoerderDelivery(this, 'Uitvoerder', {
      landing: this.landing,
      accountId: settings.uitvoerderAccountId,
    });

    new CfnOutput(this, 'LandingBucketName', {
      value: this.landing.bucket.bucketName,
      description: 'Landingsbucket: extracten in inbox/',
    });
    new CfnOutput(this, 'UitvoerderRoleArn', {
      value: this.uitvoerder.role.roleArn,
      description: 'Rol waarmee het systeem van de Wlz-uitvoerder extracten in inbox/ zet',
    });
    new CfnOutput(this, 'MailFeedbackTopicArn', {
      value: this.mail.feedbackTopic.topicArn,
      description: 'SNS-onderwerp met bounces en klachten van de alertmails',
    });
  }

  /** SNS topic with SES bounce and complaint events, for the handler that marks addresses. */
  get mailFeedbackTopic(): Topic {
    return this.mail.feedbackTopic;
  }

  private watchIngest(): void {
    const { monitoring, ingest } = this;
    monitoring.watchFunction(ingest);
    monitoring.watchDeadLetterQueue(
      'IngestQueue-DeadLetters',
      this.ingestTrigger.deadLetterQueue,
      'Een melding van een nieuw extract is na herhaalde pogingen opgegeven. Het bestand staat nog in inbox/; het schema probeert het elk kwartier opnieuw. Zie de log group van de ingest.',
    );
    monitoring.alarm('Ingest-Afgewezen', {
      metric: ingest.metric('afgewezen'),
      threshold: 1,
      description:
        'Een extract is afgewezen. Het rapport met alle fouten staat naast het bestand onder afgewezen/ in de landingsbucket; de uitvoerder moet een verbeterd bestand leveren.',
    });
    monitoring.alarm('Ingest-Onderbroken', {
      metric: ingest.metric('onderbroken'),
      threshold: 1,
      description:
        'Het inlezen van een extract brak af (opslag of S3). Het bestand blijft in inbox/ en wordt opnieuw geprobeerd; zie de log group van de ingest.',
    });
    monitoring.addWidgets(
      new GraphWidget({
        title: 'Ingest: bestanden per uitkomst',
        width: 24,
        stacked: true,
        left: INGEST_UITKOMSTEN.map((uitkomst) =>
          ingest.metric(uitkomst).with({ label: uitkomst, period: Duration.minutes(15) }),
        ),
      }),
    );
  }
}
