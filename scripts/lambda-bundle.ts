import { type BuildOptions, build } from 'esbuild';

/** The one set of esbuild options for the Lambda bundle: `npm run build`, CDK, the console and the bench all use it. */
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
} as const satisfies BuildOptions;

export const LAMBDA_ENTRY = 'lambda/index.ts';
export const LAMBDA_OUT_DIR = 'dist/lambda';
/** Lambda handler string for the bundle: file `index.js`, export `handler`. */
export const LAMBDA_HANDLER = 'index.handler';

export async function bundleLambda(entry = LAMBDA_ENTRY, outdir = LAMBDA_OUT_DIR): Promise<string> {
  const outfile = `${outdir}/index.js`;
  await build({ ...lambdaBundleOptions, entryPoints: [entry], outfile });
  return outfile;
}
