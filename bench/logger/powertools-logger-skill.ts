/** The minimal skill logging through @aws-lambda-powertools/logger, with the same fields. */
import { Logger } from '@aws-lambda-powertools/logger';
import { loggedHandler } from './logged-skill';

const logger = new Logger({ serviceName: 'back-spasm-coach' });

export const handler = loggedHandler((entry) => logger.info('request', { ...entry }));
