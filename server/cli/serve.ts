import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { startServer } from '../index';
import { createLogger } from '../log';
import { VERSION } from '../version';
import { buildClient, clientBuildIsStale } from './build-client';
import type { Command } from './io';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const serveCommand: Command = {
  name: 'serve',
  usage: `Usage: outcry serve [--port N] [--host H] [--build-if-needed]

Serves the API under /api/v1 and the dashboard from dist/client. Options override PORT and HOST.
  --build-if-needed   build the dashboard first when dist/client is missing or older than client/
Stops on SIGINT/SIGTERM after closing connections and the database.`,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, host: { type: 'string' }, 'build-if-needed': { type: 'boolean' } },
      strict: true,
    });
    const env = {
      ...io.env,
      ...(values.port ? { PORT: values.port } : {}),
      ...(values.host ? { HOST: values.host } : {}),
    };
    let config: ReturnType<typeof loadConfig>;
    try {
      config = loadConfig(env);
    } catch (err) {
      if (err instanceof ConfigError) {
        io.stderr.write(`outcry: ${err.message}\n`);
        return 2;
      }
      throw err;
    }
    const logger = createLogger({
      level: config.log,
      format: config.logFormat,
      write: (chunk) => io.stderr.write(chunk),
    });
    const log = logger.line;
    if (values['build-if-needed'] && clientBuildIsStale(ROOT)) await buildClient(ROOT, log);
    const server = await startServer({
      config,
      version: VERSION,
      staticDir: join(ROOT, 'dist', 'client'),
      log,
      logger,
    });
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    log('Shutting down...');
    await server.close();
    return 0;
  },
};
