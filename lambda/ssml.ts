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

export function escapeSsml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
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
