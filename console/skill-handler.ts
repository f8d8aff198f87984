/**
 * The real skill, in-process: the esbuild bundle `dist/lambda/index.js` that Lambda runs, loaded with
 * require and called as Lambda calls it. Rebuilt first when missing or older than any file under lambda/.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { BUNDLE_FILE, LAMBDA_ENTRY, LAMBDA_OUT_DIR, LAMBDA_SOURCE_DIR } from '../build/config';

export type SkillHandler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

/** Alexa gives a skill 8 seconds to answer. */
const ALEXA_TIMEOUT_MS = 8_000;

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function bundleIsStale(): boolean {
  if (!existsSync(BUNDLE_FILE)) return true;
  return newestSourceMtime(LAMBDA_SOURCE_DIR) > statSync(BUNDLE_FILE).mtimeMs;
}

/**
 * Builds into a private directory, then renames into place: another console or test starting at the
 * same moment never requires a half-written bundle.
 */
async function rebuild(): Promise<void> {
  // Loaded only to rebuild: esbuild would slow every start-up.
  const { bundleLambda } = await import('../build/bundle.js');
  const outdir = join(LAMBDA_OUT_DIR, `.build-${process.pid}-${randomUUID()}`);
  mkdirSync(outdir, { recursive: true });
  try {
    const built = await bundleLambda(LAMBDA_ENTRY, outdir);
    renameSync(`${built}.map`, `${BUNDLE_FILE}.map`);
    renameSync(built, BUNDLE_FILE);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** A Lambda context like the one the runtime passes; the skill may read its request id or remaining time. */
function lambdaContext(): Context {
  const started = Date.now();
  const functionName = 'back-spasm-coach-console';
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '256',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local-console',
    getRemainingTimeInMillis: () => Math.max(0, ALEXA_TIMEOUT_MS - (Date.now() - started)),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

function isResponseEnvelope(value: unknown): value is ResponseEnvelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    'response' in value &&
    typeof value.response === 'object' &&
    value.response !== null
  );
}

/**
 * Wraps what the bundle exports as `handler` (or, for another skill id than the deployed one, what
 * its `createHandler` makes), checking both ends of the contract at run time.
 */
function asSkillHandler(exports: unknown, skillId: string | undefined): SkillHandler {
  if (
    typeof exports !== 'object' ||
    exports === null ||
    !('handler' in exports) ||
    !('createHandler' in exports)
  ) {
    throw new Error(`${BUNDLE_FILE} does not export a handler`);
  }
  const handler: unknown =
    skillId === undefined
      ? exports.handler
      : typeof exports.createHandler === 'function'
        ? exports.createHandler(skillId)
        : undefined;
  if (typeof handler !== 'function') throw new Error(`${BUNDLE_FILE}: handler is not a function`);
  return async (event) => {
    const result: unknown = await handler(event, lambdaContext());
    if (!isResponseEnvelope(result))
      throw new Error(`the skill answered ${JSON.stringify(result)}, not a response envelope`);
    return result;
  };
}

/**
 * The bundled skill handler, rebuilding the bundle first when it is stale. `log` hears about rebuilds
 * (the CLI sends it to stderr, keeping stdout for what Alexa says). With `skillId`, the handler
 * refuses requests signed for any other skill, as the deployed one does with SKILL_ID set.
 */
export async function loadBundledHandler(
  log: (message: string) => void = () => undefined,
  skillId?: string,
): Promise<SkillHandler> {
  if (bundleIsStale()) {
    log('building the skill bundle (lambda/ changed)…');
    const started = performance.now();
    await rebuild();
    log(`built ${BUNDLE_FILE} in ${Math.round(performance.now() - started)} ms`);
  }
  const load = createRequire(__filename);
  // A rebuilt bundle replaces the one an earlier console in this process loaded.
  delete load.cache[load.resolve(BUNDLE_FILE)];
  return asSkillHandler(load(BUNDLE_FILE), skillId);
}
