/**
 * Ids that Alexa's services hand out (a timer's, a reminder's) come back in replies and session
 * attributes we cannot trust: only a short run of letters, digits, dashes and dots is kept.
 */
const SERVICE_ID = /^[\w.-]{1,128}$/;

export function isServiceId(value: unknown): value is string {
  return typeof value === 'string' && SERVICE_ID.test(value);
}
