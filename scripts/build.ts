/** `npm run build`: the Lambda bundle into dist/lambda. */
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { bundleLambda } from '../build/bundle';

bundleLambda().then(
  (outfile) =>
    console.log(
      `built ${relative(process.cwd(), outfile)} (${(statSync(outfile).size / 1024).toFixed(1)} KiB)`,
    ),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
