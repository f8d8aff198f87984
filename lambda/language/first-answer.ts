/**
 * What must be answered before anything else, whichever intent the words arrived in: another part
 * of the body gets a polite redirect, never advice; a dose gets no number; severe, lasting or
 * recurring pain gets the doctor; a medicine its own answer; another condition or subject a refusal.
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
  if (otherBodyParts.length > 0 && !concerns.has('lowerBack')) return { kind: 'otherBodyPart' };
  if (concerns.has('otherSubject')) return { kind: 'outOfDomain' };
  if (concerns.has('dose') && concerns.has('supplement')) return { kind: 'noSupplementDose' };
  if (concerns.has('dose') && concerns.has('medicine')) return { kind: 'noDose' };
  if (concerns.has('recurring') || concerns.has('neurological')) return topicAnswer('parkinsons');
  // "Calcium tablets" are a supplement, not a medicine.
  if (concerns.has('medicine')) return topicAnswer(concerns.has('supplement') ? 'supplements' : 'medicine');
  if (concerns.has('severe') || concerns.has('lasting')) return topicAnswer('doctor');
  if (concerns.has('otherCondition')) return { kind: 'outOfDomain' };
  return undefined;
}
