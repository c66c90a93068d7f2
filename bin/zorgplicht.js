#!/usr/bin/env node
// Entry point of the `zorgplicht` command. The product is written in TypeScript and runs
// through tsx, so `npx zorgplicht …` works right after `npm ci` without a build step.
import { register } from 'tsx/esm/api';

// The AWS SDK warns on every start that Node 20 support ends in 2027 (see README).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Structured logs are for the Lambdas; on the command line they stay off unless asked for.
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
