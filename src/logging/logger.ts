import pino, { type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from '../config/app-config';

/**
 * Secrets that must never reach a log line, wherever they sit in a logged object. The request
 * log names its fields one by one, so this is the net under a careless `logger.info(object)`.
 */
export const REDACTED_PATHS = [
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...['password', 'currentPassword', 'newPassword', 'passwordHash', 'accessToken', 'refreshToken', 'token'].flatMap(
    (key) => [key, `*.${key}`],
  ),
];

/** One JSON line per event on stdout (or `destination`), at the configured level. */
export function createLogger(level: AppConfig['logLevel'], destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
