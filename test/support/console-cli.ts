/** Runs the real console CLI (`npm start -- …args`) in a child process, as a user's shell would. */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export interface ConsoleRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `tsx console/main.ts …args` with `stdin` piped in; killed (status null) if it hangs. */
export function runConsole(args: readonly string[], stdin = ''): Promise<ConsoleRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [TSX, 'console/main.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', fail);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

/** The `--json` output: one object per line. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
