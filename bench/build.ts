/** Builds everything the bench runs, fresh, with the Lambda bundle's own esbuild options. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { buildLambdaBundle } from '../build/bundle';
import { LAMBDA_ENTRY, REPO_ROOT } from '../build/config';

export interface Bundle {
  /** The file a Lambda runtime would load. */
  file: string;
  /** Every JavaScript file the bundle is made of (source maps aside), in bytes on disk. */
  bytes: number;
  /** The same, gzipped: about what a deployment zip holds. */
  gzipBytes: number;
  metafile: Metafile;
}

/** A folder under the OS temp dir: no node_modules above it, so a bundle can only load what it holds. */
export function benchDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bsc-bench-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function bundle(entry: string, dir: string, name: string): Promise<Bundle> {
  const { file, metafile } = await buildLambdaBundle(entry, join(dir, name));
  const code = Object.keys(metafile.outputs)
    .filter((output) => !output.endsWith('.map'))
    .map((output) => readFileSync(join(REPO_ROOT, output)));
  return {
    file,
    bytes: code.reduce((sum, bytes) => sum + bytes.length, 0),
    gzipBytes: code.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0),
    metafile,
  };
}

export const OUR_ENTRY = LAMBDA_ENTRY;
export const MINIMAL_ENTRY = 'bench/baseline/minimal-skill.ts';
/** The minimal skill writing the same one JSON log line per request that ours writes. */
export const LOGGED_MINIMAL_ENTRY = 'bench/baseline/logged-minimal-skill.ts';
