/** Makes the Lambda bundle with esbuild. Only code that really bundles imports this (it loads esbuild). */
import { type BuildOptions, build, type Plugin } from 'esbuild';
import { BUNDLE_FILE_NAME, LAMBDA_ENTRY, LAMBDA_OUT_DIR } from './config';
import { COMPILED_INDEX_MODULE, compiledIndexSource } from './topic-index';

/** Puts the question index, compiled from the content, into the bundle (see build/topic-index.ts). */
const compiledIndex: Plugin = {
  name: 'compiled-question-index',
  setup(bundle) {
    bundle.onLoad({ filter: COMPILED_INDEX_MODULE }, () => ({
      contents: compiledIndexSource(),
      loader: 'js',
    }));
  },
};

/** The one set of esbuild options for the Lambda bundle: `npm run build`, the console and the bench all use it. */
export const lambdaBundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  // Stack traces still map to file and line; leaving the sources out keeps the map small to parse at start.
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [compiledIndex],
} as const satisfies BuildOptions;

/** Bundles `entry` into `outdir`, returning the bundle's path. */
export async function bundleLambda(entry = LAMBDA_ENTRY, outdir = LAMBDA_OUT_DIR): Promise<string> {
  const outfile = `${outdir}/${BUNDLE_FILE_NAME}`;
  await build({ ...lambdaBundleOptions, entryPoints: [entry], outfile });
  return outfile;
}
