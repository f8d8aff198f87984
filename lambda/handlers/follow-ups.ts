/** Follow-ups that lean on the conversation so far: why, more, the other option, repeat, yes and no. */
import { decline, explainWhyOf, otherOption, repeatLast, tellMore } from '../conversation/moves';
import { acceptOffer } from '../conversation/offers';
import { onIntent } from './route';
import { treatmentOf } from './slots';

export const why = onIntent(['WhyIntent'], (input, state) =>
  explainWhyOf(state, treatmentOf(input.requestEnvelope)),
);

export const more = onIntent(['TellMeMoreIntent'], (_input, state) => tellMore(state));

export const other = onIntent(['OtherOptionIntent'], (input, state) =>
  otherOption(state, treatmentOf(input.requestEnvelope)),
);

export const repeat = onIntent(['AMAZON.RepeatIntent'], (_input, state) => repeatLast(state));

export const yes = onIntent(['AMAZON.YesIntent'], acceptOffer);

export const no = onIntent(['AMAZON.NoIntent'], (_input, state) => decline(state));
