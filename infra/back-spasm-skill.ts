import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Annotations, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { LAMBDA_HANDLER, LAMBDA_OUT_DIR, REPO_ROOT } from '../build/config';
import { ALEXA_PRINCIPAL, AlexaSkill, type LwaSecretNames } from './alexa-skill';

/** What is needed to also create the Alexa skill (Alexa::ASK::Skill), not only its backend. */
export interface SkillResourceConfig {
  readonly vendorId: string;
  readonly lwaSecrets: LwaSecretNames;
  /** Folder holding `skill.json` and `interaction-model/`. Default: the repo root. */
  readonly packageSourceDir?: string;
}

export interface BackSpasmSkillProps {
  /** ID of the skill allowed to invoke the function (`amzn1.ask.skill....`). */
  readonly skillId?: string;
  /** When given, the skill itself is created too and pointed at the function. */
  readonly skillResource?: SkillResourceConfig;
  /** Folder with the bundled `index.js`. Default: the `npm run build` output. */
  readonly codeDir?: string;
}

export const REDEPLOY_HINT = 'npx cdk deploy -c skillId=amzn1.ask.skill.<id>';

/** The skill backend: the Lambda function, its logs, and the Alexa trigger (plus, optionally, the skill). */
export class BackSpasmSkill extends Construct {
  readonly function: lambda.Function;
  /** Set when this construct created the skill. */
  readonly skill?: AlexaSkill;

  constructor(scope: Construct, id: string, props: BackSpasmSkillProps = {}) {
    super(scope, id);

    const codeDir = props.codeDir ?? LAMBDA_OUT_DIR;
    if (!existsSync(path.join(codeDir, 'index.js'))) {
      throw new Error(`No Lambda bundle in ${codeDir}: run \`npm run build\` first.`);
    }

    // Logs are for debugging recent sessions, not an archive of user interactions:
    // short retention, and they go when the stack does.
    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: logs.RetentionDays.TWO_WEEKS,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // Own role with a policy scoped to this log group, instead of the account-wide managed
    // AWSLambdaBasicExecutionRole (which may write to any log group).
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Back Spasm Coach skill function: may only write its own logs.',
    });
    logGroup.grantWrite(role);

    this.function = new lambda.Function(this, 'Function', {
      description: 'Back Spasm Coach Alexa skill backend',
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      code: lambda.Code.fromAsset(codeDir),
      handler: LAMBDA_HANDLER,
      // 512 MB: Lambda CPU scales with memory, and cold starts are the main latency risk;
      // the cost difference at skill traffic is negligible.
      memorySize: 512,
      // Alexa gives up after 8 s; stopping at 6 s keeps network margin and makes a hang show up
      // as a timeout in our own logs instead of only as a failed Alexa request.
      timeout: Duration.seconds(6),
      role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      // DEBUG lines are dropped in production: they are the ones likely to echo request details.
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        ...(props.skillId ? { SKILL_ID: props.skillId } : {}),
      },
    });

    if (props.skillResource) {
      this.skill = this.createSkill(props.skillResource, props.skillId);
      this.allowInvocationBy(this.skill.skillId);
    } else if (props.skillId) {
      this.allowInvocationBy(props.skillId);
    } else {
      Annotations.of(this).addWarningV2(
        'back-spasm:no-skill-id',
        `No skill ID given, so no Alexa skill can invoke the function yet. Deploy with \`${REDEPLOY_HINT}\`.`,
      );
    }
  }

  /** Only Alexa, and only on behalf of this one skill, may invoke the function. */
  private allowInvocationBy(skillId: string): void {
    this.function.addPermission('AlexaSkillTrigger', {
      principal: new iam.ServicePrincipal(ALEXA_PRINCIPAL),
      eventSourceToken: skillId,
    });
  }

  private createSkill(config: SkillResourceConfig, knownSkillId: string | undefined): AlexaSkill {
    const skill = new AlexaSkill(this, 'Skill', {
      vendorId: config.vendorId,
      lwaSecrets: config.lwaSecrets,
      packageSourceDir: config.packageSourceDir ?? REPO_ROOT,
      endpoint: this.function,
    });
    if (knownSkillId) {
      return skill;
    }
    // Alexa refuses a Lambda endpoint it may not invoke, but the new skill's ID (the event-source
    // token) only exists once the skill does. So the first deploy lets any Alexa skill invoke the
    // function while the skill is created; redeploying with its ID removes this permission.
    const bootstrap = new lambda.CfnPermission(this, 'AlexaSkillCreationPermission', {
      action: 'lambda:InvokeFunction',
      functionName: this.function.functionArn,
      principal: ALEXA_PRINCIPAL,
    });
    skill.resource.node.addDependency(bootstrap);
    Annotations.of(this).addWarningV2(
      'back-spasm:skill-bootstrap-permission',
      'Until redeployed with the same options plus -c skillId=<the SkillId output>, any Alexa skill may invoke the function.',
    );
    return skill;
  }
}
