import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';

/** The AWS services that publish to the product's SNS topics: CloudWatch alarms and SES feedback. */
const PUBLISHING_SERVICES = ['cloudwatch.amazonaws.com', 'ses.amazonaws.com'];

/**
 * The customer-managed key of the SNS topics (alarm topic, mail feedback topic; bounce
 * notices carry subscribers' addresses). An AWS-managed SNS key will not do: its policy
 * cannot admit the publishing services. Rotated yearly.
 */
export function topicKey(scope: Construct, id: string): Key {
  const key = new Key(scope, id, {
    description: 'Zorgplicht-monitor: versleuteling van de SNS-onderwerpen (alarmen, mailterugkoppeling)',
    enableKeyRotation: true,
  });
  key.addToResourcePolicy(
    new PolicyStatement({
      sid: 'PublishingServicesEncryptTopicMessages',
      principals: PUBLISHING_SERVICES.map((service) => new ServicePrincipal(service)),
      // What SNS needs of a publisher to an encrypted topic.
      actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
      resources: ['*'],
    }),
  );
  return key;
}
