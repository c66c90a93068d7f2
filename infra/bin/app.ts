import { App } from 'aws-cdk-lib';
import { ZorgplichtStack } from '../lib/zorgplicht-stack.ts';

const app = new App();
new ZorgplichtStack(app, 'Zorgplicht', {
  description: 'Zorgplicht-monitor Wlz: extracten, indicatoren, seinen en dashboard',
});
