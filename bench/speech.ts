/**
 * How long each answer takes to say: every answer the skill can speak (evaluation/voice-budget.ts),
 * spoken by espeak-ng into a WAV file and timed from the file, then converted to Alexa's pace.
 *
 * Alexa's pace: Amazon publishes no words-per-minute figure for Alexa's voice (nor for Polly's: "no
 * standard speed (words per minute) is available"), so we assume 150 words a minute, the usual figure
 * for conversational English, counted the usual way: words over elapsed time, pauses included.
 *
 * espeak-ng's pace: its default `-s 175` is nominal; over our answers it measures faster (about 194
 * words a minute, words counted as the voice budget counts them, over the WAVs' total length). So the
 * conversion is calibrated on the answers themselves: seconds at Alexa's pace = espeak-ng's seconds ×
 * (espeak-ng's measured words per minute / 150). Across all answers that is their words at 150 a
 * minute; what the WAVs add is each answer's own shape: long words, numbers said out, and the pauses
 * at commas and full stops. (Scaling by the nominal 175 / 150 instead would read about 10% shorter.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { espeakVoice, findEspeak, wavSeconds, writeWav } from '../console/speak';
import type { SpokenAnswer } from '../evaluation/voice-budget';

/** Assumed: see above. */
export const ALEXA_WPM = 150;

export interface SpokenLength {
  label: string;
  words: number;
  /** At espeak-ng's own pace, from the WAV. */
  espeakSeconds: number;
  /** Converted to Alexa's pace. */
  alexaSeconds: number;
}

export interface SpokenLengths {
  answers: SpokenLength[];
  /** espeak-ng's pace over all the answers: their words over their WAVs' total seconds, per minute. */
  espeakWpm: number;
}

/** Each answer's spoken length, or null when espeak-ng is not installed. Two at a time (two cores). */
export async function spokenLengths(
  answers: readonly SpokenAnswer[],
  dir: string,
): Promise<SpokenLengths | null> {
  const executable = findEspeak();
  if (!executable) return null;
  const measured: Omit<SpokenLength, 'alexaSeconds'>[] = new Array(answers.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < answers.length; index = next++) {
      const answer = answers[index];
      if (!answer) continue;
      const wav = join(dir, `answer-${index}.wav`);
      await writeWav(executable, espeakVoice('en-US'), answer.text, wav);
      measured[index] = {
        label: answer.label,
        words: answer.words,
        espeakSeconds: wavSeconds(readFileSync(wav)),
      };
    }
  };
  await Promise.all([worker(), worker()]);
  const words = measured.reduce((sum, answer) => sum + answer.words, 0);
  const seconds = measured.reduce((sum, answer) => sum + answer.espeakSeconds, 0);
  const espeakWpm = (words * 60) / seconds;
  return {
    answers: measured.map((answer) => ({
      ...answer,
      alexaSeconds: (answer.espeakSeconds * espeakWpm) / ALEXA_WPM,
    })),
    espeakWpm,
  };
}
