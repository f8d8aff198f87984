import type { App } from 'aws-cdk-lib';
import { deploymentSettingsFromContext } from './context';
import { BackSpasmCoachStack } from './stack';

/** The CloudFormation stack name, the same in every region. */
export const STACK_NAME = 'BackSpasmCoach';

export interface DeploymentOptions {
  /** Folder with the bundled `index.js`. Default: the `npm run build` output. */
  readonly codeDir?: string;
  /** Folder holding `skill.json` and `interaction-model/`. Default: the repo root. */
  readonly skillPackageDir?: string;
}

/**
 * Adds the stacks the CDK context asks for. Without `regions`: one environment-agnostic stack,
 * `BackSpasmCoach`, deployed to your profile's region. With `regions`: one stack per region, each
 * named `BackSpasmCoach` in CloudFormation (construct ID `BackSpasmCoach-<region>`); the first
 * region's holds the skill and deploys last, because Alexa validates every endpoint the skill names.
 */
export function addDeployment(app: App, options: DeploymentOptions = {}): BackSpasmCoachStack[] {
  const settings = deploymentSettingsFromContext(app.node);
  if (!settings.regions) {
    return [new BackSpasmCoachStack(app, STACK_NAME, { ...options, settings, holdsSkill: true })];
  }
  const stacks = settings.regions.map(
    (region, index) =>
      new BackSpasmCoachStack(app, `${STACK_NAME}-${region}`, {
        ...options,
        stackName: STACK_NAME,
        env: { region },
        description: `Back Spasm Coach Alexa skill (${region})`,
        settings,
        holdsSkill: index === 0,
      }),
  );
  const [skillStack, ...others] = stacks;
  for (const other of others) {
    skillStack?.addStackDependency(other, "The skill names this region's endpoint, which must exist first");
  }
  return stacks;
}
