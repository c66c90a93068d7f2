import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Metric, Stats } from 'aws-cdk-lib/aws-cloudwatch';
import { type IGrantable, type IPrincipal, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, type Tracing } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { secureQueue } from './secure-queue.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Lets an ES-module bundle load the CommonJS parts of its dependencies (Powertools, the SDK). */
const CREATE_REQUIRE_BANNER =
  "import { createRequire } from 'module';const require = createRequire(import.meta.url);";

export interface AppFunctionProps {
  /** Handler file relative to the repository root, e.g. `functions/ingest/handler.ts`. */
  readonly entry: string;
  /** `POWERTOOLS_SERVICE_NAME`: the `service` of every log line and the dimension of its metrics. */
  readonly serviceName: string;
  /** `POWERTOOLS_METRICS_NAMESPACE`: where the function's own metrics go. */
  readonly metricsNamespace: string;
  readonly description: string;
  /** Default 30 seconds. */
  readonly timeout?: Duration;
  /** Default 1024 MB. */
  readonly memorySize?: number;
  readonly environment?: Record<string, string>;
  /** Default three months. */
  readonly logRetention?: RetentionDays;
  /** Retries of a failed asynchronous invocation before it goes to the dead-letter queue (default 2). */
  readonly retryAttempts?: number;
  /** Default off: the product has no tracer instrumentation, and X-Ray needs a `*` resource grant. */
  readonly tracing?: Tracing;
  /** Extra esbuild options (e.g. command hooks that copy static files); merged over the defaults. */
  readonly bundling?: BundlingOptions;
}

/**
 * A Lambda with the product's defaults: Node 22 on ARM, one minified ESM bundle built by the
 * local esbuild (no Docker) with source maps that hold no sources, its own log group with a
 * retention, Powertools settings, an encrypted dead-letter queue for asynchronous invocations,
 * and a role that starts with nothing but writing to its own log group. Everything else is
 * granted by the caller, action by action.
 */
export class AppFunction extends Construct implements IGrantable {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;
  readonly deadLetterQueue: Queue;
  readonly serviceName: string;
  readonly metricsNamespace: string;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    this.serviceName = props.serviceName;
    this.metricsNamespace = props.metricsNamespace;

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Our own role instead of the default one, which would carry the managed policy
    // AWSLambdaBasicExecutionRole (logs:CreateLogGroup and PutLogEvents on every log group).
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.serviceName}: uitvoerrol`,
    });
    this.logGroup.grantWrite(this.role);

    this.deadLetterQueue = secureQueue(this, 'DeadLetters');
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the dead-letter queue of the function’s asynchronous invocations; a dead-letter queue has none of its own.',
    });

    this.function = new NodejsFunction(this, 'Function', {
      description: props.description,
      entry: `${ROOT}${props.entry}`,
      projectRoot: ROOT,
      depsLockFilePath: `${ROOT}package-lock.json`,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      timeout: props.timeout ?? Duration.seconds(30),
      memorySize: props.memorySize ?? 1024,
      role: this.role,
      logGroup: this.logGroup,
      tracing: props.tracing,
      deadLetterQueue: this.deadLetterQueue,
      retryAttempts: props.retryAttempts ?? 2,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: props.metricsNamespace,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        // Prefer the ES-module builds of dependencies: esbuild can tree-shake those.
        mainFields: ['module', 'main'],
        minify: true,
        sourceMap: true,
        // Stack traces keep file and line; the code itself is not shipped a second time.
        sourcesContent: false,
        // Bundle the SDK too, so the deployed code runs the versions that were tested.
        externalModules: [],
        banner: CREATE_REQUIRE_BANNER,
        ...props.bundling,
      },
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 (LTS, supported by Lambda into 2027) is the runtime the code is developed and tested on; the bundles target node22. Move to 24 together with the development and CI machines.',
    });
  }

  get grantPrincipal(): IPrincipal {
    return this.role;
  }

  /**
   * A metric the function emits with the Powertools Metrics of its handler: same namespace,
   * and the `service` dimension Powertools adds to every metric.
   */
  metric(metricName: string): Metric {
    return new Metric({
      namespace: this.metricsNamespace,
      metricName,
      dimensionsMap: { service: this.serviceName },
      statistic: Stats.SUM,
      period: Duration.minutes(5),
    });
  }
}
