/**
 * What must be answered before anything else, whichever intent the words arrived in: numbness or
 * pain down a leg gets the doctor, a neurological sign (Parkinson's, a tremor) the answer about
 * neurological causes, which sends them to a doctor too; the user's animal a refusal; another part
 * of the body a polite redirect, never advice, even in another subject's words; another subject a
 * refusal unless the user's own back is in the same words; a dose no number; severe, lasting or
 * recurring pain the doctor; a medicine its own answer; another condition a refusal.
 * The order is the priority: a redirect or a refusal before any advice, the doctor before medicine.
 */
import type { TopicId } from '../content';
import type { Cues } from './cues';

export type Finding =
  | { kind: 'topic'; topic: TopicId }
  | { kind: 'noDose' }
  | { kind: 'noSupplementDose' }
  | { kind: 'otherBodyPart' }
  | { kind: 'outOfDomain' }
  | { kind: 'notSure' };

const topicAnswer = (topic: TopicId): Finding => ({ kind: 'topic', topic });

export function firstAnswer({ otherBodyParts, concerns }: Cues): Finding | undefined {
  // Numbness or pain down a leg goes to a doctor, whichever part of the body it names; shaking
  // hands to the answer about spasms with a neurological cause, which also says see a doctor.
  if (concerns.has('nerve')) return topicAnswer('doctor');
  if (concerns.has('neurological')) return topicAnswer('parkinsons');
  // The user's pet: not about the user's back, whatever else is said.
  if (concerns.has('animal')) return { kind: 'outOfDomain' };
  // Another part of the body first, with its own redirect: "shoulder's cooked from paddling".
  if (otherBodyParts.length > 0 && !concerns.has('lowerBack')) return { kind: 'otherBodyPart' };
  // A shop, the weather: outside the skill, unless the user's own back is in the story.
  if (concerns.has('otherSubject') && !concerns.has('lowerBack')) return { kind: 'outOfDomain' };
  if (concerns.has('game') && !concerns.has('lowerBack')) return { kind: 'outOfDomain' };
  if (concerns.has('dose') && concerns.has('supplement')) return { kind: 'noSupplementDose' };
  if (concerns.has('dose') && concerns.has('medicine')) return { kind: 'noDose' };
  if (concerns.has('recurring')) return topicAnswer('parkinsons');
  // "Calcium tablets" are a supplement, not a medicine.
  if (concerns.has('medicine')) return topicAnswer(concerns.has('supplement') ? 'supplements' : 'medicine');
  if (concerns.has('severe') || concerns.has('lasting')) return topicAnswer('doctor');
  if (concerns.has('otherCondition')) return { kind: 'outOfDomain' };
  return undefined;
}
