import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The product's structured logger (Powertools). Log attributes never hold client
 * identifiers: files are named by the first 12 characters of their content hash.
 * Level from POWERTOOLS_LOG_LEVEL; the command line sets it to SILENT unless asked.
 */
export function createLogger(serviceName = 'zorgplicht'): Logger {
  return new Logger({ serviceName });
}

export type { Logger };
