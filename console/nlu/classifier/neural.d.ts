/** The part of @nlpjs/neural's untyped API the classifier uses. */
declare module '@nlpjs/neural' {
  export interface NeuralSettings {
    iterations?: number;
    errorThresh?: number;
    deltaErrorThresh?: number;
    learningRate?: number;
    momentum?: number;
    /** Slope of the leaky ReLU each output applies. */
    alpha?: number;
    log?: boolean;
  }

  export interface NeuralExample {
    input: Record<string, number>;
    output: Record<string, number>;
  }

  export interface TrainingStatus {
    error: number;
    deltaError: number;
    iterations: number;
  }

  export class NeuralNetwork {
    constructor(settings?: NeuralSettings);
    train(corpus: NeuralExample[]): TrainingStatus;
    /** One score per output; the same object is reused by the next call. */
    run(input: Record<string, number>): Record<string, number> | undefined;
    /** The output's weight for each known feature of `input`, and its bias: {} for an unknown output. */
    explain(
      input: Record<string, number>,
      output: string,
    ): { weights?: Record<string, number>; bias?: number };
  }
}
