/** The skill's conversational lines: greeting, help, prompts and goodbyes. Facts live in topics.ts. */

export const DISCLAIMER = 'I share general information, not medical advice.';

export const PHRASES = {
  welcome: `Welcome to Back Spasm Coach. ${DISCLAIMER} You can ask: should I use ice or heat? Or: what causes a back spasm? What would you like to know?`,
  welcomeReprompt: 'You can ask: should I use ice or heat? What would you like to know?',
  help: 'I help you choose between ice and heat for a lower back spasm, and explain why. Try saying: I hurt my back lifting. Or ask: when should I see a doctor? What would you like to know?',
  helpReprompt: 'Try saying: I hurt my back lifting. Or: should I use ice or heat?',
  clarify: 'Did it start suddenly after lifting or moving, or has it built up with stress or tiredness?',
  clarifyReprompt: 'Was it sudden, after lifting or moving? Or did it build up with stress or tiredness?',
  goodbye: 'Take care of your back. Goodbye.',
  declineOnce:
    'No problem. You could also ask about stretching, or when to see a doctor. What would you like?',
  anythingElse: 'What else would you like to know?',
  suggestions: 'You can ask: should I use ice or heat? Or: when should I see a doctor?',
  notSure:
    "I'm not sure about that. I can help with ice, heat and timing for a back spasm. You could ask: should I use ice or heat? Or: when should I see a doctor?",
  outOfDomain:
    'Sorry, I can only help with lower back spasms: ice, heat, stretching, and when to see a doctor. You could ask: should I use ice or heat?',
  noDose:
    "I can't give doses or medical advice. Please ask a doctor or pharmacist. For a spasm that won't ease, a doctor may prescribe a muscle relaxant.",
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
  noTimerToCancel: "There's no ice timer from me to cancel.",
  timerOffer: 'Shall I set a twenty-minute timer that tells you when to switch to heat?',
} as const;
