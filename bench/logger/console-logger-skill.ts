/** The minimal skill logging through lambda/log.ts: JSON lines on console.info / console.error. */
import { logRequest } from '../../lambda/log';
import { loggedHandler } from './logged-skill';

export const handler = loggedHandler(logRequest);
