import type { Node } from 'constructs';
import type { BackSpasmSkillProps, SkillResourceConfig } from './back-spasm-skill';

const SKILL_ID = /^amzn1\.ask\.skill\.[\w.-]+$/;

/** CDK context keys (`-c key=value`) that turn on creating the skill itself; all or none. */
export const SKILL_RESOURCE_CONTEXT = {
  vendorId: 'vendorId',
  lwaClientIdSecret: 'lwaClientIdSecret',
  lwaClientSecretSecret: 'lwaClientSecretSecret',
  lwaRefreshTokenSecret: 'lwaRefreshTokenSecret',
} as const;

/** Reads the skill settings from CDK context, failing fast on a malformed or half-given configuration. */
export function skillSettingsFromContext(node: Node): Pick<BackSpasmSkillProps, 'skillId' | 'skillResource'> {
  const skillId = contextString(node, 'skillId');
  if (skillId !== undefined && !SKILL_ID.test(skillId)) {
    throw new Error(`Context skillId "${skillId}" is not an Alexa skill ID (amzn1.ask.skill....).`);
  }
  return { skillId, skillResource: skillResourceFromContext(node) };
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
