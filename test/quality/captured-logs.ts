/** Everything the skill writes to the console or to stdout and stderr, captured instead of printed. */
import { format } from 'node:util';
import { vi } from 'vitest';

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

export interface CapturedLogs {
  /** One entry per console call or stream write, as it would have been printed. */
  readonly lines: string[];
  restore(): void;
}

export function captureLogs(): CapturedLogs {
  const lines: string[] = [];
  const spies = [
    ...CONSOLE_METHODS.map((method) =>
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        lines.push(format(...args));
      }),
    ),
    ...[process.stdout, process.stderr].map((stream) =>
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return true;
      }),
    ),
  ];
  const restore = (): void => {
    for (const spy of spies) spy.mockRestore();
  };
  return { lines, restore };
}
