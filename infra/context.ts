import type { Node } from 'constructs';
import type { LwaSecretNames } from './alexa-skill';
import { isSkillRegion, SKILL_REGIONS, type SkillRegion } from './regions';

const SKILL_ID = /^amzn1\.ask\.skill\.[\w.-]+$/;
/** Deliberately loose: SNS sends a confirmation mail, which is the real check. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** CDK context keys (`-c key=value`) that turn on creating the skill itself; all or none. */
export const SKILL_RESOURCE_CONTEXT = {
  vendorId: 'vendorId',
  lwaClientIdSecret: 'lwaClientIdSecret',
  lwaClientSecretSecret: 'lwaClientSecretSecret',
  lwaRefreshTokenSecret: 'lwaRefreshTokenSecret',
} as const;

/** What is needed to also create the Alexa skill (Alexa::ASK::Skill), not only its backend. */
export interface SkillResourceConfig {
  readonly vendorId: string;
  readonly lwaSecrets: LwaSecretNames;
}

/** Everything a deployment is told through CDK context. */
export interface DeploymentSettings {
  /** ID of the skill allowed to invoke the functions (`amzn1.ask.skill....`). */
  readonly skillId?: string;
  /** When given, the deployment creates the skill itself too. */
  readonly skillResource?: SkillResourceConfig;
  /**
   * The regions to deploy to, the skill's own region first (`-c regions=us-east-1,eu-west-1,us-west-2`).
   * Undefined: one environment-agnostic stack, deployed to the region of your AWS profile.
   */
  readonly regions?: readonly SkillRegion[];
  /** Where alarm notifications go (`-c alarmEmail=...`); no notifications without it. */
  readonly alarmEmail?: string;
}

/** Reads the deployment settings from CDK context, failing fast on anything malformed or half-given. */
export function deploymentSettingsFromContext(node: Node): DeploymentSettings {
  const skillId = contextString(node, 'skillId');
  if (skillId !== undefined && !SKILL_ID.test(skillId)) {
    throw new Error(`Context skillId "${skillId}" is not an Alexa skill ID (amzn1.ask.skill....).`);
  }
  const alarmEmail = contextString(node, 'alarmEmail');
  if (alarmEmail !== undefined && !EMAIL.test(alarmEmail)) {
    throw new Error(`Context alarmEmail "${alarmEmail}" is not an email address.`);
  }
  return {
    skillId,
    skillResource: skillResourceFromContext(node),
    regions: regionsFromContext(node),
    alarmEmail,
  };
}

function skillResourceFromContext(node: Node): SkillResourceConfig | undefined {
  const keys = Object.values(SKILL_RESOURCE_CONTEXT);
  const values = Object.fromEntries(keys.map((key) => [key, contextString(node, key)]));
  const missing = keys.filter((key) => values[key] === undefined);
  if (missing.length === keys.length) {
    return undefined;
  }
  const { vendorId, lwaClientIdSecret, lwaClientSecretSecret, lwaRefreshTokenSecret } = values;
  if (!vendorId || !lwaClientIdSecret || !lwaClientSecretSecret || !lwaRefreshTokenSecret) {
    throw new Error(
      `Creating the skill needs all of ${keys.join(', ')} in context; missing: ${missing.join(', ')}.`,
    );
  }
  return {
    vendorId,
    lwaSecrets: {
      clientId: lwaClientIdSecret,
      clientSecret: lwaClientSecretSecret,
      refreshToken: lwaRefreshTokenSecret,
    },
  };
}

/** `-c regions=a,b,c` on the command line, or a list in cdk.json / cdk.context.json. */
function regionsFromContext(node: Node): SkillRegion[] | undefined {
  const value: unknown = node.tryGetContext('regions');
  if (value === undefined || value === '') {
    return undefined;
  }
  const names =
    typeof value === 'string'
      ? value.split(',').map((name) => name.trim())
      : Array.isArray(value) && value.every((name) => typeof name === 'string')
        ? value.map((name) => name.trim())
        : undefined;
  if (!names || names.length === 0 || names.some((name) => name === '')) {
    throw new Error('Context regions must be a comma-separated list of AWS regions.');
  }
  const allowed = Object.keys(SKILL_REGIONS).join(', ');
  const unknown = names.filter((name) => !isSkillRegion(name));
  if (unknown.length > 0) {
    throw new Error(
      `Context regions: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not paired with an Alexa endpoint region. Use any of ${allowed}.`,
    );
  }
  if (new Set(names).size !== names.length) {
    throw new Error(`Context regions lists a region twice: ${names.join(',')}.`);
  }
  return names.filter(isSkillRegion);
}

function contextString(node: Node, key: string): string | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === '') {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw new Error(`Context ${key} must be a string.`);
  }
  return value;
}
