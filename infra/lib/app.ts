import { App, type AppProps, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { acknowledgeNagFindings } from './nag.ts';
import { loadRoutingForSynth } from './routing.ts';
import { stageConfig } from './stage.ts';
import { StatefulStack } from './stateful-stack.ts';
import { StatelessStack } from './stateless-stack.ts';

export interface BeaconAppOptions extends AppProps {
  /** The routing file to validate and bake into the bundles; the project's config/routing.yaml by default. */
  routingFile?: string;
}

export interface BeaconApp {
  app: App;
  stateful: StatefulStack;
  stateless: StatelessStack;
}

/**
 * The whole deployment for the stage named by the `stage` context (`-c stage=prod`). Stacks are
 * environment-agnostic: the account and region come from the credentials `cdk deploy` runs with.
 * Throws the routing module's ConfigError when the routing file is invalid.
 */
export function createBeaconApp(options: BeaconAppOptions = {}): BeaconApp {
  const { routingFile, ...appProps } = options;
  const routing = loadRoutingForSynth(routingFile);
  const app = new App({
    ...appProps,
    context: {
      // Strong references keep the stateful stack from dropping a table or queue the functions still use.
      '@aws-cdk/core:defaultCrossStackReferences': 'strong',
      ...appProps.context,
    },
  });
  const stage = stageConfig(String(app.node.tryGetContext('stage') ?? 'dev'));
  const prefix = `Beacon-${stage.name}`;

  const stateful = new StatefulStack(app, `${prefix}-Stateful`, {
    stage,
    description: `Beacon ${stage.name}: table, queues, secret, alarms`,
    terminationProtection: stage.isProduction,
  });
  const stateless = new StatelessStack(app, `${prefix}-Stateless`, {
    stage,
    data: stateful.data,
    routing,
    description: `Beacon ${stage.name}: functions, HTTP API, schedules`,
  });
  Tags.of(app).add('app', 'beacon');
  Tags.of(app).add('stage', stage.name);

  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: false }));
  acknowledgeNagFindings(stateful, stateless);
  return { app, stateful, stateless };
}
