/**
 * The clarifying question as Alexa dialog: Dialog.ElicitSlot on IceOrHeatIntent's situation slot,
 * so a one-word answer ("lifting", "stress") is heard as the situation (the interaction model gives
 * that slot its own samples, and its dialog model the prompt).
 */
import type { dialog } from 'ask-sdk-model';

export const ELICITED = { intent: 'IceOrHeatIntent', slot: 'situation' } as const;

export function elicitSituation(): dialog.ElicitSlotDirective {
  return {
    type: 'Dialog.ElicitSlot',
    slotToElicit: ELICITED.slot,
    updatedIntent: {
      name: ELICITED.intent,
      confirmationStatus: 'NONE',
      slots: { [ELICITED.slot]: { name: ELICITED.slot, confirmationStatus: 'NONE' } },
    },
  };
}
