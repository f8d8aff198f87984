/** The skill's conversational lines: greeting, help, prompts and goodbyes. Facts live in topics.ts. */

export const DISCLAIMER = 'I share general information, not medical advice.';

/**
 * The safety net, said wherever the skill cannot tell what the pain is like: Alexa's fallback brings
 * no words, so a statement of severe pain that lands there still hears it.
 */
const SEE_A_DOCTOR = "If the pain is severe or won't ease, please see a doctor.";

export const PHRASES = {
  welcome: `Welcome to Back Spasm Coach. ${DISCLAIMER} You can ask: should I use ice or heat? Or: what causes a back spasm? What would you like to know?`,
  welcomeReprompt: 'You can ask: should I use ice or heat? What would you like to know?',
  help: 'I help you choose between ice and heat for a lower back spasm, and explain why. Try saying: I hurt my back lifting. Or ask: when should I see a doctor? What would you like to know?',
  helpReprompt: 'Try saying: I hurt my back lifting. Or: should I use ice or heat?',
  clarify:
    'Ice or heat depends on how it started. Did it come on suddenly, after lifting or moving? Or did it build up with stress or tiredness?',
  clarifyReprompt: 'Was it sudden, after lifting or moving? Or did it build up with stress or tiredness?',
  goodbye: 'Take care of your back. Goodbye.',
  declineOnce:
    'No problem. You could also ask about stretching, or when to see a doctor. What would you like?',
  anythingElse: 'What else would you like to know?',
  suggestions: 'You can ask: should I use ice or heat? Or: when should I see a doctor?',
  notSure: `I'm not sure about that. ${SEE_A_DOCTOR} I can help with ice, heat and timing for a back spasm. You could ask: should I use ice or heat?`,
  outOfDomain:
    'Sorry, I can only help with lower back spasms: ice, heat, stretching, and when to see a doctor. You could ask: should I use ice or heat?',
  noDose:
    "I can't give doses or medical advice. Please ask a doctor or pharmacist. For a spasm that won't ease, a doctor may prescribe a muscle relaxant.",
  noSupplementDose:
    "I can't advise on amounts. A daily calcium and magnesium supplement may help, and a pharmacist or doctor can tell you how much is right for you.",
  otherBodyPart: `Sorry, I only know about spasms in the lower back, so I can't advise on that. ${SEE_A_DOCTOR} You could ask me: should I use ice or heat for my back?`,
  startOver:
    "Okay, let's start over. Should I help you choose between ice and heat? Or ask me anything about back spasms.",
  whyWithoutContext:
    "I can explain why once I've given you some advice. Try asking: should I use ice or heat?",
  moreWithoutContext:
    'Happy to tell you more. First, what would you like to know about? For example: ice, heat, or stretching.',
  repeatWithoutContext: "I haven't said anything yet. You can ask: should I use ice or heat?",
  moreExhausted: "That's everything I have on that.",
  otherOptionNoSituation:
    'Ice eases inflammation, so it comes first after a sudden strain, such as lifting. Heat brings blood flow and relaxes the muscle, and it does more for stress or tiredness.',
  unknownSituation: "I didn't catch how it started.",
  error:
    'Sorry, I had trouble with that. You can ask: should I use ice or heat? Or: when should I see a doctor?',
  reprompt: 'What else would you like to know?',
  timingByVoice:
    "Here's the timing: keep the ice on for about twenty minutes, then switch to heat. For a reminder, you can say: Alexa, set a timer for twenty minutes.",
  timerOffer: 'Shall I set a twenty-minute timer that tells you when to switch to heat?',
} as const satisfies Record<string, string>;

export type PhraseId = keyof typeof PHRASES;

/**
 * The ice timer (issue 4): what Alexa says when it sets, keeps or cancels the timer, and when the
 * Timers API can't help. Every fallback is followed by the timing by voice (`PHRASES.timingByVoice`).
 */
export const TIMER_PHRASES = {
  noTimerToCancel: "There's no ice timer from me to cancel.",
  set: "Done. Your twenty-minute ice timer is set; I'll tell you when to switch to heat.",
  alreadySet:
    "Your ice timer is already running; I'll tell you when to switch to heat. To stop it, say: cancel the ice timer.",
  askConsent: 'To tell you when to switch to heat, I need your permission to set a timer.',
  consentDenied: "No problem, I won't set a timer.",
  consentNotAnswered: "I didn't hear an answer, so I haven't set a timer.",
  permissionRevoked:
    "I can't set timers any more: the permission was turned off. I've sent a card to your Alexa app where you can allow it again.",
  timerRefused: "Alexa wouldn't take the timer; that usually means too many timers are running already.",
  serviceTrouble: "Sorry, I couldn't set the timer just now.",
  cancelled: "Okay, I've cancelled the ice timer.",
  alreadyGone: 'That ice timer has already gone off or been cancelled.',
  cancelTrouble:
    "Sorry, I couldn't reach your timers just now. To stop it yourself, say: Alexa, cancel the timer.",
  cancelPermissionRevoked:
    "I can't change your timers any more: the permission was turned off. To stop it yourself, say: Alexa, cancel the timer. I've sent a card to your Alexa app.",
} as const satisfies Record<string, string>;

export type TimerPhraseId = keyof typeof TIMER_PHRASES;

/** The ice timer as Alexa shows and announces it, and the card that confirms it. */
export const TIMER_TEXTS = {
  /** Shown on screens and in the Alexa app's timer list. */
  label: 'Ice, then heat',
  /** Spoken by Alexa when the timer goes off, one line per supported locale. */
  announce: {
    'en-US': "Time's up: take the ice off and switch to heat.",
    'en-CA': "Time's up: take the ice off and switch to heat.",
    'en-GB': "Time's up. Take the ice pack off now and switch to heat.",
    'en-AU': "Time's up. Take the ice pack off now and switch to heat.",
    'en-IN': 'Time is up. Please take the ice off now and switch to heat.',
  },
  card: {
    title: 'Ice timer: 20 minutes',
    text: 'Keep the ice on until the timer goes off in 20 minutes, then switch to heat.\nTo stop it, say: cancel the ice timer.',
  },
} as const;
