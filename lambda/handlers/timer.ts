/** The ice timer: offered after ice-first advice, set on "yes" or "set a timer for the ice". */
import { PHRASES, topic } from '../content';
import { line } from '../conversation/answers';
import type { ConversationState } from '../conversation/state';
import type { Turn } from '../reply';
import { onIntent } from './route';

function timingByVoice(state: ConversationState): Turn {
  const timing = topic('timing');
  const rest: ConversationState = { ...state, topic: 'timing', depth: 0 };
  delete rest.offer;
  return {
    reply: {
      parts: [PHRASES.timingByVoice],
      reprompt: PHRASES.reprompt,
      card: { title: timing.title, text: timing.cardText },
    },
    state: rest,
  };
}

export const setTimer = onIntent(['SetTimerIntent'], (_input, state) => timingByVoice(state));

/** "Yes" while the timer offer is pending: must be registered before the generic yes handler. */
export const acceptTimer = onIntent(
  ['AMAZON.YesIntent'],
  (_input, state) => timingByVoice(state),
  (state) => state.offer?.kind === 'timer',
);

export const cancelTimer = onIntent(['CancelTimerIntent'], (_input, state) =>
  line(state, PHRASES.noTimerToCancel, PHRASES.reprompt),
);
