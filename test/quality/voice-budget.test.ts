import { describe, expect, it } from 'vitest';
import { spokenAnswers, VOICE_BUDGET_WORDS, voiceBudget } from '../../evaluation/voice-budget';

describe('the voice budget', () => {
  it(`keeps every spoken answer to ${VOICE_BUDGET_WORDS} words or fewer`, () => {
    // Prepare
    const answers = spokenAnswers();
    // Act
    const budget = voiceBudget(answers);
    const tooLong = answers.filter((answer) => answer.words > VOICE_BUDGET_WORDS);
    // Assess
    console.info(
      `voice budget: ${budget.answers} answers, median ${budget.medianWords} words, ` +
        `longest ${budget.longest?.words} (${budget.longest?.label})`,
    );
    expect(budget.answers).toBeGreaterThan(50);
    expect(tooLong.map((answer) => `${answer.label}: ${answer.words} words`)).toEqual([]);
  });

  it('counts an answer together with the offer that follows it', () => {
    // Prepare
    const answers = spokenAnswers();
    // Act
    const sudden = answers.find((answer) => answer.label === 'sudden answer');
    // Assess
    expect(sudden?.text).toMatch(/switch to heat.*\?$/);
  });
});
