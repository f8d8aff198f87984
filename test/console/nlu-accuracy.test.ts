import { describe, expect, it } from 'vitest';
import { loadModel } from '../../console/nlu/compile-model';
import { formatAccuracy, measureAccuracy } from '../../evaluation/nlu-accuracy';
import { phrasings } from '../../evaluation/phrasings/nlu-table';

describe('the offline NLU on held-out phrasings', () => {
  it('understands at least 95% of real-sounding phrasings it was not given as samples', () => {
    // Prepare
    const model = loadModel('en-US');

    // Act
    const report = measureAccuracy(model, phrasings);
    console.log(formatAccuracy(report));

    // Assess
    expect(phrasings.length).toBeGreaterThanOrEqual(80);
    expect(report.intentCorrect / report.total).toBeGreaterThanOrEqual(0.95);
  });

  it('resolves the slot value a person means whenever it gets the intent right', () => {
    const report = measureAccuracy(loadModel('en-US'), phrasings);

    expect(report.slotCorrect / report.slotChecked).toBeGreaterThanOrEqual(0.95);
  });

  it('has no phrasing that is literally a sample utterance of the model', () => {
    const samples = new Set(
      loadModel('en-US')
        .samples.filter((sample) => sample.kind === 'exact')
        .map((sample) => sample.text.toLowerCase()),
    );

    const literal = phrasings.filter((phrasing) => samples.has(phrasing.utterance.toLowerCase()));

    expect(literal.filter((phrasing) => !phrasing.intent.startsWith('AMAZON.'))).toEqual([]);
  });
});
