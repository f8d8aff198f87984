/**
 * "Yes" accepts whatever is on offer: a state transition decided by the offer the state holds, not
 * by which handler happens to come first.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { askReminderTime, DEFAULT_CHECK_IN, setReminder } from '../reminders';
import { startIceTimer } from '../timers';
import { answerTopic, aside, askSituation } from './moves';
import type { ConversationState } from './state';
import type { Turn } from './turn';

export function acceptOffer(input: HandlerInput, state: ConversationState): Turn | Promise<Turn> {
  const offer = state.offer;
  switch (offer?.kind) {
    case 'timer':
      return startIceTimer(input, state);
    case 'topic':
      return answerTopic(state, offer.topic);
    case 'situation':
      return askSituation(state);
    case 'reminder':
      return offer.reminder === 'supplement'
        ? askReminderTime(state)
        : setReminder(input, state, DEFAULT_CHECK_IN);
    case 'reminderTime':
      return askReminderTime(state);
    case undefined:
      return aside(state, 'suggestions');
  }
}
