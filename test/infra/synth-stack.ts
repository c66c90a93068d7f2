import { readFileSync } from 'node:fs';
import { App, CfnResource, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { PolicyViolation } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { ZorgplichtStack } from '../../infra/lib/zorgplicht-stack.ts';
import { tijdelijkeMapSync } from '../support/tijdelijke-map.ts';
import { readSettings } from '../../infra/lib/zorgplicht-settings.ts';

/** The context of `cdk.json`, as `cdk synth` passes it to the app. */
export const CDK_JSON_CONTEXT: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'),
).context;

export interface SynthResult {
  readonly stack: ZorgplichtStack;
  readonly template: Template;
  /** cdk-nag's AWS Solutions findings that are not acknowledged. */
  readonly nagViolations: PolicyViolation[];
}

/**
 * The stack as `cdk synth` builds it (cdk.json's context, plus `context` as with `-c`), but
 * without bundling the functions, which only the e2e test needs. `extend` adds to the stack
 * before it is synthesised.
 */
export function synthStack(
  context: Record<string, unknown> = {},
  extend: (stack: ZorgplichtStack) => void = () => undefined,
): SynthResult {
  const app = new App({
    outdir: tijdelijkeMapSync('zp-cdk-out-'),
    context: { ...CDK_JSON_CONTEXT, ...context, 'aws:cdk:bundling-stacks': [] },
  });
  const stack = new ZorgplichtStack(app, 'Test', { settings: readSettings(app.node) });
  extend(stack);
  const template = Template.fromStack(stack);
  const nagViolations = new AwsSolutionsChecks(app).validateScope(stack).violations;
  return { stack, template, nagViolations };
}

/** The logical id of a construct's CloudFormation resource, for `{ Ref }` and `Fn::GetAtt`. */
export function logicalId(construct: IConstruct): string {
  const cfn = CfnResource.isCfnResource(construct) ? construct : construct.node.defaultChild;
  if (!cfn || !CfnResource.isCfnResource(cfn)) throw new Error(`${construct.node.path} has no CfnResource`);
  return Stack.of(construct).resolve(cfn.logicalId);
}

export const arnOf = (construct: IConstruct) => ({ 'Fn::GetAtt': [logicalId(construct), 'Arn'] });
export const refTo = (construct: IConstruct) => ({ Ref: logicalId(construct) });

export interface PolicyStatementJson {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: unknown;
}

/** The statements of every IAM policy attached to a role. */
export function statementsOf(template: Template, role: IConstruct): PolicyStatementJson[] {
  const policies = template.findResources('AWS::IAM::Policy', {
    Properties: { Roles: [refTo(role)] },
  });
  return Object.values(policies).flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

export const actionsOf = (statement: PolicyStatementJson): string[] =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action];
