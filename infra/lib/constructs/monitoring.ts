import { Duration, Stack } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  type IWidget,
  Metric,
  Stats,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { AppFunction } from './app-function.ts';
import type { MailSending } from './mail-sending.ts';

const PERIOD = Duration.minutes(5);

export interface MonitoringProps {
  /** Receives every alarm and its recovery (SNS e-mail subscription; confirm the first mail). */
  readonly alarmAddress: string;
  /** Customer-managed key of the alarm topic (CloudWatch must be allowed to use it). */
  readonly topicKey: IKey;
}

export interface AlarmSpec {
  readonly metric: IMetric;
  readonly threshold: number;
  /** Dutch: what is wrong and where to look; it is the body of the alarm mail. */
  readonly description: string;
  /** Default: at or above the threshold. */
  readonly comparisonOperator?: ComparisonOperator;
  /** Default 1: a single period over the threshold raises the alarm. */
  readonly evaluationPeriods?: number;
}

export interface HttpApiAlarmOptions {
  /** 5xx responses in five minutes that raise the alarm (default 5). */
  readonly serverErrors?: number;
  /** p95 latency that raises the alarm when it holds for 15 minutes (default 2 seconds). */
  readonly latencyP95?: Duration;
}

/**
 * The alarm factory: one SNS topic that mails the operator, and a method per kind of thing
 * to watch, so that each later function is an `AppFunction`, its grants and one
 * `watchFunction` call away. Every alarm also reports its recovery; no data is no alarm.
 * The dashboard shows errors per function and the depth of every dead-letter queue; the
 * stack adds its own graphs (the ingest outcomes).
 */
export class Monitoring extends Construct {
  readonly alarmTopic: Topic;
  readonly dashboard: Dashboard;
  readonly alarms: Alarm[] = [];
  private readonly errorsWidget: GraphWidget;
  private readonly deadLettersWidget: GraphWidget;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const stackName = Stack.of(this).stackName;
    this.alarmTopic = new Topic(this, 'AlarmTopic', {
      displayName: `${stackName}: alarmen`,
      masterKey: props.topicKey,
      enforceSSL: true,
    });
    this.alarmTopic.addSubscription(new EmailSubscription(props.alarmAddress));

    this.errorsWidget = new GraphWidget({ title: 'Fouten en throttles per functie', width: 12 });
    this.deadLettersWidget = new GraphWidget({ title: 'Dead-letter-wachtrijen: berichten', width: 12 });
    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: stackName,
      defaultInterval: Duration.days(7),
      widgets: [[this.errorsWidget, this.deadLettersWidget]],
    });
  }

  /** A single alarm on any metric, e.g. a custom metric of a later function (`fn.metric(...)`). */
  alarm(id: string, spec: AlarmSpec): Alarm {
    const alarm = new Alarm(this, id, {
      alarmName: `${Stack.of(this).stackName}-${id}`,
      alarmDescription: spec.description,
      metric: spec.metric,
      threshold: spec.threshold,
      comparisonOperator: spec.comparisonOperator ?? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: spec.evaluationPeriods ?? 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const action = new SnsAction(this.alarmTopic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    this.alarms.push(alarm);
    return alarm;
  }

  /** Errors and throttles of the function, and the dead-letter queue of its asynchronous invocations. */
  watchFunction(fn: AppFunction): void {
    const name = fn.node.id;
    const errors = fn.function.metricErrors({ period: PERIOD, statistic: Stats.SUM });
    const throttles = fn.function.metricThrottles({ period: PERIOD, statistic: Stats.SUM });
    this.alarm(`${name}-Fouten`, {
      metric: errors,
      threshold: 1,
      description: `De functie ${fn.serviceName} gaf een fout. Zie de log group van de functie in CloudWatch Logs.`,
    });
    this.alarm(`${name}-Throttles`, {
      metric: throttles,
      threshold: 1,
      description: `De functie ${fn.serviceName} werd afgeknepen (throttled): de gelijktijdigheid van het account is op.`,
    });
    this.errorsWidget.addLeftMetric(errors.with({ label: `${name}: fouten` }));
    this.errorsWidget.addLeftMetric(throttles.with({ label: `${name}: throttles` }));
    this.watchDeadLetterQueue(
      `${name}-DeadLetters`,
      fn.deadLetterQueue,
      `Een asynchrone aanroep van ${fn.serviceName} is na alle pogingen opgegeven en staat in de dead-letter-wachtrij.`,
    );
  }

  /** Any message in a dead-letter queue is work that was given up on. */
  watchDeadLetterQueue(id: string, queue: IQueue, description: string): void {
    const depth = queue.metricApproximateNumberOfMessagesVisible({
      period: PERIOD,
      statistic: Stats.MAXIMUM,
    });
    this.alarm(id, { metric: depth, threshold: 1, description });
    this.deadLettersWidget.addLeftMetric(depth.with({ label: id }));
  }

  /** For the API (part 2): server errors and p95 latency of the HTTP API. */
  watchHttpApi(id: string, api: IHttpApi, options: HttpApiAlarmOptions = {}): void {
    const latency = options.latencyP95 ?? Duration.seconds(2);
    this.alarm(`${id}-5xx`, {
      metric: api.metricServerError({ period: PERIOD, statistic: Stats.SUM }),
      threshold: options.serverErrors ?? 5,
      description: 'De API gaf serverfouten (5xx). Zie de log group van de API-functie.',
    });
    this.alarm(`${id}-Latency`, {
      metric: api.metricLatency({ period: PERIOD, statistic: Stats.p(95) }),
      threshold: latency.toMilliseconds(),
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      description: `De API antwoordt traag: p95 boven ${latency.toMilliseconds()} ms, een kwartier lang.`,
    });
  }

  /**
   * Mail that does not arrive: every bounce or complaint notice, and the account's SES
   * reputation before SES itself reviews it (at 5% bounces, 0.1% complaints). The alerts
   * function adds its own send failures with `alarm(...)`.
   */
  watchMail(mail: MailSending): void {
    this.alarm('Mail-Terugkoppeling', {
      metric: mail.feedbackTopic.metricNumberOfMessagesPublished({ period: PERIOD, statistic: Stats.SUM }),
      threshold: 1,
      description:
        'SES meldde een bounce of klacht op een alertmail. Controleer het adres van de abonnee; SES zet het op de suppressielijst.',
    });
    const reputation = (metricName: string) =>
      new Metric({ namespace: 'AWS/SES', metricName, period: Duration.hours(1), statistic: Stats.MAXIMUM });
    this.alarm('Mail-Bouncepercentage', {
      metric: reputation('Reputation.BounceRate'),
      threshold: 0.04,
      description:
        'Het bouncepercentage van het SES-account nadert 5%; daarboven beoordeelt AWS het account.',
    });
    this.alarm('Mail-Klachtpercentage', {
      metric: reputation('Reputation.ComplaintRate'),
      threshold: 0.0008,
      description:
        'Het klachtpercentage van het SES-account nadert 0,1%; daarboven beoordeelt AWS het account.',
    });
  }

  addWidgets(...widgets: IWidget[]): void {
    this.dashboard.addWidgets(...widgets);
  }
}
