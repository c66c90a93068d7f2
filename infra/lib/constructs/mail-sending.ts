import { Stack } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface MailSendingProps {
  /** The address the alert e-mails come from (`zorgplicht:senderAddress`). */
  readonly senderAddress: string;
  /** Customer-managed key of the feedback topic (SES must be allowed to use it). */
  readonly topicKey: IKey;
}

/**
 * Sending the alert e-mails through SES (contracts §7): an identity for the one sender
 * address, and a configuration set that every mail from it uses, which requires TLS, keeps
 * bouncing and complaining addresses off the list, and sends bounce and complaint events
 * to `feedbackTopic`, where a later handler marks the subscriber's address.
 * `grantSend` is the only way a function gets to send.
 */
export class MailSending extends Construct {
  readonly senderAddress: string;
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;
  readonly feedbackTopic: Topic;

  constructor(scope: Construct, id: string, props: MailSendingProps) {
    super(scope, id);
    this.senderAddress = props.senderAddress;

    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      sendingEnabled: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.feedbackTopic = new Topic(this, 'FeedbackTopic', {
      displayName: `${Stack.of(this).stackName}: bounces en klachten van alertmails`,
      masterKey: props.topicKey,
      enforceSSL: true,
    });
    // Also adds the topic policy that lets SES (of this account and configuration set) publish.
    this.configurationSet.addEventDestination('Feedback', {
      destination: EventDestination.snsTopic(this.feedbackTopic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });

    this.identity = new EmailIdentity(this, 'Identity', {
      identity: Identity.email(props.senderAddress),
      configurationSet: this.configurationSet,
    });
  }

  /** ARN of the configuration set, a resource of every send authorisation. */
  get configurationSetArn(): string {
    return Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
  }

  /**
   * Lets a function send mail from the sender identity only, through this configuration
   * set only, with the sender address as From.
   */
  grantSend(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [this.identity.emailIdentityArn, this.configurationSetArn],
        conditions: { StringEquals: { 'ses:FromAddress': this.senderAddress } },
      }),
    );
  }
}
