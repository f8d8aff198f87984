/** How a turn is printed: a few compact lines for people, or one JSON object per line for programs. */
import { type Explanation, JSON_FIELDS, type Turn } from './turn';

export interface RenderOptions {
  /** Add how the utterance was resolved. */
  explain: boolean;
}

/** The turn's JSON contract (plus `explain` when asked for), as one line. */
export function turnToJson(turn: Turn, { explain }: RenderOptions): string {
  const fields: Record<string, unknown> = {};
  for (const field of JSON_FIELDS) fields[field] = turn[field];
  if (explain) fields.explain = turn.explain;
  return JSON.stringify(fields);
}

function describeRequest(turn: Turn): string {
  const slots = Object.entries(turn.slots).map(([name, value]) => `${name}="${value}"`);
  const newSession = turn.exchange.request.session?.new ? ['new session'] : [];
  return `[${[turn.request, turn.intent, ...slots, ...newSession].filter(Boolean).join(' · ')}]`;
}

function describeExplanation(explain: Explanation): string {
  const slots = Object.entries(explain.slots).map(([name, slot]) => {
    const resolution =
      slot.resolution === 'ER_SUCCESS_MATCH' ? `→ ${slot.id}` : (slot.resolution ?? 'free text');
    return `${name}="${slot.value}" ${resolution}`;
  });
  const via = explain.sample === null ? 'no sample fits' : `via "${explain.sample}"`;
  const runnerUp = explain.runnerUp
    ? `; runner-up ${explain.runnerUp.intent} ${explain.runnerUp.score.toFixed(2)}`
    : '';
  return `nlu: ${[explain.intent, ...slots].join(' ')} · score ${explain.score.toFixed(2)} ${via}${runnerUp}`;
}

/** A turn for people: the request line, what Alexa says, then reprompt, card, directives as present. */
export function renderTurn(turn: Turn, { explain }: RenderOptions): string {
  const lines = [`  ${describeRequest(turn)}`];
  if (explain && turn.explain) lines.push(`  ${describeExplanation(turn.explain)}`);
  lines.push(`alexa> ${turn.speech || '(says nothing)'}`);
  if (turn.reprompt) lines.push(`  reprompt: ${turn.reprompt}`);
  if (turn.card)
    lines.push(
      `  card: ${turn.card.title}${turn.card.text ? ` — ${turn.card.text.replace(/\s*\n\s*/g, ' / ')}` : ''}`,
    );
  if (turn.directives.length > 0) lines.push(`  directives: ${turn.directives.join(', ')}`);
  if (turn.request !== 'SessionEndedRequest' && turn.ended) lines.push('  (session ended)');
  return lines.join('\n');
}
