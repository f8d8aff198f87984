/**
 * What the console, standing in for the device, does with the directives in a skill's response.
 * Today it reports their types. This is the one place to extend: the timers work plays Alexa's consent
 * dialog here when the skill sends `Connections.SendRequest` (AskFor), answering with a
 * `Connections.Response` through `VoiceConsole.send`.
 */
import type { Directive } from 'ask-sdk-model';

export function handleDirectives(directives: readonly Directive[]): string[] {
  return directives.map((directive) => directive.type);
}
