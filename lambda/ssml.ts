/**
 * The only place SSML is written. Text is escaped; the only tags used are <speak> and <break>,
 * both supported by Alexa. Handlers pass plain text and never concatenate markup.
 */

/** Alexa rejects output speech longer than this many characters. */
export const MAX_SSML_CHARS = 8000;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Characters XML 1.0 forbids: C0 controls other than tab and line breaks, lone surrogates, U+FFFE/F. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding those characters is the point
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

export function escapeSsml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** A short pause between an answer and the offer that follows it, so the offer is heard as its own turn. */
const BETWEEN_PARTS = '<break time="300ms"/>';

/** Builds a complete SSML document from plain-text parts, each spoken after a short pause. */
export function toSsml(parts: readonly string[]): string {
  const body = parts
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map(escapeSsml)
    .join(` ${BETWEEN_PARTS} `);
  return `<speak>${body}</speak>`;
}
