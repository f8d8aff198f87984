import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { BackSpasmSkill, REDEPLOY_HINT } from './back-spasm-skill';
import { skillSettingsFromContext } from './context';

export interface BackSpasmCoachStackProps extends StackProps {
  /** Folder with the bundled `index.js`. Default: the `npm run build` output. */
  readonly codeDir?: string;
  /** Folder holding `skill.json` and `interaction-model/`. Default: the repo root. */
  readonly skillPackageDir?: string;
}

/** The deployable unit: the skill backend configured from CDK context, plus its outputs. */
export class BackSpasmCoachStack extends Stack {
  constructor(scope: Construct, id: string, props: BackSpasmCoachStackProps = {}) {
    const { codeDir, skillPackageDir, ...stackProps } = props;
    super(scope, id, { description: 'Back Spasm Coach Alexa skill', ...stackProps });

    const { skillId, skillResource } = skillSettingsFromContext(this.node);
    const backend = new BackSpasmSkill(this, 'BackSpasmSkill', {
      skillId,
      codeDir,
      skillResource: skillResource && { ...skillResource, packageSourceDir: skillPackageDir },
    });

    new CfnOutput(this, 'FunctionArn', {
      description: "The skill's endpoint (AWS Lambda ARN)",
      value: backend.function.functionArn,
    });
    if (backend.skill) {
      new CfnOutput(this, 'SkillId', {
        description: 'ID of the created skill',
        value: backend.skill.skillId,
      });
    }
    if (!skillId) {
      new CfnOutput(this, 'NextStep', {
        description: 'How to let exactly one skill invoke the function',
        value: backend.skill
          ? 'Redeploy with the same -c options plus -c skillId=<the SkillId output>'
          : `Redeploy with ${REDEPLOY_HINT}`,
      });
    }
  }
}
