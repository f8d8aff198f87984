import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { App, Token } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleLambda } from '../build/bundle';
import { LAMBDA_ENTRY, LAMBDA_HANDLER, LAMBDA_OUT_DIR, MANIFEST_FILE, REPO_ROOT } from '../build/config';
import { addDeployment } from '../infra/deployment';
import { stageSkillPackage } from '../infra/skill-package';
import type { BackSpasmCoachStack } from '../infra/stack';
import { logHandlerError } from '../lambda/log';
import { MANIFEST_SCHEMA } from './quality/smapi-schema';

const FIXTURES = path.join(__dirname, 'fixtures', 'infra');
const CODE_FIXTURE = path.join(FIXTURES, 'lambda');
const SKILL_PACKAGE_FIXTURE = path.join(FIXTURES, 'skill-package');
/** The feature flags and settings the real app gets from cdk.json. */
const CDK_JSON = JSON.parse(readFileSync(path.join(REPO_ROOT, 'cdk.json'), 'utf8')) as {
  build?: string;
  context: Record<string, unknown>;
};

const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000';
const ALARM_EMAIL = 'alarms@example.com';
const REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2'] as const;
const SKILL_RESOURCE_CONTEXT = {
  vendorId: 'M2EXAMPLEVENDOR',
  lwaClientIdSecret: 'back-spasm/lwa-client-id',
  lwaClientSecretSecret: 'back-spasm/lwa-client-secret',
  lwaRefreshTokenSecret: 'back-spasm/lwa-refresh-token',
};
const THREE_REGIONS = { regions: REGIONS.join(',') };

/** Every shape a deployment can take, each synthesized at most once per run. */
const SHAPES = {
  'one region': {},
  'one region with a skill ID': { skillId: SKILL_ID },
  'one region creating the skill': SKILL_RESOURCE_CONTEXT,
  'one region with the skill, its ID and alarm email': {
    ...SKILL_RESOURCE_CONTEXT,
    skillId: SKILL_ID,
    alarmEmail: ALARM_EMAIL,
  },
  'three regions': THREE_REGIONS,
  'three regions creating the skill, with alarm email': {
    ...THREE_REGIONS,
    ...SKILL_RESOURCE_CONTEXT,
    alarmEmail: ALARM_EMAIL,
  },
  'three regions with the skill and its ID': {
    ...THREE_REGIONS,
    ...SKILL_RESOURCE_CONTEXT,
    skillId: SKILL_ID,
  },
} satisfies Record<string, Record<string, string>>;
type ShapeName = keyof typeof SHAPES;
const SHAPE_NAMES = Object.keys(SHAPES) as ShapeName[];

interface Synthesized {
  readonly app: App;
  readonly stacks: readonly BackSpasmCoachStack[];
  readonly templates: readonly Template[];
  /** Each stack's synth warnings. */
  readonly warnings: readonly string[][];
  /** The template of the stack that holds the skill (the only one, or the first region's). */
  readonly skillTemplate: Template;
}

/** A fresh folder for one App's cloud assembly, removed once `use` returns. */
function withOutdir<T>(use: (outdir: string) => T): T {
  const outdir = mkdtempSync(path.join(tmpdir(), 'back-spasm-infra-test-'));
  try {
    return use(outdir);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** An App with an explicit outdir (without one, every App makes a `cdk.out*` folder in the OS temp dir). */
function newApp(outdir: string, context: Record<string, string> = {}): App {
  return new App({ outdir, context: { ...CDK_JSON.context, ...context } });
}

function synthesize(context: Record<string, string>): Synthesized {
  return withOutdir((outdir) => {
    const app = newApp(outdir, context);
    const stacks = addDeployment(app, { codeDir: CODE_FIXTURE, skillPackageDir: SKILL_PACKAGE_FIXTURE });
    const assembly = app.synth();
    const templates = stacks.map((stack) => Template.fromStack(stack));
    const warnings = stacks.map((stack) =>
      assembly
        .getStackArtifact(stack.artifactId)
        .messages.filter((message) => message.level === 'warning')
        .map((message) => String(message.entry.data)),
    );
    const [skillTemplate] = templates;
    if (!skillTemplate) throw new Error('no stacks');
    return { app, stacks, templates, warnings, skillTemplate };
  });
}

const synthesized = new Map<ShapeName, Synthesized>();
function shape(name: ShapeName): Synthesized {
  let result = synthesized.get(name);
  if (!result) {
    result = synthesize(SHAPES[name]);
    synthesized.set(name, result);
  }
  return result;
}

function onlyLogicalId(template: Template, type: string, props?: object): string {
  const ids = Object.keys(template.findResources(type, props));
  expect(ids).toHaveLength(1);
  return ids[0] ?? '';
}

/** Every IAM statement (anything with an `Effect`) in the resources, with the type it belongs to. */
function policyStatements(template: Template): { type: string; statement: Record<string, unknown> }[] {
  const found: { type: string; statement: Record<string, unknown> }[] = [];
  const visit = (type: string, value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(type, item);
    } else if (typeof value === 'object' && value !== null) {
      if ('Effect' in value) found.push({ type, statement: value as Record<string, unknown> });
      for (const item of Object.values(value)) visit(type, item);
    }
  };
  for (const resource of Object.values(template.toJSON().Resources as Record<string, { Type: string }>)) {
    visit(resource.Type, resource);
  }
  return found;
}

/** The literal strings inside `value` that contain a `*`. */
function wildcards(value: unknown): string[] {
  if (typeof value === 'string') return value.includes('*') ? [value] : [];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(wildcards);
  return [];
}

/** The template's `Alexa::ASK::Skill` manifest override. */
function manifestOverride(template: Template): Record<string, unknown> {
  const [skill] = Object.values(template.findResources('Alexa::ASK::Skill'));
  return skill?.Properties.SkillPackage.Overrides.Manifest;
}

/** An intrinsic (`Ref`, `Fn::Join`, ...) becomes `sample`: what CloudFormation would resolve it to. */
function resolveIntrinsics(value: unknown, sample: string): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveIntrinsics(item, sample));
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && (keys[0] === 'Ref' || keys[0]?.startsWith('Fn::'))) return sample;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, resolveIntrinsics(item, sample)]),
  );
}

/** What Alexa does with an override: merge it into the package's manifest. */
function deepMerge(base: unknown, override: unknown): unknown {
  if (typeof base !== 'object' || base === null || Array.isArray(base)) return override;
  if (typeof override !== 'object' || override === null || Array.isArray(override)) return override;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) merged[key] = deepMerge(merged[key], value);
  return merged;
}

/** The endpoint ARN another region's stack is expected to build for `region`. */
function builtAliasArn(region: string): object {
  return {
    'Fn::Join': [
      '',
      [
        'arn:',
        { Ref: 'AWS::Partition' },
        `:lambda:${region}:`,
        { Ref: 'AWS::AccountId' },
        ':function:back-spasm-coach:live',
      ],
    ],
  };
}

// First in the file, before any other synth: CDK caches the temp dir the first time it needs one.
describe('the OS temp directory', () => {
  it('holds nothing new after synthesizing, skill package included', () => {
    // os.tmpdir() follows TMPDIR, so for this test it is a folder of our own: what other processes
    // put in the shared temp dir meanwhile cannot blur the before/after comparison.
    const shared = tmpdir();
    const own = mkdtempSync(path.join(shared, 'back-spasm-tmpdir-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = own;
    try {
      expect(tmpdir()).toBe(own);
      const before = readdirSync(tmpdir());
      synthesize(SHAPES['one region creating the skill']);
      synthesize(SHAPES['three regions creating the skill, with alarm email']);
      expect(readdirSync(tmpdir())).toEqual(before);
      expect(before).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(own, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the skill function', () => {
  let template: Template;
  beforeAll(() => {
    template = shape('one region').skillTemplate;
  });

  it('runs the build output on Node.js 24 on arm64 with the bundle handler, under a fixed name', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'back-spasm-coach',
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: LAMBDA_HANDLER,
    });
  });

  it('stops before Alexa gives up after 8 seconds and has 512 MB', () => {
    const [fn] = Object.values(template.findResources('AWS::Lambda::Function'));
    expect(fn?.Properties.Timeout).toBeLessThan(8);
    expect(fn?.Properties.MemorySize).toBe(512);
  });

  it('enables source maps and knows its skill ID', () => {
    shape('one region with a skill ID').skillTemplate.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { NODE_OPTIONS: '--enable-source-maps', SKILL_ID } },
    });
  });

  it('leaves SKILL_ID unset while no skill ID is known', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { SKILL_ID: Match.absent() } },
    });
  });

  it('writes JSON logs to its own log group that keeps them for two weeks', () => {
    const logGroupId = onlyLogicalId(template, 'AWS::Logs::LogGroup');
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 14 });
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: logGroupId } },
    });
  });

  it('may write to its own log group and nothing else, without managed policies', () => {
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
    withOutdir((outdir) => {
      const create = () => addDeployment(newApp(outdir), { codeDir: SKILL_PACKAGE_FIXTURE });
      expect(create).toThrow(/npm run build/);
    });
  });
});

describe('releases through the live alias', () => {
  let template: Template;
  beforeAll(() => {
    template = shape('one region with a skill ID').skillTemplate;
  });

  it('publishes a version and keeps the old ones when the next is published, for rollbacks', () => {
    template.resourceCountIs('AWS::Lambda::Version', 1);
    template.hasResource('AWS::Lambda::Version', {
      Properties: { FunctionName: { Ref: onlyLogicalId(template, 'AWS::Lambda::Function') } },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('points the live alias at that version', () => {
    template.resourceCountIs('AWS::Lambda::Alias', 1);
    template.hasResourceProperties('AWS::Lambda::Alias', {
      Name: 'live',
      FunctionName: { Ref: onlyLogicalId(template, 'AWS::Lambda::Function') },
      FunctionVersion: { 'Fn::GetAtt': [onlyLogicalId(template, 'AWS::Lambda::Version'), 'Version'] },
    });
  });

  it('lets Alexa invoke the alias only, never the unqualified function ($LATEST)', () => {
    const aliasId = onlyLogicalId(template, 'AWS::Lambda::Alias');
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    template.hasResourceProperties('AWS::Lambda::Permission', { FunctionName: { Ref: aliasId } });
    template.hasOutput('EndpointArn', { Value: { Ref: aliasId } });
  });
});

describe('the Alexa trigger', () => {
  it('lets only Alexa invoke the alias, and only for the given skill', () => {
    const template = shape('one region with a skill ID').skillTemplate;
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: SKILL_ID,
      FunctionName: { Ref: onlyLogicalId(template, 'AWS::Lambda::Alias') },
    });
  });

  it('lets nobody invoke the function without a skill ID, and says how to add one', () => {
    const { skillTemplate, warnings } = shape('one region');
    skillTemplate.resourceCountIs('AWS::Lambda::Permission', 0);
    skillTemplate.hasOutput('NextStep', {
      Value: {
        'Fn::Join': [
          '',
          Match.arrayWith([Match.stringLikeRegexp('^Deploy again with npm run deploy -- .*-c skillId=')]),
        ],
      },
    });
    expect(warnings[0]).toContainEqual(
      expect.stringMatching(/npm run deploy -- .*-c skillId=amzn1\.ask\.skill\./),
    );
  });

  it('rejects a skill ID that is not an Alexa skill ID', () => {
    withOutdir((outdir) => {
      expect(() => addDeployment(newApp(outdir, { skillId: 'my-skill' }))).toThrow(/amzn1\.ask\.skill/);
    });
  });

  it.each(SHAPE_NAMES)(
    'grants no wildcard principal, action or resource outside key policies: %s',
    (name) => {
      for (const template of shape(name).templates) {
        const statements = policyStatements(template);
        expect(statements.length).toBeGreaterThan(0);
        for (const { type, statement } of statements) {
          // A Deny with Principal "*" restricts everyone (the topic's TLS-only rule); in a key policy,
          // Resource "*" means the key itself. Key policies are checked in 'alarm notifications'.
          if (statement.Effect !== 'Allow' || type === 'AWS::KMS::Key') continue;
          expect(wildcards([statement.Principal, statement.Action, statement.Resource])).toEqual([]);
        }
        for (const permission of Object.values(template.findResources('AWS::Lambda::Permission'))) {
          expect(wildcards([permission.Properties.Principal, permission.Properties.Action])).toEqual([]);
        }
      }
    },
  );
});

describe('regional endpoints', () => {
  it('deploy one environment-agnostic stack unless regions are given', () => {
    const { stacks } = shape('one region');
    expect(stacks.map((stack) => stack.stackName)).toEqual(['BackSpasmCoach']);
    expect(Token.isUnresolved(stacks[0]?.region)).toBe(true);
  });

  it('deploy one stack per region, each named BackSpasmCoach in its region', () => {
    const { stacks } = shape('three regions');
    expect(stacks.map((stack) => [stack.artifactId, stack.stackName, stack.region])).toEqual(
      REGIONS.map((region) => [`BackSpasmCoach-${region}`, 'BackSpasmCoach', region]),
    );
  });

  it("deploy the skill's stack (the first region's) after the others", () => {
    const [skillStack, ...others] = shape('three regions').stacks;
    expect(skillStack?.dependencies.map((stack) => stack.region).sort()).toEqual(
      others.map((stack) => stack.region).sort(),
    );
    for (const other of others) expect(other.dependencies).toEqual([]);
  });

  it('name every region’s function and alias the same, so the ARNs the skill uses exist', () => {
    for (const template of shape('three regions').templates) {
      template.hasResourceProperties('AWS::Lambda::Function', { FunctionName: 'back-spasm-coach' });
      template.hasResourceProperties('AWS::Lambda::Alias', { Name: 'live' });
    }
  });

  it("name each region's alias in the skill manifest under NA, EU and FE, with the first as default", () => {
    const template = shape('three regions with the skill and its ID').skillTemplate;
    const own = { Ref: onlyLogicalId(template, 'AWS::Lambda::Alias') };
    template.hasResourceProperties('Alexa::ASK::Skill', {
      SkillPackage: {
        Overrides: {
          Manifest: {
            apis: {
              custom: {
                endpoint: { uri: own },
                regions: {
                  NA: { endpoint: { uri: own } },
                  EU: { endpoint: { uri: builtAliasArn('eu-west-1') } },
                  FE: { endpoint: { uri: builtAliasArn('us-west-2') } },
                },
              },
            },
          },
        },
      },
    });
  });

  it('give one region only the default endpoint', () => {
    const template = shape('one region with the skill, its ID and alarm email').skillTemplate;
    expect(manifestOverride(template)).toEqual({
      apis: { custom: { endpoint: { uri: { Ref: onlyLogicalId(template, 'AWS::Lambda::Alias') } } } },
    });
  });

  it.each([
    'one region with the skill, its ID and alarm email',
    'three regions with the skill and its ID',
  ] as const)("merge into skill.json as a manifest Alexa's own schema accepts: %s", (name) => {
    const override = resolveIntrinsics(
      manifestOverride(shape(name).skillTemplate),
      'arn:aws:lambda:us-east-1:123456789012:function:back-spasm-coach:live',
    );
    const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as { manifest: unknown };
    expect(MANIFEST_SCHEMA.problems({ manifest: deepMerge(manifest.manifest, override) })).toEqual([]);
  });

  it('carry the same skill-ID lock in every function', () => {
    const { templates } = shape('three regions with the skill and its ID');
    for (const template of templates) {
      template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: { SKILL_ID } } });
      template.resourceCountIs('AWS::Lambda::Permission', 1);
      template.hasResourceProperties('AWS::Lambda::Permission', {
        Principal: 'alexa-appkit.amazon.com',
        EventSourceToken: SKILL_ID,
        FunctionName: { Ref: onlyLogicalId(template, 'AWS::Lambda::Alias') },
      });
    }
  });

  it('let Alexa validate every region’s endpoint while the skill is first created', () => {
    const { templates, warnings, skillTemplate } = shape(
      'three regions creating the skill, with alarm email',
    );
    for (const [index, template] of templates.entries()) {
      const untokened = onlyLogicalId(template, 'AWS::Lambda::Permission', {
        Properties: {
          Principal: 'alexa-appkit.amazon.com',
          EventSourceToken: Match.absent(),
          FunctionName: { Ref: onlyLogicalId(template, 'AWS::Lambda::Alias') },
        },
      });
      expect(warnings[index]).toContainEqual(expect.stringMatching(/any Alexa skill/));
      if (template === skillTemplate) {
        template.hasResource('Alexa::ASK::Skill', { DependsOn: [untokened] });
      }
    }
    // Until the ID is known, only the skill's own stack can tie a permission to it.
    skillTemplate.hasResourceProperties('AWS::Lambda::Permission', {
      EventSourceToken: { Ref: onlyLogicalId(skillTemplate, 'Alexa::ASK::Skill') },
    });
  });

  it("give the skill's stack the next step, naming every regional endpoint when the skill is made by hand", () => {
    const { templates, skillTemplate } = shape('three regions');
    const nextStep = JSON.stringify(skillTemplate.findOutputs('NextStep'));
    for (const text of [
      'Default Region: ',
      'North America (NA): ',
      'Europe and India (EU): ',
      'Far East (FE): ',
      ':lambda:eu-west-1:',
      ':lambda:us-west-2:',
      ':function:back-spasm-coach:live',
    ]) {
      expect(nextStep).toContain(text);
    }
    for (const template of templates) {
      expect(Object.keys(template.findOutputs('*')).sort()).toEqual(
        template === skillTemplate ? ['EndpointArn', 'NextStep'] : ['EndpointArn'],
      );
    }
  });

  it.each([
    ['ap-northeast-1', /ap-northeast-1 is not paired with an Alexa endpoint region/],
    ['us-east-1,us-east-1', /lists a region twice/],
    ['us-east-1,', /comma-separated list/],
  ])('refuse regions=%s', (regions, message) => {
    withOutdir((outdir) => {
      expect(() => addDeployment(newApp(outdir, { regions }), { codeDir: CODE_FIXTURE })).toThrow(message);
    });
  });
});

describe('alarms', () => {
  it.each(SHAPE_NAMES)(
    'watch each function for errors, throttles, slow p99 and ERROR log lines: %s',
    (name) => {
      for (const template of shape(name).templates) {
        const functionId = onlyLogicalId(template, 'AWS::Lambda::Function');
        const dimensions = [{ Name: 'FunctionName', Value: { Ref: functionId } }];
        template.resourceCountIs('AWS::CloudWatch::Alarm', 4);
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/Lambda',
          MetricName: 'Errors',
          Dimensions: dimensions,
          Statistic: 'Sum',
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          TreatMissingData: 'notBreaching',
        });
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/Lambda',
          MetricName: 'Throttles',
          Dimensions: dimensions,
          Statistic: 'Sum',
          Threshold: 1,
        });
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/Lambda',
          MetricName: 'Duration',
          Dimensions: dimensions,
          ExtendedStatistic: 'p99',
          Threshold: 3000,
          ComparisonOperator: 'GreaterThanThreshold',
        });
        template.hasResourceProperties('AWS::Logs::MetricFilter', {
          LogGroupName: { Ref: onlyLogicalId(template, 'AWS::Logs::LogGroup') },
          FilterPattern: '{ $.level = "ERROR" }',
          MetricTransformations: [
            { MetricNamespace: 'BackSpasmCoach', MetricName: 'ErrorLogLines', MetricValue: '1' },
          ],
        });
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'BackSpasmCoach',
          MetricName: 'ErrorLogLines',
          Statistic: 'Sum',
          Threshold: 1,
        });
      }
    },
  );

  describe('the ERROR-line filter', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('matches what the skill logs when it catches an error', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      logHandlerError(new Error('boom'));
      const [[line]] = error.mock.calls as [[string]];
      // console.error is ERROR in Lambda's JSON record too; the line's own level says the same.
      expect(JSON.parse(line)).toMatchObject({ level: 'ERROR' });
    });
  });

  it('notify nobody without alarmEmail', () => {
    for (const name of ['one region', 'three regions'] as const) {
      for (const template of shape(name).templates) {
        template.resourceCountIs('AWS::SNS::Topic', 0);
        template.resourceCountIs('AWS::KMS::Key', 0);
        template.allResourcesProperties('AWS::CloudWatch::Alarm', { AlarmActions: Match.absent() });
      }
    }
  });

  describe('notifications with alarmEmail', () => {
    it.each([
      'one region with the skill, its ID and alarm email',
      'three regions creating the skill, with alarm email',
    ] as const)('go to the email through a topic in every region: %s', (name) => {
      for (const template of shape(name).templates) {
        const topic = { Ref: onlyLogicalId(template, 'AWS::SNS::Topic') };
        template.hasResourceProperties('AWS::SNS::Subscription', {
          Protocol: 'email',
          Endpoint: ALARM_EMAIL,
          TopicArn: topic,
        });
        template.allResourcesProperties('AWS::CloudWatch::Alarm', {
          AlarmActions: [topic],
          OKActions: [topic],
        });
      }
    });

    it('use a topic encrypted with its own rotating key, reachable only over TLS', () => {
      const template = shape('three regions creating the skill, with alarm email').skillTemplate;
      const keyId = onlyLogicalId(template, 'AWS::KMS::Key');
      const topicId = onlyLogicalId(template, 'AWS::SNS::Topic');
      template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
      template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
      template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        Topics: [{ Ref: topicId }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 'sns:Publish',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    });

    it("let this account's CloudWatch alarms, and only them, publish through the key", () => {
      const template = shape('three regions creating the skill, with alarm email').skillTemplate;
      const topicId = onlyLogicalId(template, 'AWS::SNS::Topic');
      template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            {
              Sid: 'AllowThisAccountsAlarmsToPublish',
              Effect: 'Allow',
              Principal: { Service: 'cloudwatch.amazonaws.com' },
              Action: 'sns:Publish',
              Resource: { Ref: topicId },
              Condition: {
                StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
                ArnLike: { 'aws:SourceArn': Match.anyValue() },
              },
            },
          ]),
        },
      });
      const [key] = Object.values(template.findResources('AWS::KMS::Key'));
      const principals = key?.Properties.KeyPolicy.Statement.map((statement: { Principal: unknown }) =>
        JSON.stringify(statement.Principal),
      );
      // The account root (CDK's default key policy, so IAM policies decide) and CloudWatch, nobody else.
      expect(principals).toEqual([
        expect.stringContaining(':root'),
        '{"Service":"cloudwatch.amazonaws.com"}',
      ]);
      template.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Principal: { Service: 'cloudwatch.amazonaws.com' },
              Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
            }),
          ]),
        },
      });
    });
  });

  it('refuse an alarmEmail that is not an email address', () => {
    withOutdir((outdir) => {
      expect(() => addDeployment(newApp(outdir, { alarmEmail: 'ops' }), { codeDir: CODE_FIXTURE })).toThrow(
        /not an email address/,
      );
    });
  });
});

describe('the optional Alexa skill resource', () => {
  it.each(['one region', 'one region with a skill ID', 'three regions'] as const)(
    'is absent without the vendor and LWA context: %s',
    (name) => {
      for (const template of shape(name).templates) {
        template.resourceCountIs('Alexa::ASK::Skill', 0);
        expect(template.findOutputs('SkillId')).toEqual({});
      }
    },
  );

  it('lives only in the first region’s stack', () => {
    const { templates } = shape('three regions with the skill and its ID');
    expect(
      templates.map((template) => Object.keys(template.findResources('Alexa::ASK::Skill')).length),
    ).toEqual([1, 0, 0]);
  });

  it('points the skill at the live alias and reads the LWA credentials from Secrets Manager', () => {
    const template = shape('one region creating the skill').skillTemplate;
    template.hasResourceProperties('Alexa::ASK::Skill', {
      VendorId: SKILL_RESOURCE_CONTEXT.vendorId,
      AuthenticationConfiguration: {
        ClientId: `{{resolve:secretsmanager:${SKILL_RESOURCE_CONTEXT.lwaClientIdSecret}:SecretString:::}}`,
        ClientSecret: `{{resolve:secretsmanager:${SKILL_RESOURCE_CONTEXT.lwaClientSecretSecret}:SecretString:::}}`,
        RefreshToken: `{{resolve:secretsmanager:${SKILL_RESOURCE_CONTEXT.lwaRefreshTokenSecret}:SecretString:::}}`,
      },
      SkillPackage: {
        Overrides: {
          Manifest: {
            apis: { custom: { endpoint: { uri: { Ref: onlyLogicalId(template, 'AWS::Lambda::Alias') } } } },
          },
        },
      },
    });
  });

  it.each([
    'one region creating the skill',
    'three regions creating the skill, with alarm email',
    'three regions with the skill and its ID',
  ] as const)('is retained on delete and on replacement: %s', (name) => {
    shape(name).skillTemplate.hasResource('Alexa::ASK::Skill', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('lets Alexa read the skill package object and nothing else', () => {
    const template = shape('one region creating the skill').skillTemplate;
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

  it("ties the trigger to the new skill's ID and says to redeploy with it", () => {
    const { skillTemplate: template, warnings } = shape('one region creating the skill');
    const skillId = onlyLogicalId(template, 'Alexa::ASK::Skill');
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: { Ref: skillId },
    });
    template.hasOutput('SkillId', { Value: { Ref: skillId } });
    template.hasOutput('NextStep', { Value: Match.stringLikeRegexp('-c skillId=<the SkillId output>') });
    expect(warnings[0]).toContainEqual(expect.stringMatching(/any Alexa skill/));
  });

  it('drops the creation-time permission once redeployed with the skill ID', () => {
    const template = shape('one region with the skill, its ID and alarm email').skillTemplate;
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    template.hasResourceProperties('AWS::Lambda::Permission', { EventSourceToken: SKILL_ID });
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: { SKILL_ID } } });
    expect(template.findOutputs('NextStep')).toEqual({});
  });

  it('refuses a partial skill resource context, naming what is missing', () => {
    const { lwaRefreshTokenSecret: _, ...partial } = SKILL_RESOURCE_CONTEXT;
    withOutdir((outdir) => {
      expect(() => addDeployment(newApp(outdir, partial))).toThrow(/missing: lwaRefreshTokenSecret/);
    });
  });

  it('stages skill.json and the interaction models in the SMAPI package layout, where it is told', () => {
    withOutdir((outdir) => {
      const staged = stageSkillPackage(SKILL_PACKAGE_FIXTURE, outdir);
      expect(path.dirname(staged)).toBe(outdir);
      expect(readdirSync(staged).sort()).toEqual(['interactionModels', 'skill.json']);
      expect(readdirSync(path.join(staged, 'interactionModels', 'custom'))).toEqual(['en-US.json']);
    });
  });
});

describe('cdk-nag AwsSolutions checks', () => {
  it.each(SHAPE_NAMES)('report no errors or warnings: %s', (name) => {
    const report = new AwsSolutionsChecks().validateScope(shape(name).app);
    expect(report.violations).toEqual([]);
  });
});

describe('the build before every synth and deploy', () => {
  it('is the cdk.json build step, so npm run synth and deploy do not build twice', () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(CDK_JSON.build).toBe('npm run build');
    expect(scripts.synth).toBe('cdk synth --quiet');
    // --all: with -c regions=... there is one stack per region, and they go out together.
    expect(scripts.deploy).toBe('cdk deploy --all');
  });
});

describe('the cdk CLI', () => {
  const bundleOrEntry = existsSync(path.join(LAMBDA_OUT_DIR, 'index.js'))
    ? 'bundle'
    : existsSync(LAMBDA_ENTRY)
      ? 'entry'
      : undefined;

  it.runIf(bundleOrEntry)(
    'synthesizes the real app for three regions offline, without AWS credentials or temp files',
    async () => {
      if (bundleOrEntry === 'entry') {
        await bundleLambda(LAMBDA_ENTRY, LAMBDA_OUT_DIR);
      }
      withOutdir((scratch) => {
        const outDir = path.join(scratch, 'cdk.out');
        const noAws = path.join(scratch, 'no-aws');
        // The CLI and the app it runs get a temp dir of their own, which must stay empty.
        const childTmp = path.join(scratch, 'tmp');
        mkdirSync(noAws);
        mkdirSync(childTmp);
        const env: NodeJS.ProcessEnv = {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          TMPDIR: childTmp,
          AWS_CONFIG_FILE: path.join(noAws, 'config'),
          AWS_SHARED_CREDENTIALS_FILE: path.join(noAws, 'credentials'),
          AWS_EC2_METADATA_DISABLED: 'true',
          CDK_DISABLE_CLI_TELEMETRY: 'true',
        };
        // --build replaces cdk.json's `npm run build`: other test files may be reading dist/lambda.
        const args = ['cdk', 'synth', '--quiet', '--build', 'node -e 0', '-o', outDir];
        const context = ['-c', `regions=${REGIONS.join(',')}`, '-c', 'skillId=amzn1.ask.skill.test'];
        execFileSync('npx', [...args, ...context], { cwd: REPO_ROOT, env, stdio: 'pipe' });

        for (const region of REGIONS) {
          const template = Template.fromJSON(
            JSON.parse(readFileSync(path.join(outDir, `BackSpasmCoach-${region}.template.json`), 'utf8')),
          );
          template.hasResourceProperties('AWS::Lambda::Function', {
            Runtime: 'nodejs24.x',
            FunctionName: 'back-spasm-coach',
          });
          template.hasResourceProperties('AWS::Lambda::Permission', {
            EventSourceToken: 'amzn1.ask.skill.test',
          });
        }
        // tsx keeps its own folder (tsx-<uid>) in the temp dir for every run; nothing else may appear.
        expect(readdirSync(childTmp).filter((name) => !/^tsx-\d+$/.test(name))).toEqual([]);
      });
    },
    120_000,
  );
});
