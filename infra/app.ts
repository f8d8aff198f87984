import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { BackSpasmCoachStack } from './stack';

const app = new App();
// No `env`: the stack is environment-agnostic, so synth needs no AWS account or credentials.
new BackSpasmCoachStack(app, 'BackSpasmCoach');
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
