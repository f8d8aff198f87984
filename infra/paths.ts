import * as path from 'node:path';
import { LAMBDA_OUT_DIR } from '../scripts/lambda-bundle';

/** The repository root, so `cdk` works from any working directory. */
export const REPO_ROOT = path.resolve(__dirname, '..');

/** Where `npm run build` writes the Lambda bundle. */
export const DEFAULT_LAMBDA_CODE_DIR = path.join(REPO_ROOT, LAMBDA_OUT_DIR);
