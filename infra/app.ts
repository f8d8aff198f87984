import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { addDeployment } from './deployment';

const app = new App();
// No account in any `env`, so synth needs no AWS account or credentials. Without `-c regions=...`
// the one stack is environment-agnostic too and goes to your profile's region.
addDeployment(app);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
