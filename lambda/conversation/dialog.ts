/**
 * The skill's own questions as Alexa dialog: Dialog.ElicitSlot on the slot that holds the answer,
 * so a short answer ("lifting", "nine in the morning") is heard as that slot (the interaction model
 * gives the slot its own samples, and its dialog model the prompt).
 */
import type { dialog } from 'ask-sdk-model';

export interface Elicited {
  intent: string;
  slot: string;
}

/** How the spasm started: the clarifying question before ice-or-heat advice. */
export const ELICITED = { intent: 'IceOrHeatIntent', slot: 'situation' } as const satisfies Elicited;

/** What time each day the supplement reminder goes off. */
export const REMINDER_TIME = { intent: 'SupplementReminderIntent', slot: 'time' } as const satisfies Elicited;

export function elicitSlot({ intent, slot }: Elicited): dialog.ElicitSlotDirective {
  return {
    type: 'Dialog.ElicitSlot',
    slotToElicit: slot,
    updatedIntent: {
      name: intent,
      confirmationStatus: 'NONE',
      slots: { [slot]: { name: slot, confirmationStatus: 'NONE' } },
    },
  };
}
