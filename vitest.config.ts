import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';

const COMPILED_INDEX = join(__dirname, 'lambda', 'retrieval', 'compiled-index.ts');
const COMPILER = join(__dirname, 'build', 'topic-index.ts');

/**
 * Tests run lambda/ from source: the question index module is compiled from the content, as the
 * bundler does (build/bundle.ts), here inside the test's own module graph.
 */
const compiledIndex: Plugin = {
  name: 'compiled-question-index',
  load: (id) =>
    id === COMPILED_INDEX
      ? `import { compileTopicIndex } from ${JSON.stringify(COMPILER)};
         let compiled;
         export function compiledIndex() { return (compiled ??= compileTopicIndex()); }`
      : undefined,
};

export default defineConfig({
  plugins: [compiledIndex],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The skill logs every request; show those lines only for tests that fail.
    silent: 'passed-only',
  },
});
