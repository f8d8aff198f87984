/**
 * Reads a reply back as the answer labels of evaluation/phrasings/brief.md, the way a listener
 * would: by what it says first. The phrasing sets name the answers a person expects with these
 * labels; this is the other half, from the skill's content, so a reply's label never depends on
 * which intent or handler produced it.
 */
import {
  PHRASES,
  type PhraseId,
  REMINDER_PHRASES,
  REMINDER_SAYINGS,
  type ReminderPhraseId,
  SITUATION_IDS,
  situation,
  TIMER_PHRASES,
  type TimerPhraseId,
  TOPIC_IDS,
  type TopicId,
  topic,
} from '../lambda/content';

/** The topic that answers each knowledge or advice label. */
const TOPIC_LABELS: Readonly<Record<TopicId, string>> = {
  spasm: 'what-is-spasm',
  causes: 'causes',
  'lower-back': 'why-lower-back',
  'ice-and-heat': 'ice-and-heat',
  injury: 'injury-mechanism',
  stress: 'stress-mechanism',
  'stress-care': 'advice-stress',
  overuse: 'advice-overuse',
  contraction: 'contraction',
  sudden: 'advice-sudden',
  timing: 'timing',
  ice: 'when-ice',
  heat: 'when-heat',
  stretching: 'advice-stretching',
  massage: 'massage',
  inflammation: 'advice-red-hot',
  supplements: 'supplements',
  doctor: 'doctor',
  parkinsons: 'recurring',
  medicine: 'medicine',
};

const PHRASE_LABELS: readonly (readonly [PhraseId, readonly string[]])[] = [
  ['welcome', ['welcome']],
  ['help', ['help']],
  ['goodbye', ['goodbye']],
  ['startOver', ['start-over']],
  ['clarify', ['ask-how-it-started']],
  ['unknownSituation', ['ask-how-it-started']],
  ['otherOptionNoSituation', ['ice-and-heat', 'ask-how-it-started']],
  ['noDose', ['no-dose']],
  ['noSupplementDose', ['no-dose']],
  ['otherBodyPart', ['other-body-part']],
  ['outOfDomain', ['out-of-domain']],
  ['notSure', ['not-sure']],
  ['moreExhausted', ['more']],
  ['timingByVoice', ['timing']],
  ['error', ['error']],
];

const TIMER_LABELS: readonly (readonly [TimerPhraseId, readonly string[]])[] = [
  ['set', ['timer-set']],
  ['alreadySet', ['timer-set']],
  ['askConsent', ['timer-set']],
  ['cancelled', ['timer-cancel']],
  ['alreadyGone', ['timer-cancel']],
  ['noTimerToCancel', ['timer-cancel']],
  ['cancelTrouble', ['timer-cancel']],
  ['cancelPermissionRevoked', ['timer-cancel']],
];

const SUPPLEMENT = 'reminder-supplement';
const CHECK_IN = 'reminder-checkin';
/** Lines both set-up flows say: either reminder counts. */
const EITHER = [SUPPLEMENT, CHECK_IN];

const REMINDER_LABELS: readonly (readonly [ReminderPhraseId, readonly string[]])[] = [
  ['supplementOffer', [SUPPLEMENT]],
  ['askTime', [SUPPLEMENT]],
  ['checkInOffer', [CHECK_IN]],
  ['noTimer', [CHECK_IN]],
  ['checkInRange', [CHECK_IN]],
  ['askConsent', EITHER],
  ['consentDenied', EITHER],
  ['consentNotAnswered', EITHER],
  ['consentLost', EITHER],
  ['noTimeZone', EITHER],
  ['permissionRevoked', EITHER],
  ['unsupported', EITHER],
  ['refused', EITHER],
  ['trouble', EITHER],
  ['listNone', ['reminder-list']],
  ['listNoPermission', ['reminder-list']],
  ['listTrouble', ['reminder-list']],
  ['unsupportedHere', ['reminder-list', 'reminder-cancel']],
  ['nothingToCancel', ['reminder-cancel']],
  ['noSupplementToCancel', ['reminder-cancel']],
  ['noCheckInToCancel', ['reminder-cancel']],
  ['whichToCancel', ['reminder-cancel']],
  ['cancelNoPermission', ['reminder-cancel']],
  ['cancelTrouble', ['reminder-cancel']],
];

/** What two renderings of a line that speaks a time, a day or a count share: the words before the values. */
function sharedStart(a: string, b: string): string {
  let end = 0;
  while (end < a.length && a[end] === b[end]) end += 1;
  return a.slice(0, end);
}

/** The reminder lines that speak values, by the words they open with. */
const REMINDER_SAYING_LABELS: readonly { text: string; labels: readonly string[] }[] = [
  {
    text: sharedStart(REMINDER_SAYINGS.setSupplement('07:00'), REMINDER_SAYINGS.setSupplement('21:30')),
    labels: [SUPPLEMENT],
  },
  {
    text: sharedStart(
      REMINDER_SAYINGS.setCheckIn('2026-01-05', '07:00'),
      REMINDER_SAYINGS.setCheckIn('2026-12-31', '21:30'),
    ),
    labels: [CHECK_IN],
  },
  {
    text: sharedStart(REMINDER_SAYINGS.count(1, 1), REMINDER_SAYINGS.count(4, 3)),
    labels: ['reminder-list'],
  },
  {
    text: sharedStart(REMINDER_SAYINGS.cancelled('supplement', 1), REMINDER_SAYINGS.cancelled('check-in', 2)),
    labels: ['reminder-cancel'],
  },
];

/**
 * Reasons that are also another label of brief.md's: ice's and heat's "why" (blood flow, a tight
 * muscle loosening) is what it calls `when-ice` and `when-heat`; overuse's (too much calcium keeps
 * the muscle tight) is its `contraction`, "why an overused muscle stays tight".
 */
const WHY_IS_ALSO: Readonly<Partial<Record<TopicId, string>>> = {
  ice: 'when-ice',
  heat: 'when-heat',
  overuse: 'contraction',
};

/** Every line a reply can open with, and what it counts as; longest first, so a prefix never wins. */
const OPENINGS: readonly { text: string; labels: readonly string[] }[] = [
  ...TOPIC_IDS.flatMap((id) => [
    { text: topic(id).speech, labels: [TOPIC_LABELS[id]] },
    { text: topic(id).why, labels: ['why', ...(WHY_IS_ALSO[id] ? [WHY_IS_ALSO[id]] : [])] },
    ...topic(id).more.map((text) => ({ text, labels: ['more'] })),
  ]),
  ...SITUATION_IDS.flatMap((id) => [
    { text: situation(id).verdict.ice, labels: ['verdict-ice'] },
    { text: situation(id).verdict.heat, labels: ['verdict-heat'] },
  ]),
  ...PHRASE_LABELS.map(([id, labels]) => ({ text: PHRASES[id], labels })),
  ...TIMER_LABELS.map(([id, labels]) => ({ text: TIMER_PHRASES[id], labels })),
  ...REMINDER_LABELS.map(([id, labels]) => ({ text: REMINDER_PHRASES[id], labels })),
  ...REMINDER_SAYING_LABELS,
].sort((a, b) => b.text.length - a.text.length);

/** What a reply counts as; `previous` is the reply before it, for "repeat". */
export function heardLabels(speech: string, previous?: string): Set<string> {
  const labels = new Set(OPENINGS.find(({ text }) => speech.startsWith(text))?.labels ?? ['other']);
  if (speech.includes(PHRASES.clarify)) labels.add('ask-how-it-started');
  if (previous !== undefined && speech === previous) labels.add('repeat');
  return labels;
}

/** Answers that send the user to a doctor: what every severe, lasting or recurring statement must get. */
export const DOCTOR_ANSWERS: ReadonlySet<string> = new Set(['doctor', 'recurring', 'medicine']);

/** Answers that are advice for the back: never for a question about another body part. */
export const BACK_ADVICE: ReadonlySet<string> = new Set([
  'advice-sudden',
  'advice-red-hot',
  'advice-stress',
  'advice-overuse',
  'advice-stretching',
  'verdict-ice',
  'verdict-heat',
  'timing',
  'timer-set',
  'when-ice',
  'when-heat',
  'ice-and-heat',
  'massage',
  'supplements',
]);

/** A polite refusal: "not sure" counts as one for an out-of-domain question. */
export function satisfies(expected: readonly string[], heard: ReadonlySet<string>): boolean {
  return expected.some((label) => heard.has(label) || (label === 'out-of-domain' && heard.has('not-sure')));
}
