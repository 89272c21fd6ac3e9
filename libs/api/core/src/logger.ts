import { ConsoleLogger } from '@nestjs/common';

/** JSON lines in production (for log shippers), readable coloured lines in development. */
export function createLogger(production: boolean): ConsoleLogger {
  return new ConsoleLogger('Planbord', { json: production, colors: !production, timestamp: !production });
}
