import { ArnFormat, Stack, Token } from 'aws-cdk-lib';
import type { IAlias } from 'aws-cdk-lib/aws-lambda';
import { type AlexaRegion, SKILL_REGIONS, type SkillRegion } from './regions';

/**
 * Every region's function has this name, so another region's endpoint ARN is known without a
 * cross-region reference: `arn:<partition>:lambda:<region>:<account>:function:back-spasm-coach:live`.
 */
export const FUNCTION_NAME = 'back-spasm-coach';
/** The alias Alexa invokes; a deploy moves it to the new version, a rollback moves it back. */
export const LIVE_ALIAS = 'live';

/** The skill's endpoints: the default, and one per Alexa region this deployment serves. */
export interface SkillEndpoints {
  readonly default: string;
  readonly regions: ReadonlyArray<{
    readonly alexaRegion: AlexaRegion;
    readonly serves: string;
    readonly uri: string;
  }>;
}

/**
 * The endpoints as seen from the stack that holds `own`. Its own region's endpoint is the alias
 * itself; the others' are built from the fixed function name, in the same account.
 * `regions` undefined means one environment-agnostic stack: only a default endpoint.
 */
export function skillEndpoints(own: IAlias, regions: readonly SkillRegion[] | undefined): SkillEndpoints {
  if (!regions) {
    return { default: own.functionArn, regions: [] };
  }
  const [first] = regions;
  if (!first) {
    throw new Error('A regional deployment needs at least one region.');
  }
  const stack = Stack.of(own);
  const ownRegion = Token.isUnresolved(stack.region) ? undefined : stack.region;
  const uri = (region: SkillRegion) =>
    region === ownRegion
      ? own.functionArn
      : stack.formatArn({
          service: 'lambda',
          region,
          resource: 'function',
          resourceName: `${FUNCTION_NAME}:${LIVE_ALIAS}`,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        });
  return {
    // Alexa falls back to the default for a region without its own endpoint: the skill's own region.
    default: uri(first),
    regions: regions.map((region) => ({ ...SKILL_REGIONS[region], uri: uri(region) })),
  };
}

/** The `apis.custom` part of the skill manifest that names the endpoints (SMAPI `v1.skill.Manifest.CustomApis`). */
export function manifestEndpoints(endpoints: SkillEndpoints): {
  endpoint: { uri: string };
  regions?: Record<string, { endpoint: { uri: string } }>;
} {
  if (endpoints.regions.length === 0) {
    return { endpoint: { uri: endpoints.default } };
  }
  return {
    endpoint: { uri: endpoints.default },
    regions: Object.fromEntries(
      endpoints.regions.map(({ alexaRegion, uri }) => [alexaRegion, { endpoint: { uri } }]),
    ),
  };
}

/** The endpoints as the developer console's Build > Endpoint page asks for them. */
export function describeEndpoints(endpoints: SkillEndpoints): string {
  return [
    `Default Region: ${endpoints.default}`,
    ...endpoints.regions.map(({ alexaRegion, serves, uri }) => `${serves} (${alexaRegion}): ${uri}`),
  ].join('; ');
}
