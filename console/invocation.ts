/**
 * How a device routes what the user said before the skill's NLU sees it: "open back spasm coach"
 * launches the skill, "ask back spasm coach whether …" starts a session with that question (a one-shot),
 * anything else goes to the open session, or starts one with it.
 */

export type Route =
  | { kind: 'launch' }
  /** `connector` is the word between invocation name and question ("about", "whether"…), if any. */
  | { kind: 'one-shot'; text: string; connector: string | null }
  | { kind: 'continue'; text: string };

/** What people say before the request itself: "g'day, open back spasm coach". */
const OPENERS = String.raw`(?:(?:hi|hello|hey|g'day|gday|good (?:morning|afternoon|evening)|um|uh|ok|okay|so|right)\s+)*`;
/** The wake word, and any greeting before it: "g'day alexa, open back spasm coach". */
const WAKE = String.raw`${OPENERS}alexa\s+`;
const VERBS = '(?:open|launch|start|begin|load|run|use|talk to|speak to|ask|tell|go to)';
const CONNECTORS = '(?:to|whether|about|if|for|that|and|so)';
const LINKS = '(?:using|with|from|on|via)';

function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function routeUtterance(utterance: string, invocationName: string): Route {
  const said = plain(utterance).replace(new RegExp(`^${WAKE}`), '');
  const name = String.raw`(?:the\s+)?${escapeRegExp(plain(invocationName))}(?:\s+(?:skill|app))?(?:\s+please)?`;
  const prefixed = new RegExp(
    String.raw`^${OPENERS}(?:please\s+)?${VERBS}\s+${name}(?:\s+(${CONNECTORS}))?(?:\s+(.+))?$`,
  ).exec(said);
  if (prefixed) {
    const [, connector, text] = prefixed;
    if (text) return { kind: 'one-shot', text, connector: connector ?? null };
    // "ask back spasm coach about" with nothing after it is still just an invocation.
    return { kind: 'launch' };
  }
  const suffixed = new RegExp(String.raw`^(.+?)\s+${LINKS}\s+${name}$`).exec(said)?.[1];
  if (suffixed) return { kind: 'one-shot', text: suffixed, connector: null };
  return { kind: 'continue', text: utterance };
}
