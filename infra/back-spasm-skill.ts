import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Annotations, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { BUNDLE_FILE_NAME, LAMBDA_HANDLER, LAMBDA_OUT_DIR, REPO_ROOT } from '../build/config';
import { SkillAlarms } from './alarms';
import { ALEXA_PRINCIPAL, AlexaSkill } from './alexa-skill';
import type { DeploymentSettings } from './context';
import { FUNCTION_NAME, LIVE_ALIAS, type SkillEndpoints, skillEndpoints } from './endpoints';

export interface BackSpasmSkillProps {
  /** The deployment's settings from CDK context; the same for every region. */
  readonly settings: DeploymentSettings;
  /**
   * Whether the skill (or, without the skill resource, the next step naming its endpoints) belongs to
   * this construct's stack: the only stack, or the first region's.
   */
  readonly holdsSkill: boolean;
  /** Folder with the bundled `index.js`. Default: the `npm run build` output. */
  readonly codeDir?: string;
  /** Folder holding `skill.json` and `interaction-model/`. Default: the repo root. */
  readonly skillPackageDir?: string;
}

/** How to redeploy once the skill ID is known; `npm run deploy` rebuilds the bundle first. */
export const REDEPLOY_HINT = 'npm run deploy -- <the same -c options> -c skillId=amzn1.ask.skill.<id>';

/**
 * The skill backend in one region: the function, its logs, a published version behind the `live`
 * alias that Alexa invokes, the Alexa trigger, alarms, and, in the skill's own stack, optionally the skill.
 */
export class BackSpasmSkill extends Construct {
  readonly function: lambda.Function;
  /** What Alexa invokes: a deploy points it at the new version; a rollback points it back. */
  readonly alias: lambda.Alias;
  /** Every endpoint of this deployment, as seen from this stack. */
  readonly endpoints: SkillEndpoints;
  readonly alarms: SkillAlarms;
  /** Set when this construct created the skill. */
  readonly skill?: AlexaSkill;
  /** Set while this deployment creates the skill and its ID is not known yet. */
  private creationPermission?: lambda.CfnPermission;

  constructor(scope: Construct, id: string, props: BackSpasmSkillProps) {
    super(scope, id);
    const { settings } = props;

    const codeDir = props.codeDir ?? LAMBDA_OUT_DIR;
    if (!existsSync(path.join(codeDir, BUNDLE_FILE_NAME))) {
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
      // The same name in every region, so each region's endpoint ARN is known in advance.
      functionName: FUNCTION_NAME,
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
        ...(settings.skillId ? { SKILL_ID: settings.skillId } : {}),
      },
      // Keep every published version when a deploy publishes the next one (the default deletes
      // it), so a rollback has somewhere to go.
      currentVersionOptions: { removalPolicy: RemovalPolicy.RETAIN },
    });

    // currentVersion publishes a new version whenever the code or configuration changes.
    this.alias = new lambda.Alias(this, 'Live', {
      aliasName: LIVE_ALIAS,
      version: this.function.currentVersion,
      description: 'What Alexa invokes. Roll back with aws lambda update-alias (infra/README.md).',
    });
    this.endpoints = skillEndpoints(this.alias, settings.regions);

    this.alarms = new SkillAlarms(this, 'Alarms', {
      function: this.function,
      logGroup,
      namePrefix: Stack.of(this).stackName,
      email: settings.alarmEmail,
    });

    const skillPending = settings.skillResource !== undefined && settings.skillId === undefined;
    if (settings.skillId) {
      this.allowInvocationBy(settings.skillId);
    } else if (skillPending) {
      this.allowSkillCreation();
    } else {
      Annotations.of(this).addWarningV2(
        'back-spasm:no-skill-id',
        `No skill ID given, so no Alexa skill can invoke the function yet. Deploy again with \`${REDEPLOY_HINT}\`.`,
      );
    }

    if (props.holdsSkill && settings.skillResource) {
      this.skill = new AlexaSkill(this, 'Skill', {
        vendorId: settings.skillResource.vendorId,
        lwaSecrets: settings.skillResource.lwaSecrets,
        packageSourceDir: props.skillPackageDir ?? REPO_ROOT,
        endpoints: this.endpoints,
      });
      if (skillPending) {
        this.allowInvocationBy(this.skill.skillId);
        // Alexa checks that it may invoke every endpoint before it accepts the skill.
        if (this.creationPermission) {
          this.skill.resource.node.addDependency(this.creationPermission);
        }
      }
    }
  }

  /**
   * Only Alexa, and only on behalf of this one skill, may invoke the live alias through its resource
   * policy. (IAM principals in this account whose own policies allow lambda:InvokeFunction still can.)
   */
  private allowInvocationBy(skillId: string): void {
    this.alias.addPermission('AlexaSkillTrigger', {
      principal: new iam.ServicePrincipal(ALEXA_PRINCIPAL),
      eventSourceToken: skillId,
    });
  }

  /**
   * Alexa refuses an endpoint it may not invoke, but the new skill's ID (the event-source token)
   * only exists once the skill does. So while the deployment creates the skill, any Alexa skill may
   * invoke the alias, in every region; redeploying with the skill's ID removes this permission.
   */
  private allowSkillCreation(): void {
    this.creationPermission = new lambda.CfnPermission(this, 'AlexaSkillCreationPermission', {
      action: 'lambda:InvokeFunction',
      functionName: this.alias.functionArn,
      principal: ALEXA_PRINCIPAL,
    });
    Annotations.of(this).addWarningV2(
      'back-spasm:skill-bootstrap-permission',
      'Until redeployed with the same options plus -c skillId=<the SkillId output>, any Alexa skill may invoke the function.',
    );
  }
}
