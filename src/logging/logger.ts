import { createRequire } from 'node:module';
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

/**
 * Coloured, readable lines for a person watching a terminal in development; JSON lines whenever the
 * output goes to a file, a pipe or a log collector, and always in production.
 */
export function wantsPrettyLogs(nodeEnv: string | undefined, stdoutIsTTY: boolean | undefined): boolean {
  return stdoutIsTTY === true && nodeEnv !== 'production';
}

/**
 * pino-pretty is a development dependency: the production image leaves it out, and production never
 * asks for it. Without it the lines stay JSON.
 */
function prettyStream(destination: DestinationStream | undefined): DestinationStream | undefined {
  try {
    const pretty = createRequire(__filename)('pino-pretty') as typeof import('pino-pretty');
    return pretty({
      destination: destination ?? 1,
      sync: true,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname,context',
      messageFormat: '{if context}{context}: {end}{msg}',
    });
  } catch {
    return undefined;
  }
}

/** One event per line on stdout (or `destination`) at the configured level: JSON, or pretty when asked. */
export function createLogger(level: AppConfig['logLevel'], destination?: DestinationStream, pretty = false): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    (pretty && prettyStream(destination)) || destination,
  );
}
