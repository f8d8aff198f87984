/** Makes the Lambda bundle with esbuild. Only code that really bundles imports this (it loads esbuild). */
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';
import { BUNDLE_FILE_NAME, LAMBDA_ENTRY, LAMBDA_OUT_DIR, REPO_ROOT } from './config';
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

/**
 * The one set of esbuild options for the Lambda bundle: `npm run build`, the console and the bench all use it.
 *
 * One CommonJS file, not ES modules split into chunks: measured on Node 24 (Lambda's runtime) and Node 20,
 * loading ES modules costs more than splitting the question index and the timer client out of the start
 * saves (docs/quality.md, "CommonJS or ES modules").
 */
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

export interface BuiltBundle {
  /** The file the Lambda runtime loads. */
  file: string;
  /** What went into each output file, byte by byte (esbuild's metafile; paths relative to the repository). */
  metafile: Metafile;
}

/** Bundles `entry` into `outdir`, returning the bundle's path and esbuild's account of what is in it. */
export async function buildLambdaBundle(entry = LAMBDA_ENTRY, outdir = LAMBDA_OUT_DIR): Promise<BuiltBundle> {
  const file = `${outdir}/${BUNDLE_FILE_NAME}`;
  const { metafile } = await build({
    ...lambdaBundleOptions,
    entryPoints: [entry],
    outfile: file,
    metafile: true,
    absWorkingDir: REPO_ROOT,
  });
  return { file, metafile };
}

/** Bundles `entry` into `outdir`, returning the bundle's path. */
export async function bundleLambda(entry = LAMBDA_ENTRY, outdir = LAMBDA_OUT_DIR): Promise<string> {
  return (await buildLambdaBundle(entry, outdir)).file;
}
