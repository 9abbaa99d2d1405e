/** `npm start`: runs the services named in SERVICES (default web,worker) until SIGINT/SIGTERM. */
import { logger } from './lib/logger.ts';
import { startServer } from './server.ts';

const server = await startServer();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'stopping');
    server.stop().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  });
}
