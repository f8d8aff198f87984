/**
 * Held-out phrasings for the offline NLU: how people actually talk to the skill, none of them a
 * sample utterance of the interaction model. Written before the matcher and not tuned to it.
 * `slot` names the slot and the entity-resolution id expected (`null` = filled but ER_SUCCESS_NO_MATCH).
 */
export interface Phrasing {
  utterance: string;
  intent: string;
  slot?: { name: string; id: string | null };
}

export const phrasings: readonly Phrasing[] = [
  // Asking about a topic
  {
    utterance: 'what does magnesium do for it',
    intent: 'AskTopicIntent',
    slot: { name: 'topic', id: 'supplements' },
  },
  { utterance: 'can I take valium', intent: 'AskTopicIntent', slot: { name: 'topic', id: 'medicine' } },
  {
    utterance: "what's a muscle relaxant",
    intent: 'AskTopicIntent',
    slot: { name: 'topic', id: 'medicine' },
  },
  {
    utterance: 'should I go see a doctor about this',
    intent: 'AskTopicIntent',
    slot: { name: 'topic', id: 'doctor' },
  },
  {
    utterance: 'when do I need to see a physician',
    intent: 'AskTopicIntent',
    slot: { name: 'topic', id: 'doctor' },
  },
  {
    utterance: 'does massage help with spasms',
    intent: 'AskTopicIntent',
    slot: { name: 'topic', id: 'massage' },
  },
  {
    utterance: 'how exactly do muscle relaxers work',
    intent: 'AskTopicIntent',
    slot: { name: 'topic', id: 'medicine' },
  },
  {
    utterance: 'what are the main triggers',
    intent: 'AskTopicIntent',
    slot: { name: 'topic', id: 'causes' },
  },
  {
    utterance: "I'd like to learn about stretching exercises",
    intent: 'AskTopicIntent',
    slot: { name: 'topic', id: 'stretching' },
  },
  {
    utterance: 'give me some info on stress spasms',
    intent: 'AskTopicIntent',
    slot: { name: 'topic', id: 'stress' },
  },
  {
    utterance: 'explain how muscles contract',
    intent: 'AskTopicIntent',
    slot: { name: 'topic', id: 'contraction' },
  },
  {
    utterance: 'Alexa, tell me about parkinsons',
    intent: 'AskTopicIntent',
    slot: { name: 'topic', id: 'parkinsons' },
  },
  {
    utterance: 'tell me what causes back spasms',
    intent: 'CausesIntent',
  },
  {
    utterance: 'um what is a lumbar spine exactly',
    intent: 'AskTopicIntent',
    slot: { name: 'topic', id: 'lower-back' },
  },
  {
    utterance: 'is stretching good for a back spasm',
    intent: 'AskTopicIntent',
    slot: { name: 'topic', id: 'stretching' },
  },
  {
    utterance: 'do vitamins help at all',
    intent: 'AskTopicIntent',
    slot: { name: 'topic', id: 'supplements' },
  },
  {
    utterance: 'should I be taking diazepam',
    intent: 'AskTopicIntent',
    slot: { name: 'topic', id: 'medicine' },
  },

  // Ice or heat
  { utterance: 'my back went into spasm when I picked up my kid, ice or heat?', intent: 'IceOrHeatIntent' },
  { utterance: 'should I be using ice or heat on it', intent: 'IceOrHeatIntent' },
  { utterance: 'is it better to put heat or cold on my back', intent: 'IceOrHeatIntent' },
  { utterance: 'hot or cold, which one?', intent: 'IceOrHeatIntent' },
  { utterance: 'what should I put on it, ice or heat', intent: 'IceOrHeatIntent' },
  { utterance: 'do I use an ice pack or a heating pad', intent: 'IceOrHeatIntent' },
  { utterance: "what's the best thing for a back spasm", intent: 'IceOrHeatIntent' },
  {
    utterance: 'ice or heat after lifting something heavy',
    intent: 'IceOrHeatIntent',
    slot: { name: 'situation', id: 'sudden' },
  },
  {
    utterance: 'should I use ice or heat for stress at work',
    intent: 'IceOrHeatIntent',
    slot: { name: 'situation', id: 'stress' },
  },
  { utterance: 'cold or hot for back spasms', intent: 'IceOrHeatIntent' },
  { utterance: 'how should I treat this spasm', intent: 'IceOrHeatIntent' },
  { utterance: 'which should I use, ice or heat?', intent: 'IceOrHeatIntent' },
  { utterance: 'Um, so, heat or ice for muscle spasms?', intent: 'IceOrHeatIntent' },
  { utterance: 'what do I do about my back spasm', intent: 'IceOrHeatIntent' },

  // Describing what happened
  {
    utterance: "I've been so stressed at work and now my back's seized up",
    intent: 'DescribeSituationIntent',
    slot: { name: 'situation', id: 'stress' },
  },
  {
    utterance: 'it happened when I was lifting a heavy box',
    intent: 'DescribeSituationIntent',
    slot: { name: 'situation', id: 'sudden' },
  },
  {
    utterance: "it's red and warm to the touch",
    intent: 'DescribeSituationIntent',
    slot: { name: 'situation', id: 'inflamed' },
  },
  {
    utterance: 'the spot is really swollen',
    intent: 'DescribeSituationIntent',
    slot: { name: 'situation', id: 'inflamed' },
  },
  {
    utterance: "I'm just worn out from a long week",
    intent: 'DescribeSituationIntent',
    slot: { name: 'situation', id: 'overuse' },
  },
  {
    utterance: 'it came on gradually over a few days',
    intent: 'DescribeSituationIntent',
    slot: { name: 'situation', id: 'overuse' },
  },
  {
    utterance: 'I was twisting to get out of the car',
    intent: 'DescribeSituationIntent',
    slot: { name: 'situation', id: 'sudden' },
  },
  {
    utterance: "honestly I'm exhausted",
    intent: 'DescribeSituationIntent',
    slot: { name: 'situation', id: 'overuse' },
  },
  {
    utterance: "I've been really anxious lately",
    intent: 'DescribeSituationIntent',
    slot: { name: 'situation', id: 'stress' },
  },
  {
    utterance: 'it all started after too much gardening this weekend',
    intent: 'DescribeSituationIntent',
    slot: { name: 'situation', id: 'overuse' },
  },
  {
    utterance: 'I want to do some stretches first',
    intent: 'DescribeSituationIntent',
    slot: { name: 'situation', id: 'stretching' },
  },
  {
    utterance: 'all of a sudden my back just locked up',
    intent: 'DescribeSituationIntent',
    slot: { name: 'situation', id: 'sudden' },
  },
  {
    utterance: "I'm about to stretch",
    intent: 'DescribeSituationIntent',
    slot: { name: 'situation', id: 'stretching' },
  },
  {
    utterance: 'I hurt my back playing golf',
    intent: 'DescribeSituationIntent',
    slot: { name: 'situation', id: null },
  },
  {
    utterance: 'I was moving furniture yesterday and felt it go',
    intent: 'DescribeSituationIntent',
    slot: { name: 'situation', id: 'sudden' },
  },
  {
    utterance: 'bent over to pick up the laundry',
    intent: 'DescribeSituationIntent',
    slot: { name: 'situation', id: 'sudden' },
  },
  {
    utterance: 'stressed out, mostly',
    intent: 'DescribeSituationIntent',
    slot: { name: 'situation', id: 'stress' },
  },

  // Timing
  { utterance: 'how long do I leave the ice pack on', intent: 'TimingIntent' },
  { utterance: 'how many minutes should the ice stay on', intent: 'TimingIntent' },
  { utterance: 'when is it time to switch over to heat', intent: 'TimingIntent' },
  { utterance: 'how long until I can use heat', intent: 'TimingIntent' },
  { utterance: 'so after the ice, then what?', intent: 'TimingIntent' },
  { utterance: 'how long should the ice stay on my back', intent: 'TimingIntent' },
  { utterance: 'when should I take the ice pack off', intent: 'TimingIntent' },
  { utterance: 'how long should I keep icing it', intent: 'TimingIntent' },
  { utterance: "what's the timing for ice and heat", intent: 'TimingIntent' },

  // Timers
  { utterance: 'can you set a timer for me', intent: 'SetTimerIntent' },
  { utterance: 'start a timer for twenty minutes please', intent: 'SetTimerIntent' },
  { utterance: 'set a 20 minute timer for the ice', intent: 'SetTimerIntent' },
  { utterance: 'remind me when to switch to heat', intent: 'SetTimerIntent' },
  { utterance: 'please time the ice', intent: 'SetTimerIntent' },
  { utterance: 'okay set the timer', intent: 'SetTimerIntent' },
  { utterance: 'cancel that timer', intent: 'CancelTimerIntent' },
  { utterance: 'stop my ice timer', intent: 'CancelTimerIntent' },
  { utterance: "I don't want the timer", intent: 'CancelTimerIntent' },
  { utterance: 'turn the timer off', intent: 'CancelTimerIntent' },
  { utterance: 'get rid of the ice timer please', intent: 'CancelTimerIntent' },

  // Why
  { utterance: "hmm why's that", intent: 'WhyIntent' },
  { utterance: 'why is ice better', intent: 'WhyIntent' },
  { utterance: 'wait, why?', intent: 'WhyIntent' },
  { utterance: 'why would that work', intent: 'WhyIntent' },
  { utterance: 'and why is that', intent: 'WhyIntent' },
  { utterance: 'why does the ice help', intent: 'WhyIntent' },
  { utterance: 'how come?', intent: 'WhyIntent' },

  // Another option
  {
    utterance: 'is a hot water bottle ok instead',
    intent: 'OtherOptionIntent',
    slot: { name: 'treatment', id: 'heat' },
  },
  {
    utterance: 'ok what about a heating pad then',
    intent: 'OtherOptionIntent',
    slot: { name: 'treatment', id: 'heat' },
  },
  {
    utterance: 'could I just use frozen peas',
    intent: 'OtherOptionIntent',
    slot: { name: 'treatment', id: 'ice' },
  },
  {
    utterance: 'can I use a warm towel instead',
    intent: 'OtherOptionIntent',
    slot: { name: 'treatment', id: 'heat' },
  },
  {
    utterance: 'would a hot bath be better',
    intent: 'OtherOptionIntent',
    slot: { name: 'treatment', id: 'heat' },
  },
  {
    utterance: 'how about using something cold',
    intent: 'OtherOptionIntent',
    slot: { name: 'treatment', id: 'ice' },
  },
  {
    utterance: "isn't heat better",
    intent: 'OtherOptionIntent',
    slot: { name: 'treatment', id: 'heat' },
  },
  {
    utterance: 'maybe a heating pad instead?',
    intent: 'OtherOptionIntent',
    slot: { name: 'treatment', id: 'heat' },
  },

  // Tell me more
  { utterance: 'tell me a bit more', intent: 'TellMeMoreIntent' },
  { utterance: 'keep talking', intent: 'TellMeMoreIntent' },
  { utterance: 'go on then', intent: 'TellMeMoreIntent' },
  { utterance: 'can you elaborate on that', intent: 'TellMeMoreIntent' },
  { utterance: 'more detail please', intent: 'TellMeMoreIntent' },
  { utterance: 'what else should I know', intent: 'TellMeMoreIntent' },

  // Free questions
  { utterance: 'how can I stop this from happening again', intent: 'QuestionIntent' },
  { utterance: 'is it safe to exercise with a back spasm', intent: 'QuestionIntent' },
  { utterance: 'can sleeping on a bad mattress cause spasms', intent: 'QuestionIntent' },
  { utterance: 'how do I know if it is a slipped disc', intent: 'QuestionIntent' },
  { utterance: 'why do I keep getting spasms at night', intent: 'QuestionIntent' },
  { utterance: 'when will the pain in my back go away', intent: 'QuestionIntent' },
  { utterance: 'is there anything I can do at my desk for my back', intent: 'QuestionIntent' },
  { utterance: 'how does sitting all day affect my back', intent: 'QuestionIntent' },

  // Built-ins
  { utterance: 'yeah go ahead', intent: 'AMAZON.YesIntent' },
  { utterance: 'sure thing', intent: 'AMAZON.YesIntent' },
  { utterance: 'yes please', intent: 'AMAZON.YesIntent' },
  { utterance: 'yep', intent: 'AMAZON.YesIntent' },
  { utterance: 'ok, sounds good', intent: 'AMAZON.YesIntent' },
  { utterance: 'nope', intent: 'AMAZON.NoIntent' },
  { utterance: "no thanks, I'm good", intent: 'AMAZON.NoIntent' },
  { utterance: 'not right now', intent: 'AMAZON.NoIntent' },
  { utterance: 'nah', intent: 'AMAZON.NoIntent' },
  { utterance: 'what can I say?', intent: 'AMAZON.HelpIntent' },
  { utterance: 'I need some help', intent: 'AMAZON.HelpIntent' },
  { utterance: 'what are my options', intent: 'AMAZON.HelpIntent' },
  { utterance: "okay that's enough", intent: 'AMAZON.StopIntent' },
  { utterance: 'shut up', intent: 'AMAZON.StopIntent' },
  { utterance: 'exit', intent: 'AMAZON.StopIntent' },
  { utterance: 'stop', intent: 'AMAZON.StopIntent' },
  { utterance: 'never mind', intent: 'AMAZON.CancelIntent' },
  { utterance: 'cancel', intent: 'AMAZON.CancelIntent' },
  { utterance: 'sorry, what did you say?', intent: 'AMAZON.RepeatIntent' },
  { utterance: 'can you say that again', intent: 'AMAZON.RepeatIntent' },
  { utterance: 'pardon?', intent: 'AMAZON.RepeatIntent' },
  { utterance: "let's start again from the beginning", intent: 'AMAZON.StartOverIntent' },
  { utterance: 'restart', intent: 'AMAZON.StartOverIntent' },
  { utterance: 'take me home', intent: 'AMAZON.NavigateHomeIntent' },

  // Out of domain
  { utterance: "what's the weather like", intent: 'AMAZON.FallbackIntent' },
  { utterance: 'play some music', intent: 'AMAZON.FallbackIntent' },
  { utterance: 'what time is it', intent: 'AMAZON.FallbackIntent' },
  { utterance: 'order me a pizza', intent: 'AMAZON.FallbackIntent' },
  { utterance: 'turn on the kitchen lights', intent: 'AMAZON.FallbackIntent' },
  { utterance: 'who won the football game last night', intent: 'AMAZON.FallbackIntent' },
  { utterance: 'tell me a joke', intent: 'AMAZON.FallbackIntent' },
  { utterance: 'set an alarm for seven am', intent: 'AMAZON.FallbackIntent' },
  { utterance: "what's on my calendar today", intent: 'AMAZON.FallbackIntent' },
  { utterance: 'add milk to my shopping list', intent: 'AMAZON.FallbackIntent' },
];
