/**
 * The programmatic voice console: say something, get back what Alexa would say. It plays the device
 * and Alexa's cloud around the real skill handler: routes invocations, resolves utterances with the
 * offline NLU against the real interaction model, builds the envelopes, and carries the session
 * (its id, `new` flag and the skill's sessionAttributes) from turn to turn until the skill ends it.
 */
import type { dialog, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { isSupportedLocale } from '../build/config';
import {
  type DeviceContext,
  intentRequest,
  launchRequest,
  newDeviceContext,
  sessionEndedRequest,
  startSession,
} from './envelope';
import { routeUtterance } from './invocation';
import { type CompiledModel, FALLBACK_INTENT, loadModel } from './nlu/compile-model';
import { type Resolution, resolve } from './nlu/resolve';
import { TUNING } from './nlu/tuning';
import { loadBundledHandler, type SkillHandler } from './skill-handler';
import { type Turn, toTurn } from './turn';

export interface ConsoleOptions {
  /** Picks the interaction model and the request locale. Default en-US. */
  locale?: string;
  /** The skill to talk to. Default: the built Lambda bundle, rebuilt when lambda/ changed. */
  handler?: SkillHandler;
  /** Where the skill's Alexa API calls go (the timers work points it at a local fake). */
  apiEndpoint?: string;
  /** Sent on every request once the user granted the skill's permissions. */
  consentToken?: string;
  /** Hears about bundle rebuilds. */
  log?: (message: string) => void;
}

/** The skill's own question about one slot, which the next utterance answers first. */
interface Elicitation {
  intent: string;
  slot: string;
}

function elicitationOf(response: ResponseEnvelope): Elicitation | undefined {
  const directive = response.response.directives?.find(
    (candidate): candidate is dialog.ElicitSlotDirective => candidate.type === 'Dialog.ElicitSlot',
  );
  const intent = directive?.updatedIntent?.name;
  return directive && intent ? { intent, slot: directive.slotToElicit } : undefined;
}

export class VoiceConsole {
  private open: boolean;
  private elicitation: Elicitation | undefined;

  /**
   * The simulated device and user. Changed in place from turn to turn, so a helper holding it
   * (the timers fake sets apiEndpoint and consentToken) stays in step.
   */
  readonly device: DeviceContext;

  constructor(
    private readonly handler: SkillHandler,
    readonly model: CompiledModel,
    device: DeviceContext,
  ) {
    this.device = device;
    // A device in the middle of a session (a test's own attributes) goes on with it.
    this.open = !device.newSession;
  }

  /** Whether the skill kept the session open: the next utterance goes to it without an invocation. */
  get sessionOpen(): boolean {
    return this.open;
  }

  /** The next request goes to the open session, or starts a new one (on the same device, for the same user). */
  continueOrStartSession(): void {
    if (!this.open) startSession(this.device);
  }

  /** One thing the user says, as they would say it to the speaker. */
  async say(utterance: string): Promise<Turn> {
    const route = routeUtterance(utterance, this.model.invocationName);
    if (route.kind !== 'continue') startSession(this.device);
    else this.continueOrStartSession();
    if (route.kind === 'launch') return this.send(launchRequest(this.device), utterance);
    const general =
      route.kind === 'one-shot'
        ? this.resolveOneShot(route.text, route.connector)
        : resolve(this.model, route.text);
    const resolved = route.kind === 'continue' ? this.resolveElicited(route.text, general) : undefined;
    const heard = resolved ?? general;
    const unmatched = route.kind === 'continue' ? this.unmatchedAnswer(route.text, heard) : undefined;
    const elicited = resolved ?? unmatched;
    const resolution = elicited ?? heard;
    const slotNames = this.model.intents.get(resolution.intent) ?? [];
    return this.send(
      intentRequest(
        this.device,
        resolution.intent,
        resolution.slots,
        slotNames,
        elicited ? 'IN_PROGRESS' : 'COMPLETED',
      ),
      utterance,
      resolution,
    );
  }

  /**
   * After the skill asked for one slot, Alexa hears the answer as that slot first: the slot's own
   * samples are tried alone, and an utterance that fits none of them is resolved as usual. So is one
   * that another intent fits clearly better ("start over", "sorry, what?"): Alexa lets the user
   * switch intents in the middle of a dialog.
   */
  private resolveElicited(text: string, general: Resolution): Resolution | undefined {
    const asked = this.elicitation;
    const samples = asked && this.model.elicitations.get(`${asked.intent}.${asked.slot}`);
    if (!samples) return undefined;
    const resolution = resolve(this.model, text, samples);
    if (resolution.intent !== asked.intent || !resolution.slots[asked.slot]) return undefined;
    const switched =
      general.intent !== asked.intent &&
      general.intent !== FALLBACK_INTENT &&
      general.score >= resolution.score + TUNING.intentSwitchMargin;
    return switched ? undefined : resolution;
  }

  /**
   * An answer to the skill's question that fits no sample of any intent still reaches the skill as
   * the asked slot's value, matching none of its type's values (ER_SUCCESS_NO_MATCH): a custom slot
   * takes any words, as Alexa's do. "I was just carrying in the groceries from the car" is too long
   * for a slot sample, but it is the answer.
   */
  private unmatchedAnswer(text: string, heard: Resolution): Resolution | undefined {
    const asked = this.elicitation;
    const type = asked && this.model.slotsOf.get(asked.intent)?.get(asked.slot);
    if (!asked || !type || heard.intent !== FALLBACK_INTENT) return undefined;
    return {
      ...heard,
      intent: asked.intent,
      slots: { [asked.slot]: { value: text, type, match: null } },
      sample: `{${asked.slot}}`,
    };
  }

  /**
   * Sends any request in the current session and carries the session on. `say` uses it; so can
   * device-side flows such as a consent answer (a Connections.Response).
   */
  async send(
    request: RequestEnvelope,
    utterance: string,
    resolution: Resolution | null = null,
  ): Promise<Turn> {
    this.open = false;
    this.elicitation = undefined;
    const response = await this.handler(request);
    this.device.newSession = false;
    const turn = toTurn(utterance, { request, response }, resolution);
    // A voice-only device keeps listening only when the skill says so: shouldEndSession false.
    this.open = !turn.ended;
    this.elicitation = turn.ended ? undefined : elicitationOf(response);
    this.device.attributes = turn.ended ? {} : { ...(response.sessionAttributes ?? {}) };
    return turn;
  }

  /**
   * Ends the open session as a user walking away does (SessionEndedRequest, USER_INITIATED) and
   * returns that turn; null when no session was open. The next utterance starts a new session.
   */
  async close(utterance = '.quit'): Promise<Turn | null> {
    if (!this.open) return null;
    return this.send(sessionEndedRequest(this.device, 'USER_INITIATED'), utterance);
  }

  /**
   * "Ask back spasm coach about magnesium": Alexa drops the connecting word, unless the question
   * reads better with it ("… about {topic}" is a sample too).
   */
  private resolveOneShot(text: string, connector: string | null): Resolution {
    const without = resolve(this.model, text);
    if (!connector) return without;
    const withIt = resolve(this.model, `${connector} ${text}`);
    return withIt.score > without.score ? withIt : without;
  }
}

/** A console talking to the real skill (or `options.handler`) in a fresh device context. */
export async function createConsoleSession(options: ConsoleOptions = {}): Promise<VoiceConsole> {
  const locale = options.locale ?? 'en-US';
  if (!isSupportedLocale(locale)) throw new Error(`unsupported locale ${locale}`);
  const handler = options.handler ?? (await loadBundledHandler(options.log));
  const device = newDeviceContext({
    locale,
    ...(options.apiEndpoint ? { apiEndpoint: options.apiEndpoint } : {}),
    ...(options.consentToken ? { consentToken: options.consentToken } : {}),
  });
  return new VoiceConsole(handler, loadModel(locale), device);
}
