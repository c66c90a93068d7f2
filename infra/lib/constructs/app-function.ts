import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type NodejsFunctionProps, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface AppFunctionProps extends Omit<NodejsFunctionProps, 'entry' | 'runtime'> {
  /** Handler file relative to the repository root, e.g. `functions/ingest/handler.ts`. */
  readonly entry: string;
  readonly serviceName: string;
}

/** A Lambda with the product's defaults: Node 22 on ARM, ESM bundle, own log group, Powertools settings. */
export class AppFunction extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.function = new NodejsFunction(this, 'Function', {
      timeout: Duration.seconds(30),
      memorySize: 1024,
      ...props,
      entry: `${ROOT}${props.entry}`,
      projectRoot: ROOT,
      depsLockFilePath: `${ROOT}package-lock.json`,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      tracing: Tracing.ACTIVE,
      logGroup,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        sourceMap: true,
        minify: true,
        // Bundle the SDK too, so the deployed code runs the versions that were tested.
        externalModules: [],
        banner: "import { createRequire } from 'module';const require = createRequire(import.meta.url);",
        ...props.bundling,
      },
    });
  }
}
