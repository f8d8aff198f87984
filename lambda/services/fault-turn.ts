/** What the user hears when an Alexa service call failed: shared by the timer and the reminders. */
import type { ListeningTurn } from '../conversation/turn';
import type { ServiceFault } from '../log';

/** `turn` with the permissions card in place of its own card (a response holds one card). */
export function withPermissionCard(turn: ListeningTurn, permission: string): ListeningTurn {
  const { card: _replaced, ...rest } = turn;
  return { ...rest, permissionCard: [permission] };
}

/** The turn `answer` words for `fault`; a revoked permission also gets the card to allow it again. */
export function answerFault(
  fault: ServiceFault,
  permission: string,
  answer: (fault: ServiceFault) => ListeningTurn,
): ListeningTurn {
  const turn = answer(fault);
  return fault === 'revoked' ? withPermissionCard(turn, permission) : turn;
}
