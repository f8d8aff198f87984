import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { bundleLambda } from '../build/bundle';
import { LAMBDA_ENTRY, LAMBDA_HANDLER, LAMBDA_OUT_DIR, REPO_ROOT } from '../build/config';
import { stageSkillPackage } from '../infra/skill-package';
import { BackSpasmCoachStack } from '../infra/stack';

const FIXTURES = path.join(__dirname, 'fixtures', 'infra');
const SKILL_PACKAGE_FIXTURE = path.join(FIXTURES, 'skill-package');
const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000';
const SKILL_RESOURCE_CONTEXT = {
  vendorId: 'M2EXAMPLEVENDOR',
  lwaClientIdSecret: 'back-spasm/lwa-client-id',
  lwaClientSecretSecret: 'back-spasm/lwa-client-secret',
  lwaRefreshTokenSecret: 'back-spasm/lwa-refresh-token',
};
const CONTEXTS: Record<string, Record<string, string>> = {
  'no skill ID': {},
  'a skill ID': { skillId: SKILL_ID },
  'the skill resource context': SKILL_RESOURCE_CONTEXT,
  'the skill resource context and its ID': { ...SKILL_RESOURCE_CONTEXT, skillId: SKILL_ID },
};

function synthesize(context: Record<string, string> = {}) {
  const app = new App({ context });
  const stack = new BackSpasmCoachStack(app, 'TestStack', {
    codeDir: path.join(FIXTURES, 'lambda'),
    skillPackageDir: SKILL_PACKAGE_FIXTURE,
  });
  return { app, stack, template: Template.fromStack(stack) };
}

function onlyLogicalId(template: Template, type: string): string {
  const ids = Object.keys(template.findResources(type));
  expect(ids).toHaveLength(1);
  return ids[0] ?? '';
}

/** Every IAM statement (anything with an `Effect`) anywhere in the template's resources. */
function policyStatements(template: Template): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (typeof value === 'object' && value !== null) {
      if ('Effect' in value) {
        found.push(value as Record<string, unknown>);
      }
      Object.values(value).forEach(visit);
    }
  };
  visit(template.toJSON().Resources);
  return found;
}

/** The literal strings inside `value` that contain a `*`. */
function wildcards(value: unknown): string[] {
  if (typeof value === 'string') {
    return value.includes('*') ? [value] : [];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.values(value).flatMap(wildcards);
  }
  return [];
}

describe('the skill function', () => {
  it('runs the build output on Node.js 24 on arm64 with the bundle handler', () => {
    // Prepare / Act
    const { template } = synthesize();

    // Assess
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: LAMBDA_HANDLER,
    });
  });

  it('stops before Alexa gives up after 8 seconds and has 512 MB', () => {
    // Prepare / Act
    const { template } = synthesize();

    // Assess
    const [fn] = Object.values(template.findResources('AWS::Lambda::Function'));
    expect(fn?.Properties.Timeout).toBeLessThan(8);
    expect(fn?.Properties.MemorySize).toBe(512);
  });

  it('enables source maps and knows its skill ID', () => {
    // Prepare / Act
    const { template } = synthesize({ skillId: SKILL_ID });

    // Assess
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { NODE_OPTIONS: '--enable-source-maps', SKILL_ID } },
    });
  });

  it('leaves SKILL_ID unset while no skill ID is known', () => {
    // Prepare / Act
    const { template } = synthesize();

    // Assess
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { SKILL_ID: Match.absent() } },
    });
  });

  it('writes JSON logs to its own log group that keeps them for two weeks', () => {
    // Prepare / Act
    const { template } = synthesize();

    // Assess
    const logGroupId = onlyLogicalId(template, 'AWS::Logs::LogGroup');
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 14 });
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: logGroupId } },
    });
  });

  it('may write to its own log group and nothing else, without managed policies', () => {
    // Prepare / Act
    const { template } = synthesize();

    // Assess
    const logGroupId = onlyLogicalId(template, 'AWS::Logs::LogGroup');
    template.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
    template.resourceCountIs('AWS::IAM::Policy', 1);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          {
            Effect: 'Allow',
            Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
            Resource: { 'Fn::GetAtt': [logGroupId, 'Arn'] },
          },
        ],
      },
    });
  });

  it('refuses to synthesize without a bundle to deploy', () => {
    // Prepare
    const app = new App();

    // Act
    const create = () => new BackSpasmCoachStack(app, 'TestStack', { codeDir: SKILL_PACKAGE_FIXTURE });

    // Assess
    expect(create).toThrow(/npm run build/);
  });
});

describe('the Alexa trigger', () => {
  it('lets only Alexa invoke the function, and only for the given skill', () => {
    // Prepare / Act
    const { template } = synthesize({ skillId: SKILL_ID });

    // Assess
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: SKILL_ID,
      FunctionName: { 'Fn::GetAtt': [onlyLogicalId(template, 'AWS::Lambda::Function'), 'Arn'] },
    });
  });

  it('lets nobody invoke the function without a skill ID, and says how to add one', () => {
    // Prepare / Act
    const { stack, template } = synthesize();

    // Assess
    template.resourceCountIs('AWS::Lambda::Permission', 0);
    template.hasOutput('NextStep', {
      Value: Match.stringLikeRegexp('cdk deploy -c skillId=amzn1\\.ask\\.skill\\.'),
    });
    Annotations.fromStack(stack).hasWarning('*', Match.stringLikeRegexp('-c skillId='));
  });

  it('rejects a skill ID that is not an Alexa skill ID', () => {
    // Prepare / Act
    const create = () => synthesize({ skillId: 'my-skill' });

    // Assess
    expect(create).toThrow(/amzn1\.ask\.skill/);
  });

  it.each(Object.entries(CONTEXTS))(
    'grants no wildcard principal, action or resource with %s',
    (_, context) => {
      // Prepare / Act
      const { template } = synthesize(context);

      // Assess
      const statements = policyStatements(template);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(wildcards([statement.Principal, statement.Action, statement.Resource])).toEqual([]);
      }
      for (const permission of Object.values(template.findResources('AWS::Lambda::Permission'))) {
        expect(wildcards([permission.Properties.Principal, permission.Properties.Action])).toEqual([]);
      }
    },
  );
});

describe('the optional Alexa skill resource', () => {
  it.each([[{}], [{ skillId: SKILL_ID }]])('is absent without the vendor and LWA context (%j)', (context) => {
    // Prepare / Act
    const { template } = synthesize(context);

    // Assess
    template.resourceCountIs('Alexa::ASK::Skill', 0);
    expect(template.toJSON().Outputs).not.toHaveProperty('SkillId');
  });

  it('points the skill at the function and reads the LWA credentials from Secrets Manager', () => {
    // Prepare / Act
    const { template } = synthesize(SKILL_RESOURCE_CONTEXT);

    // Assess
    const functionId = onlyLogicalId(template, 'AWS::Lambda::Function');
    template.hasResourceProperties('Alexa::ASK::Skill', {
      VendorId: SKILL_RESOURCE_CONTEXT.vendorId,
      AuthenticationConfiguration: {
        ClientId: `{{resolve:secretsmanager:${SKILL_RESOURCE_CONTEXT.lwaClientIdSecret}:SecretString:::}}`,
        ClientSecret: `{{resolve:secretsmanager:${SKILL_RESOURCE_CONTEXT.lwaClientSecretSecret}:SecretString:::}}`,
        RefreshToken: `{{resolve:secretsmanager:${SKILL_RESOURCE_CONTEXT.lwaRefreshTokenSecret}:SecretString:::}}`,
      },
      SkillPackage: {
        Overrides: {
          Manifest: { apis: { custom: { endpoint: { uri: { 'Fn::GetAtt': [functionId, 'Arn'] } } } } },
        },
      },
    });
  });

  it('lets Alexa read the skill package object and nothing else', () => {
    // Prepare / Act
    const { template } = synthesize(SKILL_RESOURCE_CONTEXT);

    // Assess
    const [skill] = Object.values(template.findResources('Alexa::ASK::Skill'));
    const packageKey = skill?.Properties.SkillPackage.S3Key;
    expect(packageKey).toMatch(/\.zip$/);
    const readers = template.findResources('AWS::IAM::Role', {
      Properties: {
        AssumeRolePolicyDocument: {
          Statement: [Match.objectLike({ Principal: { Service: 'alexa-appkit.amazon.com' } })],
        },
        Policies: [
          {
            PolicyDocument: {
              Statement: [
                {
                  Effect: 'Allow',
                  Action: 's3:GetObject',
                  Resource: { 'Fn::Join': ['', Match.arrayWith([`/${packageKey}`])] },
                },
              ],
            },
          },
        ],
      },
    });
    expect(Object.keys(readers)).toHaveLength(1);
    expect(skill?.Properties.SkillPackage.S3BucketRole).toEqual({
      'Fn::GetAtt': [Object.keys(readers)[0], 'Arn'],
    });
  });

  it("ties the trigger to the new skill's ID", () => {
    // Prepare / Act
    const { template } = synthesize(SKILL_RESOURCE_CONTEXT);

    // Assess
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: { Ref: onlyLogicalId(template, 'Alexa::ASK::Skill') },
    });
    template.hasOutput('SkillId', { Value: { Ref: onlyLogicalId(template, 'Alexa::ASK::Skill') } });
  });

  it('lets Alexa validate the endpoint while the skill is first created', () => {
    // Prepare / Act
    const { stack, template } = synthesize(SKILL_RESOURCE_CONTEXT);

    // Assess
    const untokened = template.findResources('AWS::Lambda::Permission', {
      Properties: { Principal: 'alexa-appkit.amazon.com', EventSourceToken: Match.absent() },
    });
    expect(Object.keys(untokened)).toHaveLength(1);
    template.hasResource('Alexa::ASK::Skill', { DependsOn: Object.keys(untokened) });
    Annotations.fromStack(stack).hasWarning('*', Match.stringLikeRegexp('any Alexa skill'));
  });

  it('drops the creation-time permission once redeployed with the skill ID', () => {
    // Prepare / Act
    const { template } = synthesize({ ...SKILL_RESOURCE_CONTEXT, skillId: SKILL_ID });

    // Assess
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      EventSourceToken: { Ref: onlyLogicalId(template, 'Alexa::ASK::Skill') },
    });
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: { SKILL_ID } } });
  });

  it('refuses a partial skill resource context, naming what is missing', () => {
    // Prepare
    const { lwaRefreshTokenSecret: _, ...partial } = SKILL_RESOURCE_CONTEXT;

    // Act
    const create = () => synthesize(partial);

    // Assess
    expect(create).toThrow(/missing: lwaRefreshTokenSecret/);
  });

  it('stages skill.json and the interaction models in the SMAPI package layout', () => {
    // Prepare / Act
    const staged = stageSkillPackage(SKILL_PACKAGE_FIXTURE);

    // Assess
    try {
      expect(readdirSync(staged).sort()).toEqual(['interactionModels', 'skill.json']);
      expect(readdirSync(path.join(staged, 'interactionModels', 'custom'))).toEqual(['en-US.json']);
    } finally {
      rmSync(staged, { recursive: true, force: true });
    }
  });
});

describe('cdk-nag AwsSolutions checks', () => {
  it.each(Object.entries(CONTEXTS))('report no errors or warnings with %s', (_, context) => {
    // Prepare
    const { app } = synthesize(context);

    // Act
    const report = new AwsSolutionsChecks().validateScope(app);

    // Assess
    expect(report.violations).toEqual([]);
  });
});

describe('the cdk CLI', () => {
  const bundleOrEntry = existsSync(path.join(LAMBDA_OUT_DIR, 'index.js'))
    ? 'bundle'
    : existsSync(LAMBDA_ENTRY)
      ? 'entry'
      : undefined;

  it.runIf(bundleOrEntry)(
    'synthesizes the real app offline, without AWS credentials',
    async () => {
      // Prepare
      if (bundleOrEntry === 'entry') {
        await bundleLambda(LAMBDA_ENTRY, LAMBDA_OUT_DIR);
      }
      const outDir = mkdtempSync(path.join(tmpdir(), 'back-spasm-cdk-out-'));
      const noAws = mkdtempSync(path.join(tmpdir(), 'back-spasm-no-aws-'));
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        AWS_CONFIG_FILE: path.join(noAws, 'config'),
        AWS_SHARED_CREDENTIALS_FILE: path.join(noAws, 'credentials'),
        AWS_EC2_METADATA_DISABLED: 'true',
        CDK_DISABLE_CLI_TELEMETRY: 'true',
      };

      // Act
      try {
        execFileSync('npx', ['cdk', 'synth', '--quiet', '-c', 'skillId=amzn1.ask.skill.test', '-o', outDir], {
          cwd: REPO_ROOT,
          env,
          stdio: 'pipe',
        });
        const template = Template.fromJSON(
          JSON.parse(readFileSync(path.join(outDir, 'BackSpasmCoach.template.json'), 'utf8')),
        );

        // Assess
        template.hasResourceProperties('AWS::Lambda::Function', { Runtime: 'nodejs24.x' });
        template.hasResourceProperties('AWS::Lambda::Permission', {
          EventSourceToken: 'amzn1.ask.skill.test',
        });
      } finally {
        rmSync(outDir, { recursive: true, force: true });
        rmSync(noAws, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
