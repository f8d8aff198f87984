/** The seed page's trailer: ads and boilerplate that must never be spoken or shown. */
export const ADVERTISING = [
  'Related Searches',
  'Promoted By Zergnet',
  'Zergnet',
  'You May Also Like',
  'Check It Out',
  'Beauty Routine',
  'Yelp',
  'maker community',
  'Submit Your Work',
  'DIY in your DNA',
] as const;

export function advertisingIn(text: string): string[] {
  const lower = text.toLowerCase();
  return ADVERTISING.filter((phrase) => lower.includes(phrase.toLowerCase()));
}
