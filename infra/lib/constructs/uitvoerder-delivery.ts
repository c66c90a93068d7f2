import { Duration, Stack } from 'aws-cdk-lib';
import { AccountPrincipal, Role } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { LandingBucket } from './landing-bucket.ts';

export interface UitvoerderDeliveryProps {
  readonly landing: LandingBucket;
  /** The uitvoerder's AWS account; undefined: this stack's own account (nobody outside can assume it). */
  readonly accountId: string | undefined;
}

/**
 * How a Wlz-uitvoerder's system delivers extracts without a person: a role its account may
 * assume, which may only put objects under the landing bucket's `inbox/` (and abort its own
 * multipart uploads). It cannot read, list or delete anything, not even what it delivered.
 */
export class UitvoerderDelivery extends Construct {
  readonly role: Role;

  constructor(scope: Construct, id: string, props: UitvoerderDeliveryProps) {
    super(scope, id);
    this.role = new Role(this, 'Role', {
      assumedBy: new AccountPrincipal(props.accountId ?? Stack.of(this).account),
      description: 'Wlz-uitvoerder: extracten afleveren in inbox/ van de landingsbucket',
      maxSessionDuration: Duration.hours(1),
    });
    props.landing.grantDelivery(this.role);
  }
}
