/** The process logger (pino). JSON in production, readable in a terminal during development. */
import pino from 'pino';
import { getConfig } from '../config.ts';

const config = getConfig();

export const logger = pino({
  level: config.LOG_LEVEL,
  ...(config.NODE_ENV === 'development' && process.stdout.isTTY
    ? {
        transport: {
          target: 'pino-pretty',
          options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
        },
      }
    : {}),
});
