import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { BackSpasmSkill, REDEPLOY_HINT } from './back-spasm-skill';
import type { DeploymentSettings } from './context';
import { describeEndpoints } from './endpoints';

export interface BackSpasmCoachStackProps extends StackProps {
  readonly settings: DeploymentSettings;
  /** Whether this is the stack that holds the skill: the only one, or the first region's. */
  readonly holdsSkill: boolean;
  /** Folder with the bundled `index.js`. Default: the `npm run build` output. */
  readonly codeDir?: string;
  /** Folder holding `skill.json` and `interaction-model/`. Default: the repo root. */
  readonly skillPackageDir?: string;
}

/** One region's deployable unit: the skill backend, plus the skill or its next step in the skill's own stack. */
export class BackSpasmCoachStack extends Stack {
  readonly backend: BackSpasmSkill;

  constructor(scope: Construct, id: string, props: BackSpasmCoachStackProps) {
    const { settings, holdsSkill, codeDir, skillPackageDir, ...stackProps } = props;
    super(scope, id, { description: 'Back Spasm Coach Alexa skill', ...stackProps });

    this.backend = new BackSpasmSkill(this, 'BackSpasmSkill', {
      settings,
      holdsSkill,
      codeDir,
      skillPackageDir,
    });

    new CfnOutput(this, 'EndpointArn', {
      description: "This region's skill endpoint: the function's live alias",
      value: this.backend.alias.functionArn,
    });
    if (!holdsSkill) {
      return;
    }
    const { skill, endpoints } = this.backend;
    if (skill) {
      new CfnOutput(this, 'SkillId', { description: 'ID of the created skill', value: skill.skillId });
    }
    const nextStep = skill
      ? settings.skillId
        ? undefined
        : 'Redeploy with the same -c options plus -c skillId=<the SkillId output>'
      : settings.skillId
        ? `Set the skill's endpoints (developer console, Build > Endpoint): ${describeEndpoints(endpoints)}`
        : `Deploy again with ${REDEPLOY_HINT}, then set the skill's endpoints (developer console, Build > Endpoint): ${describeEndpoints(endpoints)}`;
    if (nextStep) {
      new CfnOutput(this, 'NextStep', { description: 'What is left to do by hand', value: nextStep });
    }
  }
}
