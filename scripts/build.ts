import { statSync } from 'node:fs';
import { bundleLambda } from './lambda-bundle';

bundleLambda().then(
  (outfile) => console.log(`built ${outfile} (${(statSync(outfile).size / 1024).toFixed(1)} KiB)`),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
