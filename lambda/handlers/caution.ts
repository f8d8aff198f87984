/**
 * Safety that outlasts the turn it was said in. After the redirect from another part of the body,
 * "what if I use heat?" is still about that part; after the doctor answer to severe, lasting or
 * recurring pain, "can I just ice it?" still gets the doctor. Advice comes back once the user names
 * the lower back (after a redirect) or says how the spasm started (after the doctor).
 */
import type { HandlerInput } from 'ask-sdk-core';
import { topic } from '../content';
import type { Line } from '../conversation/lines';
import { answerQuestion, answerTopic } from '../conversation/moves';
import type { Caution, ConversationState } from '../conversation/state';
import type { ListeningTurn, Turn } from '../conversation/turn';
import type { Finding } from '../language/first-answer';
import { isIntent } from '../requests';
import { situationOf, slotCues } from './slots';

/** The caution a safety answer leaves for the next turn, if any. */
export function cautionAfter(finding: Finding): Caution | undefined {
  if (finding.kind === 'otherBodyPart') return 'otherBodyPart';
  if (finding.kind === 'topic' && (finding.topic === 'doctor' || finding.topic === 'parkinsons'))
    return 'doctor';
  return undefined;
}

/** `turn`, remembering `caution` for the turn after it. */
export function cautioned(turn: ListeningTurn, caution: Caution | undefined): ListeningTurn {
  return caution ? { ...turn, state: { ...turn.state, cautioned: caution } } : turn;
}

/** A verdict, advice on what to do, or the question that leads to advice; not an offer of it. */
function advises(line: Line): boolean {
  if ('situation' in line) return true;
  if ('phrase' in line) return line.phrase === 'clarify';
  if (!('topic' in line) || ('part' in line && line.part !== 'speech')) return false;
  return topic(line.topic).advises === true;
}

function lifted(input: HandlerInput, caution: Caution): boolean {
  const envelope = input.requestEnvelope;
  return caution === 'otherBodyPart'
    ? slotCues(envelope).concerns.has('lowerBack')
    : situationOf(envelope) !== undefined;
}

/** `turn`, unless it would advise while `caution` holds: then the safety answer again. */
export function heedCaution(
  input: HandlerInput,
  caution: Caution,
  state: ConversationState,
  turn: Turn,
): Turn {
  if (turn.next !== 'listen') return turn;
  // "Say that again" repeats the safety answer, and the caution with it.
  if (isIntent(input, 'AMAZON.RepeatIntent')) return cautioned(turn, caution);
  if (!turn.say.some(advises) || lifted(input, caution)) return turn;
  const again =
    caution === 'otherBodyPart'
      ? answerQuestion(state, { kind: 'otherBodyPart' })
      : answerTopic(state, 'doctor');
  return cautioned(again, caution);
}
