/**
 * Whose back, how it started and how bad, said as people say it: typed through the console's NLU
 * into the real handler. Another body part (taken back, put first, or by its gym name), an animal's
 * back and a question outside the skill never get back advice; severity said by comparison, by what
 * it did or by counting gets the doctor; a movement outranks the activity around it; a topic said
 * together with the spasm is the topic asked about.
 */
import { describe, expect, it } from 'vitest';
import { createConsoleSession } from '../../console/session';
import { PHRASES, situation, topic } from '../../lambda/content';
import { invoke } from '../support/dialogue';

async function answerTo(utterance: string): Promise<string> {
  const voice = await createConsoleSession({ handler: invoke });
  return (await voice.say(utterance)).speech;
}

/** What each kind of answer says, in the skill's own words. */
const ANSWERS = {
  redirect: PHRASES.otherBodyPart,
  refusal: PHRASES.outOfDomain,
  doctor: topic('doctor').speech,
  'keeps coming back': topic('parkinsons').speech,
  'sudden-start advice': topic('sudden').speech,
  'why the lower back': topic('lower-back').speech,
  'massage answer': topic('massage').speech,
  'medicine answer': topic('medicine').speech,
  'how did it start': PHRASES.clarify,
  'heat answer': topic('heat').speech,
  'ice answer': topic('ice').speech,
  'ice and heat answer': topic('ice-and-heat').speech,
  'stress answer': topic('stress').speech,
  'stress advice': topic('stress-care').speech,
  'overuse advice': topic(situation('overuse').advice).speech,
  'timing answer': topic('timing').speech,
  'causes answer': topic('causes').speech,
  'injury answer': topic('injury').speech,
  'reason an overworked muscle stays tight': topic('overuse').why,
  'stretching advice': topic('stretching').speech,
  'supplements answer': topic('supplements').speech,
  goodbye: PHRASES.goodbye,
  'red and hot advice': topic(situation('inflamed').advice).speech,
  'no dose': PHRASES.noDose,
  help: PHRASES.help,
} as const;

/** What is said, the answer it gets, and the kind of phrasing it stands for. */
type Row = readonly [utterance: string, answer: keyof typeof ANSWERS, kind: string];

describe('what people say, and the answer they get', () => {
  it.each<Row>([
    ["it's my knee actually, not my back", 'redirect', 'the back taken back'],
    ["it's not me back, it's me shoulder", 'redirect', 'the back taken back'],
    [
      'i hurt my knee and my back a little but mostly the knee, should i ice it',
      'redirect',
      'the knee put first',
    ],
    ['my trap seized up after lifting weights, ice or heat', 'redirect', 'a muscle by its gym name'],
    ['tweaked my oblique lifting a box, should i ice it', 'redirect', 'a muscle by its gym name'],
    ['pulled my hammy sprinting, heat or ice', 'redirect', 'a muscle by its gym name'],
    ['my ankle got twisted and the muscle there is in spasm', 'redirect', 'what happened to another part'],
    ["shoulder's cooked from paddling too", 'redirect', "another part in another subject's words"],
    ['is it the same for a neck as for a back', 'redirect', 'the back as the yardstick'],
    [
      "i've got a spasm in me calf, is it the same deal as a back one",
      'redirect',
      'the back as the yardstick',
    ],
    [
      "my neck's in spasm from shoulder checking in traffic all day",
      'redirect',
      "another part in another subject's words",
    ],
    ["how's the weather looking in my neck of the woods", 'refusal', 'a saying that names a part'],
    ['my dog hurt his back jumping off the couch, ice or heat?', 'refusal', "the user's animal"],
    ['my cat has a sore back, should i use heat', 'refusal', "the user's animal"],
    ['my dog has a back spasm can i put ice on him', 'refusal', "the user's animal"],
    ['how long do i heat up me dinner in the microwave', 'refusal', "another subject in the skill's words"],
    ['turn up the heat in the house', 'refusal', "another subject in the skill's words"],
    ['i need ice for my drink', 'refusal', "another subject in the skill's words"],
    ['how many ice cubes go in a margarita', 'refusal', "another subject in the skill's words"],
    ['is it safe to drive on black ice', 'refusal', "another subject in the skill's words"],
    ['how do i keep my hot tub from freezing', 'refusal', "another subject in the skill's words"],
    ['tell me a joke', 'refusal', 'another subject'],
    ['how long do i cook a roast for', 'refusal', "another subject's timing"],
    ["what's twelve times eight", 'refusal', 'a sum'],
    ['how do i make ice cubes faster', 'refusal', "another subject in the skill's words"],
    ['will ice make it worse', 'ice answer', 'whether a treatment can harm, not a statement of worse pain'],
    ['worse than childbirth, honestly', 'doctor', 'severity by comparison'],
    ['it hurts so much i was actually sick', 'doctor', 'severity by what it did'],
    ['i had to crawl to the bathroom this morning', 'doctor', 'severity by what it did'],
    ["it's been going since thanksgiving", 'doctor', 'lasting since a holiday'],
    ['sore since christmas', 'doctor', 'lasting since a holiday'],
    ["it's way worse than the kidney stone i had last year", 'doctor', 'severity by comparison'],
    ['that was three weekends ago mind you, still sore', 'doctor', 'lasting, counted in weekends'],
    ['fourth spasm this year, what is going on', 'keeps coming back', 'spasms counted'],
    [
      'i have diabetes and my back keeps spasming',
      'keeps coming back',
      'recurrence said with another condition',
    ],
    ['i have diabetes can you help', 'refusal', 'another condition'],
    ["my kid's got a fever, what do i do", 'refusal', "someone else's illness"],
    ['my little one has a cough, what do i do', 'refusal', "someone else's illness"],
    ['my daughter has a sore back what should i give her', 'how did it start', "someone else's back"],
    [
      'frequently i am getting spasm in lower back, what is the reason',
      'keeps coming back',
      'recurrence said before a question',
    ],
    ["what is a spasm, mine's been going for two weeks", 'doctor', 'lasting said after a question'],
    ['i slipped on the stairs and my lower back spasmed', 'sudden-start advice', 'not a slipped disc'],
    [
      'i was shovelling heavy snow and twisted to throw it and my lower back seized',
      'sudden-start advice',
      'a sudden movement outranks the activity around it',
    ],
    ["dragged the wheelie bin down the drive and my back's gone", 'sudden-start advice', 'a load moved'],
    [
      "bent over to pick up the dog's bowl and me back's gone into spasm",
      'sudden-start advice',
      "someone else's dog in the user's own story",
    ],
    [
      'went to turn around in the car to grab the shopping and me back seized',
      'sudden-start advice',
      "the shopping in the user's own story",
    ],
    ['when should i see a doctor about a back spasm', 'doctor', 'a topic said with the spasm'],
    ['which doctor should i see', 'doctor', 'which doctor, not "see you"'],
    ['what gives you a back spasm', 'causes answer', 'what causes it, in other words'],
    ['and when does heat come in', 'timing answer', 'when to switch, in other words'],
    ['and then heat after how much time', 'timing answer', 'when to switch, in other words'],
    ['why is it always my lower back that spasms', 'why the lower back', 'a topic said with the spasm'],
    ['why does my back spasm so easily', 'why the lower back', 'the back, heard as "back spasm"'],
    ['what about my lower back', 'how did it start', "the user's own lower back"],
    ['how to stop it', 'how did it start', 'what to do, not "stop"'],
    [
      "work's been absolutely manic and my back's been tight as a drum",
      'stress advice',
      'stress in a word of its own',
    ],
    ['my back is sore after a double shift at the warehouse', 'overuse advice', 'a long stint of work'],
    ['does getting a massage help with a back spasm', 'massage answer', 'whether something helps'],
    ['what medication do they use for back spasms', 'medicine answer', 'which medicine'],
    ['can i take something for it', 'medicine answer', 'a medicine not named'],
    ['should i use a cold pack on my lower back', 'how did it start', 'a cold pack is no cold'],
    ['how hot fomentation helps the back', 'heat answer', 'a local word for heat, asked as a topic'],
    ["what's the difference between ice and heat for spasms", 'ice and heat answer', 'a comparison'],
    ["is it cold or warm you're meant to use", 'how did it start', 'a choice between the two'],
    ["what's the go, ice or heat", 'how did it start', 'a choice between the two'],
    [
      'should i put something hot or something cold on a back spasm',
      'how did it start',
      'a choice between the two',
    ],
    ['is it better to use cold or warmth for back pain', 'how did it start', 'a choice between the two'],
    ['how does stress lead to a spasm in your back', 'stress answer', 'how a cause works'],
    ['how does an injury set off a spasm', 'injury answer', 'how an injury works'],
    ['how does getting hurt cause a spasm', 'injury answer', 'how an injury works'],
    ['what happens in my body when an injury causes a spasm', 'injury answer', 'how an injury works'],
    ['why does it keep happening', 'keeps coming back', 'recurrence said in a question of why'],
    ['why do they keep coming back', 'keeps coming back', 'recurrence said in a question of why'],
    ['why does it happen in the lower back so much', 'why the lower back', 'why there'],
    ['so what should i do for a stress spasm', 'stress advice', 'what to do, for a situation'],
    ['is a back spasm serious', 'doctor', 'whether it is serious'],
    ['can a spasm be a sign of something serious', 'doctor', 'whether it is serious'],
    ['should i go see someone about my back spasm', 'doctor', 'whom to see, without "doctor"'],
    ["what's heat good for", 'heat answer', 'what a treatment is for'],
    ['when is heat better', 'heat answer', 'when a treatment is better'],
    ['heating pad yes or no', 'how did it start', 'a treatment weighed, not a yes'],
    [
      "hey so my back's spasming should i grab ice or my magic bag",
      'how did it start',
      'grabbing ice is no lifting',
    ],
    ['does using ice and heat really make it go away faster', 'ice and heat answer', 'whether both help'],
    ['the pain is so bad i can barely move my legs', 'doctor', 'legs that will not carry'],
    ['still not improving after a week', 'doctor', 'lasting, not a reminder in a week'],
    ["i can't go to work with it", 'doctor', 'severity by what it stopped'],
    ['the pain is debilitating', 'doctor', 'severity in a word'],
    ["i've had trouble with my bladder since my back went", 'doctor', 'a bladder with back pain'],
    ["it's not getting any better", 'doctor', 'lasting, said as no better'],
    ['it happens every now and then', 'keeps coming back', 'recurrence said loosely'],
    ['my upper spine is stiff, ice or heat', 'redirect', 'the upper spine'],
    ['my eyelid keeps twitching, is that a spasm', 'redirect', 'a part of the face'],
    [
      "my lower back's been spasming since i dragged the trampoline across the yard this morning",
      'sudden-start advice',
      'how it started, told as a statement of pain',
    ],
    ['my back is in spasm', 'how did it start', 'a spasm said, and nothing of how bad'],
    ['so i think i have a back spasm', 'how did it start', 'a spasm said, and nothing of how bad'],
    ['my lower back is tight', 'how did it start', 'a spasm said, and nothing of how bad'],
    ['my lower back is still in spasm', 'doctor', 'lasting, beside the plain statement'],
    ['the pain is savage', 'doctor', 'how bad, in words the skill does not know'],
    [
      'i tweaked my lower back doing bicep curls',
      'sudden-start advice',
      'the injury said before the activity',
    ],
    [
      'i was hoovering and twisted and my back went',
      'sudden-start advice',
      'the injury said after the activity',
    ],
    ['hurt my back at the gym deadlifting', 'sudden-start advice', 'the injury said before the activity'],
    [
      'i spent the whole saturday pulling weeds and now my lower back is locked up and tired',
      'overuse advice',
      'pulling weeds is no injury',
    ],
    ['coughed really hard and me lower back went into spasm hot or cold', 'sudden-start advice', 'a cough'],
    ['should i have a hot shower or put ice on it', 'how did it start', 'hot water, not hot skin'],
    ["the thing is it's happened loads of times before", 'keeps coming back', 'recurrence counted roughly'],
    [
      'my lower back has been in spasm since last monday, should i keep using heat',
      'doctor',
      'lasting since a day named',
    ],
    ['why does stress make my back spasm', 'stress answer', 'how stress does it, not every cause'],
    ["why does my back spasm when i'm stressed", 'stress answer', 'how stress does it, not every cause'],
    ['what medicine can i take for a back spasm', 'medicine answer', 'the medicine said before the spasm'],
    ['what diseases can cause muscle spasms', 'keeps coming back', 'diseases as a cause'],
    ['actually my neck hurts more than my back', 'redirect', 'another part put before the back'],
    [
      "i carry all my stress in my back and now it's spasming what should i do",
      'stress advice',
      'stress carried',
    ],
    [
      "came on after a long day on my feet at work, everything's just worn out",
      'overuse advice',
      'a saying split across two slots',
    ],
    ["it's between my shoulder blades, not down low", 'redirect', 'a denial in the slot before the part'],
    [
      'the lower back right above my hips is spasming after i moved the couch',
      'sudden-start advice',
      'the back placed by a part near it',
    ],
    [
      "my back is spasming because i've been hunched over my laptop all week",
      'overuse advice',
      'a posture held too long',
    ],
    ["what's better for a back spasm heat or cold", 'how did it start', 'which is better, asked first'],
    ['how long should i heat it for', 'timing answer', 'how long, for heat'],
    ['how much time should i leave the cold pack on', 'timing answer', 'how much time, for ice'],
    ['why does stress make my lower back lock up like this', 'stress answer', 'how a start brings it on'],
    [
      "what's going on in my back when i've overdone it at the gym",
      'reason an overworked muscle stays tight',
      'how a start brings it on',
    ],
    [
      'how come lifting something wrong makes the muscle clamp up',
      'injury answer',
      'how a start brings it on',
    ],
    ['this has happened about four times this year', 'keeps coming back', 'counting how often'],
    ["i've had it happen twice now", 'keeps coming back', 'counting how often'],
    ['my back went when i was hanging out the washing', 'sudden-start advice', 'the moment it went'],
    ['are calcium tablets any good for it', 'supplements answer', 'a supplement by what it comes as'],
    ["what's the point of calcium pills", 'supplements answer', 'a supplement by what it comes as'],
    ["what's the point of heat then", 'heat answer', 'the same question about a treatment'],
    ['what would my gp prescribe for this', 'medicine answer', 'what a doctor would give'],
    ['should i go to the emergency room with it', 'doctor', 'a doctor by the place'],
    ['righto ta', 'goodbye', "a country's way of saying goodbye"],
    ["fine, i'll stick with heat then", 'heat answer', 'a choice said back'],
    ["what's the thinking behind ice then heat", 'ice and heat answer', 'the two compared, in general'],
    ['could this be a nerve problem', 'keeps coming back', 'a neurological cause, in plain words'],
    ['should i be worried about it, is it something to worry about', 'doctor', 'whether it is serious'],
    ['i turned around to grab my bag off the back seat and it went', 'sudden-start advice', 'a turn'],
    [
      'my lower back seized up while i was getting out of the car, ice or heat',
      'sudden-start advice',
      'the moment it went',
    ],
    [
      'i was shifting bags of mulch all day and now my back is just beat',
      'overuse advice',
      'a load kept up all day',
    ],
    [
      'i was shifting bags of mulch all day and then i twisted and felt it go',
      'sudden-start advice',
      'a moment after a load kept up',
    ],
    [
      "i'm about to stretch out my back before the school run, is heat good",
      'stretching advice',
      'a long story around a word that only sounds like pain',
    ],
    ['my hamstrings are tight as well, should i heat them', 'redirect', 'another part said in the plural'],
    [
      'my father is eighty and the spasm keeps coming again and again',
      'keeps coming back',
      'recurrence in Indian English',
    ],
    ['is it true that ice numbs the pain', 'ice answer', 'what ice does, not numbness'],
    ['could the chemist give me anything for this', 'medicine answer', 'where medicine comes from'],
    [
      'tell me if ice or heat is better, i spent all afternoon digging the garden and now my lower back is worn out',
      'overuse advice',
      'how it started, inside a question about ice or heat',
    ],
    [
      'tell me what to do, i turned to grab the kettle and my back just clamped down',
      'sudden-start advice',
      'how it started, in a question no topic matches',
    ],
    [
      "tell me which to use, it isn't red or hot, it came on when i turned to reach the top shelf",
      'sudden-start advice',
      'a sign taken back with "isn\'t"',
    ],
    ['should i see the g p about it', 'doctor', 'a doctor in letters'],
    ['is that normal', 'doctor', 'whether it is normal'],
    ["it crept up on me, i've been really wound up at work", 'stress advice', 'stress in British words'],
    [
      'the skin there is reddish and warm, what should i put on it',
      'red and hot advice',
      'red, said loosely',
    ],
    ['how can i bring my blood sugar down', 'refusal', 'another health subject'],
    ['please tell me when to apply heat', 'heat answer', 'when to use a treatment'],
    ['and what dose', 'no dose', 'a dose, asked in two words'],
    ['how should i treat this', 'how did it start', 'how to treat it, with nothing said of how it started'],
    ['start a timer for the rice', 'refusal', 'a timer for the cooking'],
    ['put the kettle on', 'refusal', "another subject in the skill's words"],
    ['do hot packs and cold packs really work', 'ice and heat answer', 'both treatments named in one topic'],
    [
      'gonna stretch before my run, should i heat it first',
      'stretching advice',
      'stretching before an activity',
    ],
    ['what kind of things do you know about', 'help', 'what the skill knows'],
    ["should i keep using heat since it's still just as bad", 'doctor', 'no better, said as the same'],
    ["and if it won't settle?", 'doctor', 'no better, as the UK and Australia say it'],
    [
      'how many mg of valium should i take for a back spasm',
      'no dose',
      'an amount, asked with what it is for',
    ],
    ['my back is stiff because of too much tension at home', 'stress advice', 'how it feels, then why'],
    [
      'i am worried about moving house and my back is all tight',
      'stress advice',
      'stress named before the move it is about',
    ],
  ])('"%s" gets the %s (%s)', async (utterance, answer) => {
    // Act
    const speech = await answerTo(utterance);
    // Assess
    expect(speech).toContain(ANSWERS[answer]);
  });
});

describe('words that only sound like those', () => {
  it('does not refuse "what helps a spasm", whose one unknown word is "what"', async () => {
    // Act
    const speech = await answerTo('what helps a spasm');
    // Assess
    expect(speech).not.toContain(ANSWERS.refusal);
  });

  it('takes the times the user iced it for no sign that the spasm keeps coming back', async () => {
    // Act
    const speech = await answerTo('i iced it three times yesterday, should i heat it now');
    // Assess
    expect(speech).not.toContain(ANSWERS['keeps coming back']);
  });

  it('advises on the back when another part is only a comparison', async () => {
    // Act
    const speech = await answerTo("it's like a calf cramp but in me lower back, what do i do");
    // Assess
    expect(speech).not.toContain(ANSWERS.redirect);
  });

  it('takes "heading out" for no head', async () => {
    // Act
    const speech = await answerTo('heading out to the gym later, should i heat my back before i stretch');
    // Assess
    expect(speech).not.toContain(ANSWERS.redirect);
  });

  it('takes an animal the user lifted as how the spasm started, not whose back it is', async () => {
    // Act
    const speech = await answerTo(
      'it came on all of a sudden when i bent down to pick up the cat, should i use the hot water bottle',
    );
    // Assess
    expect(speech).not.toBe(ANSWERS.refusal);
    expect(speech).toMatch(/\bice\b/i);
  });
});

describe('safety that outlasts the turn it was said in', () => {
  async function answersTo(...utterances: string[]): Promise<string[]> {
    const voice = await createConsoleSession({ handler: invoke });
    const speeches: string[] = [];
    for (const utterance of utterances) speeches.push((await voice.say(utterance)).speech);
    return speeches;
  }

  /** A conversation: what is said each turn, and the answer it gets. */
  type Transcript = readonly (readonly [utterance: string, answer: keyof typeof ANSWERS])[];

  it.each<[string, Transcript]>([
    [
      'keeps a follow-up about ice or heat on the other body part, until the lower back is named',
      [
        ['my shoulder keeps cramping up', 'redirect'],
        ['would heat help it', 'redirect'],
        ["and my lower back, it's tight from all the stress", 'stress advice'],
      ],
    ],
    [
      'answers "can I just ice it?" after severe pain with the doctor, until the user says how it started',
      [
        ["the pain is so bad i can't stand up straight", 'doctor'],
        ['can i put ice on it anyway', 'doctor'],
        ['i lifted a heavy box', 'sudden-start advice'],
      ],
    ],
    [
      'keeps the redirect through "say that again"',
      [
        ['my shoulder keeps cramping up', 'redirect'],
        ['say that again', 'redirect'],
        ['what about heat', 'redirect'],
      ],
    ],
    [
      'hears a part of the body said with "\'s" after a story about the back',
      [
        ['bent over to tie my shoe and my back seized', 'sudden-start advice'],
        ["my calf's cramping as well, should i heat that", 'redirect'],
      ],
    ],
    [
      'hears a game the back went in as how it started, not as a question about the game',
      [
        ['ice or heat', 'how did it start'],
        ['got tackled at footy training', 'sudden-start advice'],
      ],
    ],
    [
      'asks how it started after a question about doctors, which says nothing about the pain',
      [
        ['when should i see a doctor', 'doctor'],
        ['should i use ice or heat', 'how did it start'],
      ],
    ],
  ])('%s', async (_behaviour, transcript) => {
    // Act
    const speeches = await answersTo(...transcript.map(([utterance]) => utterance));
    // Assess
    transcript.forEach(([, answer], turn) => {
      expect(speeches[turn]).toContain(ANSWERS[answer]);
    });
  });
});
