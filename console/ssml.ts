/** Between SSML and what a listener hears as words: the console shows speech as plain text. */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': 'amp',
  '<': 'lt',
  '>': 'gt',
  '"': 'quot',
  "'": 'apos',
};
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (/^#x/i.test(body)) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** The words of an SSML document: tags removed (a break or paragraph becomes a space), entities decoded. */
export function ssmlToText(ssml: string): string {
  return decodeEntities(ssml.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,!?;:])/g, '$1')
    .trim();
}

/** Plain text as the SSML Alexa would speak for it. */
export function textToSsml(text: string): string {
  return `<speak>${text.replace(/[&<>"']/g, (char) => `&${ESCAPES[char] ?? ''};`)}</speak>`;
}
