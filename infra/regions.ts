/**
 * The AWS regions Alexa pairs with its three endpoint regions. A skill's manifest can name one
 * endpoint per Alexa region (`apis.custom.regions.NA|EU|FE`); Alexa sends each user's requests to
 * the endpoint of the region that serves them, and to the default endpoint when that region has none.
 */
export const SKILL_REGIONS = {
  'us-east-1': { alexaRegion: 'NA', serves: 'North America' },
  'eu-west-1': { alexaRegion: 'EU', serves: 'Europe and India' },
  'us-west-2': { alexaRegion: 'FE', serves: 'Far East' },
} as const;

/** An AWS region this app deploys the skill's function to. */
export type SkillRegion = keyof typeof SKILL_REGIONS;

/** Alexa's name for an endpoint region in the skill manifest. */
export type AlexaRegion = (typeof SKILL_REGIONS)[SkillRegion]['alexaRegion'];

export function isSkillRegion(region: string): region is SkillRegion {
  return Object.hasOwn(SKILL_REGIONS, region);
}
