import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage, Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  Code,
  Function as LambdaFunction,
  LoggingFormat,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { type BuildOptions, buildSync } from 'esbuild';
import { type RoutingConfig, routingDefine } from '../../../shared/routing/index.ts';
import { type StageConfig, stageName } from '../stage.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FUNCTIONS_DIR = fileURLToPath(new URL('../../../functions/', import.meta.url));

/** The entry file of a handler: functions/<name>.ts, exporting `handler`. */
export const handlerEntry = (name: string): string => `${FUNCTIONS_DIR}${name}.ts`;
export const handlerExists = (name: string): boolean => existsSync(handlerEntry(name));

/** Lets CJS dependencies bundled into the ESM output call `require`. */
const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module';const require = createRequire(import.meta.url);";

const BUILTINS_DIR = fileURLToPath(new URL('./node-builtins/', import.meta.url));

/**
 * Every Node built-in a dependency imports as an ES module (`import { request } from 'node:https'`)
 * is bundled as `require` instead, through a one-line CommonJS file (`node-builtins/<name>.cjs`,
 * `/` spelt `-`). An ES-module import of a built-in makes Node build its whole namespace at load,
 * which runs every lazy getter: `node:http` and `node:https` then load undici for their WebSocket
 * exports, about a third of a small function's init; a `require` reads nothing it is not asked for.
 */
const builtinAliases = (): Record<string, string> =>
  Object.fromEntries(
    readdirSync(BUILTINS_DIR)
      .filter((f) => f.endsWith('.cjs'))
      .flatMap((f) => {
        const name = f.slice(0, -'.cjs'.length).replace('-', '/');
        return [
          [name, `${BUILTINS_DIR}${f}`],
          [`node:${name}`, `${BUILTINS_DIR}${f}`],
        ];
      }),
  );

/**
 * Lambda puts the function role's credentials in the environment (AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), which is the first place the SDK's default chain
 * looks. The bundles carry that provider only: the rest of the chain (profiles, SSO, web identity,
 * container and instance metadata, with the STS and SSO clients they bring) is about 140 KiB that
 * every init parsed and no function ran.
 */
const LAMBDA_CREDENTIALS = fileURLToPath(new URL('./lambda-credentials.mjs', import.meta.url));

/** The Node options every function runs with (the cold-start bench starts its processes with them too). */
export const FUNCTION_NODE_OPTIONS = '--enable-source-maps';

/**
 * How every function is bundled: one ES module per function (`index.mjs`, handler `index.handler`),
 * minified, with source maps (file and line; the sources left out keep the asset small), the pinned
 * AWS SDK bundled rather than the runtime's, the routing config baked in. Code splitting puts what a
 * function imports with `import()` (the X-Ray SDK, the detector, the chart libraries) in chunk files
 * beside it, read when first needed instead of parsed at every init. The cold-start bench and the
 * bundle tests build with these options too, so they measure what is deployed.
 */
export const functionBundling = (routing: RoutingConfig) => ({
  format: 'esm' as const,
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  target: 'node24',
  splitting: true,
  define: routingDefine(routing),
  alias: {
    ...builtinAliases(),
    '@aws-sdk/credential-provider-node': LAMBDA_CREDENTIALS,
  } as Record<string, string>,
});

/** The esbuild options that bundle the handler `entry` into `outdir` (index.mjs and its chunks). */
export function esbuildOptions(
  bundling: ReturnType<typeof functionBundling>,
  entry: string,
  outdir: string,
): BuildOptions {
  return {
    ...bundling,
    entryPoints: { index: entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    banner: { js: bundling.banner },
    absWorkingDir: PROJECT_ROOT,
    bundle: true,
    platform: 'node',
    logLevel: 'error',
  };
}

/**
 * The function's asset: esbuild run in the synth process with `functionBundling` (no Docker; the
 * image is never pulled), plus the files the function reads beside its bundle. Hashed by its output,
 * so a deploy updates exactly the functions whose bundle changed.
 */
const bundledCode = (handlerName: string, routing: RoutingConfig, assets: readonly string[]): Code => {
  const bundling = functionBundling(routing);
  return Code.fromAsset(PROJECT_ROOT, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs24.x'),
      // Never run (the local build always succeeds), but part of the key under which the CDK caches
      // a bundle during synth: without what differs between functions, they would all share one.
      command: ['esbuild', handlerEntry(handlerName), JSON.stringify(bundling), ...assets],
      local: {
        tryBundle(outputDir) {
          buildSync(esbuildOptions(bundling, handlerEntry(handlerName), outputDir));
          for (const file of assets) copyFileSync(file, `${outputDir}/${basename(file)}`);
          return true;
        },
      },
    },
  });
};

/** Settings every function of a stage shares. */
export interface FunctionDefaults {
  stage: StageConfig;
  /** The validated routing config, baked into every bundle as the global `__BEACON_ROUTING__`. */
  routing: RoutingConfig;
  alarmTopic: ITopic;
}

export interface BeaconFunctionProps extends FunctionDefaults {
  /** File name under functions/ without extension; also the function's name suffix. */
  handlerName: string;
  description: string;
  timeout?: Duration;
  memorySize?: number;
  /** Files copied beside the bundle, read at run time (the chart renderer's WebAssembly and font). */
  assets?: readonly string[];
}

/**
 * The one way to build a Beacon Lambda: runtime, architecture, tracing, logs, bundling and the error alarm
 * are fixed here so no handler can drift. Permissions and their environment variables come from the
 * bind helpers in bindings.ts.
 */
export class BeaconFunction extends LambdaFunction {
  readonly handlerName: string;
  readonly errorAlarm: Alarm;
  readonly throttleAlarm: Alarm;

  constructor(scope: Construct, id: string, props: BeaconFunctionProps) {
    const { stage, handlerName } = props;
    const functionName = stageName(stage, `beacon-${handlerName}`);
    // No physical name: a log group retained in prod would otherwise block re-creating the
    // stateless stack (the name would already exist). The function's LoggingConfig points at it.
    const logGroup = new LogGroup(scope, `${id}LogGroup`, {
      retention: stage.logRetention,
      removalPolicy: stage.removalPolicy,
    });
    // An own role instead of AWSLambdaBasicExecutionRole: it may write to this function's log group only.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${functionName}`,
    });
    logGroup.grantWrite(role);
    super(scope, id, {
      functionName,
      role,
      description: props.description,
      code: bundledCode(handlerName, props.routing, props.assets ?? []),
      handler: 'index.handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      timeout: props.timeout ?? Duration.seconds(10),
      memorySize: props.memorySize ?? 512,
      tracing: Tracing.ACTIVE,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      environment: {
        BEACON_STAGE: stage.name,
        POWERTOOLS_SERVICE_NAME: 'beacon',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        NODE_OPTIONS: FUNCTION_NODE_OPTIONS,
      },
    });
    this.handlerName = handlerName;
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Active tracing needs xray:PutTraceSegments and xray:PutTelemetryRecords, which support no resource-level permissions.',
    });

    this.errorAlarm = new Alarm(this, 'ErrorAlarm', {
      alarmName: `${functionName}-errors`,
      alarmDescription: `${functionName} threw or timed out. Check its log group ${logGroup.logGroupName}.`,
      metric: this.metricErrors({ period: Duration.minutes(5) }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.errorAlarm.addAlarmAction(new SnsAction(props.alarmTopic));

    this.throttleAlarm = new Alarm(this, 'ThrottleAlarm', {
      alarmName: `${functionName}-throttles`,
      alarmDescription: `${functionName} was throttled: the account's concurrency is used up, or a cap is too low for the load.`,
      metric: this.metricThrottles({ period: Duration.minutes(5) }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.throttleAlarm.addAlarmAction(new SnsAction(props.alarmTopic));
  }
}
