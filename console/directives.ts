/**
 * What the console, standing in for the device, reports of the directives in a skill's response: their
 * types. Acting on one is the console loop's job (main.ts): for the skill's `Connections.SendRequest`
 * (AskFor) it plays Alexa's consent question and answers with a `Connections.Response` through
 * `VoiceConsole.send` (see console/consent.ts).
 */
import type { Directive } from 'ask-sdk-model';

export function handleDirectives(directives: readonly Directive[]): string[] {
  return directives.map((directive) => directive.type);
}
