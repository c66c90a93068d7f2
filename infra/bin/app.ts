import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { isAppError } from '../../shared/app/app-error.ts';
import { ZorgplichtStack } from '../lib/zorgplicht-stack.ts';
import { readSettings, type ZorgplichtSettings } from '../lib/zorgplicht-settings.ts';

const app = new App();

let settings: ZorgplichtSettings;
try {
  settings = readSettings(app.node);
} catch (error) {
  if (!isAppError(error)) throw error;
  process.stderr.write([error.message, ...error.regels.map((regel) => `  ${regel}`)].join('\n') + '\n');
  process.exit(1);
}

new ZorgplichtStack(app, `Zorgplicht-${settings.environment}`, {
  settings,
  description: `Zorgplicht-monitor Wlz (${settings.environment}): extracten, indicatoren, seinen en alerts`,
});

// Every synth (and so every deploy) is checked against the AWS Solutions rules; a finding stops it.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
