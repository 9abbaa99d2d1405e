import type { Command } from 'commander';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the web server and/or worker (SERVICES=web,worker; PORT, DATA_DIR, DATABASE_URL)')
    .option('-p, --port <port>', 'port to listen on (overrides PORT)')
    .option('--services <list>', 'web, worker or web,worker (overrides SERVICES)')
    .action(async (options: { port?: string; services?: string }) => {
      if (options.port) process.env.PORT = options.port;
      if (options.services) process.env.SERVICES = options.services;
      await import('../main.ts');
    });
}
