/**
 * The one module that touches @nlpjs/neural: one perceptron per intent over a bag of features,
 * trained by gradient descent. Typed here so nothing else sees the library's loose API.
 */
import { NeuralNetwork, type NeuralSettings } from '@nlpjs/neural';

export interface Example {
  features: ReadonlyMap<string, number>;
  intent: string;
}

export interface IntentNetwork {
  /** Every feature the network was trained on. */
  readonly known: ReadonlySet<string>;
  /**
   * Each intent's output before the network's rectifier flattens every negative one to 0 (1 is what
   * training aimed at for the right intent): a long story may score below 0 for every intent, yet one is best.
   */
  scores(features: ReadonlyMap<string, number>): Map<string, number>;
}

/** `alpha` is the slope the network scales its outputs by: its scores are read back on that scale. */
export function trainNetwork(
  examples: readonly Example[],
  settings: NeuralSettings & { alpha: number },
): IntentNetwork {
  const network = new NeuralNetwork({ ...settings, log: false });
  network.train(
    examples.map(({ features, intent }) => ({
      input: Object.fromEntries(features),
      output: { [intent]: 1 },
    })),
  );
  const intents = [...new Set(examples.map(({ intent }) => intent))];
  return {
    known: new Set(examples.flatMap(({ features }) => [...features.keys()])),
    scores: (features) => {
      const input = Object.fromEntries(features);
      return new Map(
        intents.map((intent) => {
          const { weights = {}, bias = 0 } = network.explain(input, intent);
          const sum = Object.entries(weights).reduce(
            (total, [feature, weight]) => total + weight * (input[feature] ?? 0),
            bias,
          );
          return [intent, settings.alpha * sum];
        }),
      );
    },
  };
}
