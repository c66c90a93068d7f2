import { CfnResource, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * The cdk-nag finding id of a grant on `<resource>.Arn` followed by a wildcard `suffix`
 * (e.g. `/inbox/*`), so that exactly that finding is acknowledged and any other wildcard on
 * the same policy still fails the check.
 */
export function wildcardResourceFinding(resource: IConstruct, suffix: string): string {
  const cfn = resource.node.defaultChild;
  if (!cfn || !CfnResource.isCfnResource(cfn)) {
    throw new Error(`${resource.node.path} heeft geen CloudFormation-resource`);
  }
  return `AwsSolutions-IAM5[Resource::<${Stack.of(resource).resolve(cfn.logicalId)}.Arn>${suffix}]`;
}
