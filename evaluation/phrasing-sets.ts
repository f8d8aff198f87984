/**
 * The phrasing sets written blind (evaluation/phrasings/brief.md and format.md): `heldout` is never
 * tuned on; `dev`, `dev2` and `dev3` are for tuning. Typed loaders, checked as they are read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSupportedLocale, type SupportedLocale } from '../lambda/locales';

export interface PhrasingTurn {
  say: string;
  expect: readonly string[];
  situation?: 'sudden' | 'red-hot' | 'stress' | 'overuse' | 'stretching';
  treatment?: 'ice' | 'heat';
  bodyPart?: string;
  safety?: 'severe' | 'lasting' | 'recurring' | 'other-body-part';
}

export interface PhrasingCase {
  id: string;
  locale: SupportedLocale;
  turns: readonly PhrasingTurn[];
}

/**
 * heldout: never tuned on. dev, dev2, dev3: tuned on; each written later than the one before, by
 * another writer, for breadth.
 */
export type PhrasingSet = 'heldout' | 'dev' | 'dev2' | 'dev3';
export const PHRASING_SETS: readonly PhrasingSet[] = ['dev', 'dev2', 'dev3', 'heldout'];

export function isPhrasingSet(value: unknown): value is PhrasingSet {
  return PHRASING_SETS.some((set) => set === value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readTurn(value: unknown, where: string): PhrasingTurn {
  if (!isRecord(value) || typeof value.say !== 'string' || !Array.isArray(value.expect)) {
    throw new Error(`${where}: a turn needs "say" and "expect"`);
  }
  return value as unknown as PhrasingTurn;
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
