/**
 * The HTTP client behind every Alexa service call, with a deadline. ask-sdk-core's DefaultApiClient
 * waits as long as the service does, and a reply held up by a slow service breaks Alexa's 8-second
 * limit; this one gives up after `deadlineMs` so the skill can still answer in time.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { services } from 'ask-sdk-model';

/** Well inside Alexa's 8 seconds, with room for the rest of the reply. */
const SERVICE_DEADLINE_MS = 2500;

/** Far above any real reply of the Timers, Reminders or Settings APIs; a bigger one is not read. */
export const MAX_REPLY_BYTES = 64 * 1024;

/** The service did not answer in time; the request was abandoned. */
export class ServiceDeadlineError extends Error {
  override readonly name = 'ServiceDeadlineError';
}

/** The connection closed before the whole answer arrived. */
export class ServiceDroppedError extends Error {
  override readonly name = 'ServiceDroppedError';
}

/** The reply was larger than MAX_REPLY_BYTES: abandoned unread. */
export class ServiceReplyTooLargeError extends Error {
  override readonly name = 'ServiceReplyTooLargeError';
}

function headersOut(headers: services.ApiClientRequest['headers']): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { key, value } of headers) out[key] = [...(out[key] ?? []), value];
  return out;
}

function headersIn(headers: IncomingHttpHeaders): services.ApiClientResponse['headers'] {
  return Object.entries(headers).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((one) => ({ key, value: one })),
  );
}

export class DeadlineApiClient implements services.ApiClient {
  constructor(
    private readonly deadlineMs: number = SERVICE_DEADLINE_MS,
    private readonly maxReplyBytes: number = MAX_REPLY_BYTES,
  ) {}

  async invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    const url = new URL(request.url);
    // Alexa's endpoints are https; plain http is for the loopback fake in tests and the console.
    // Loaded on the first call, not at cold start: TLS is costly to load and most sessions never need it.
    const transport = url.protocol === 'http:' ? await import('node:http') : await import('node:https');
    return new Promise((resolve, reject) => {
      const outgoing = transport.request(
        url,
        { method: request.method, headers: headersOut(request.headers) },
        (response) => {
          const chunks: Buffer[] = [];
          let received = 0;
          response.on('data', (chunk: Buffer) => {
            received += chunk.length;
            if (received > this.maxReplyBytes)
              fail(new ServiceReplyTooLargeError(`reply over ${this.maxReplyBytes} bytes`));
            else chunks.push(chunk);
          });
          response.on('end', () => {
            clearTimeout(deadline);
            resolve({
              statusCode: response.statusCode ?? 0,
              headers: headersIn(response.headers),
              body: Buffer.concat(chunks).toString('utf8'),
            });
          });
          response.on('close', () => {
            if (!response.complete) fail(new ServiceDroppedError('connection closed mid-response'));
          });
        },
      );
      const fail = (error: Error): void => {
        clearTimeout(deadline);
        reject(error);
        outgoing.destroy();
      };
      const deadline = setTimeout(
        () => fail(new ServiceDeadlineError(`no answer within ${this.deadlineMs} ms`)),
        this.deadlineMs,
      );
      outgoing.on('error', fail);
      outgoing.end(request.body);
    });
  }
}
