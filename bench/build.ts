/** Builds everything the bench runs, fresh, with the Lambda bundle's own esbuild options. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleLambda } from '../build/bundle';
import { LAMBDA_ENTRY } from '../build/config';

export interface Bundle {
  file: string;
  bytes: number;
}

/** A folder under the OS temp dir: no node_modules above it, so a bundle can only load what it holds. */
export function benchDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bsc-bench-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function bundle(entry: string, dir: string, name: string): Promise<Bundle> {
  const file = await bundleLambda(entry, join(dir, name));
  return { file, bytes: statSync(file).size };
}

export const OUR_ENTRY = LAMBDA_ENTRY;
export const MINIMAL_ENTRY = 'bench/baseline/minimal-skill.ts';
