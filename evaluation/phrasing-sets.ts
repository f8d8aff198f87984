/**
 * The phrasing sets written blind (evaluation/phrasings/brief.md and format.md): `heldout` is never
 * tuned on; `dev` to `dev15` are for tuning. Typed loaders, checked as they are read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSupportedLocale, type SupportedLocale } from '../lambda/locales';
import { isRecord } from '../lambda/records';

const SITUATIONS = ['sudden', 'red-hot', 'stress', 'overuse', 'stretching'] as const;
const TREATMENTS = ['ice', 'heat'] as const;
const SAFETY = ['severe', 'lasting', 'recurring', 'other-body-part'] as const;

export interface PhrasingTurn {
  say: string;
  expect: readonly string[];
  situation?: (typeof SITUATIONS)[number];
  treatment?: (typeof TREATMENTS)[number];
  bodyPart?: string;
  safety?: (typeof SAFETY)[number];
}

export interface PhrasingCase {
  id: string;
  locale: SupportedLocale;
  turns: readonly PhrasingTurn[];
}

/**
 * heldout: never tuned on. dev to dev15: tuned on; each written later than the one before, by
 * another writer, for breadth (dev4 for safety statements and other parts of the body).
 */
export const PHRASING_SETS = [
  'dev',
  'dev2',
  'dev3',
  'dev4',
  'dev5',
  'dev6',
  'dev7',
  'dev8',
  'dev9',
  'dev10',
  'dev11',
  'dev12',
  'dev13',
  'dev14',
  'dev15',
  'heldout',
] as const;
export type PhrasingSet = (typeof PHRASING_SETS)[number];
/** The sets tuning may read: every one but the held-out set. */
export const DEV_SETS = PHRASING_SETS.filter((set) => set !== 'heldout');

export function isPhrasingSet(value: unknown): value is PhrasingSet {
  return PHRASING_SETS.some((set) => set === value);
}

/** An optional field that is absent or one of `allowed`. */
function oneOf<T extends string>(
  value: unknown,
  field: string,
  where: string,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new Error(`${where}: "${field}" is ${JSON.stringify(value)}`);
  return found;
}

function readTurn(value: unknown, where: string): PhrasingTurn {
  if (!isRecord(value) || typeof value.say !== 'string' || !Array.isArray(value.expect)) {
    throw new Error(`${where}: a turn needs "say" and "expect"`);
  }
  const expect = value.expect.filter((label): label is string => typeof label === 'string');
  if (expect.length === 0 || expect.length !== value.expect.length) {
    throw new Error(`${where}: "expect" is a list of answer labels`);
  }
  const turn: PhrasingTurn = {
    say: value.say,
    expect,
    situation: oneOf(value.situation, 'situation', where, SITUATIONS),
    treatment: oneOf(value.treatment, 'treatment', where, TREATMENTS),
    bodyPart: typeof value.bodyPart === 'string' ? value.bodyPart : undefined,
    safety: oneOf(value.safety, 'safety', where, SAFETY),
  };
  return turn;
}

export function loadPhrasingSet(set: PhrasingSet): PhrasingCase[] {
  const file: unknown = JSON.parse(readFileSync(join(__dirname, 'phrasings', `${set}.json`), 'utf8'));
  if (!isRecord(file) || !Array.isArray(file.cases)) throw new Error(`${set}.json: no "cases"`);
  return file.cases.map((value: unknown, index: number): PhrasingCase => {
    const where = `${set}.json case ${index}`;
    if (!isRecord(value) || typeof value.id !== 'string' || !Array.isArray(value.turns)) {
      throw new Error(`${where}: a case needs "id" and "turns"`);
    }
    if (!isSupportedLocale(value.locale)) throw new Error(`${where}: unknown locale`);
    return { id: value.id, locale: value.locale, turns: value.turns.map((turn) => readTurn(turn, where)) };
  });
}
