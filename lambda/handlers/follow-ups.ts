/** Follow-ups that lean on the conversation so far: why, more, the other option, repeat, yes and no. */
import { decline, explainWhy, otherOption, repeatLast, tellMore } from '../conversation/moves';
import { acceptOffer } from '../conversation/offers';
import { resolvedSlotId } from '../requests';
import { onIntent } from './route';

export const why = onIntent(['WhyIntent'], (_input, state) => explainWhy(state));

export const more = onIntent(['TellMeMoreIntent'], (_input, state) => tellMore(state));

export const other = onIntent(['OtherOptionIntent'], (input, state) => {
  const id = resolvedSlotId(input.requestEnvelope, 'treatment');
  return otherOption(state, id === 'ice' || id === 'heat' ? id : undefined);
});

export const repeat = onIntent(['AMAZON.RepeatIntent'], (_input, state) => repeatLast(state));

export const yes = onIntent(['AMAZON.YesIntent'], acceptOffer);

export const no = onIntent(['AMAZON.NoIntent'], (_input, state) => decline(state));
