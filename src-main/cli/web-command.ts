import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDataDir } from '../session/data-dir';
import { parseCommandArgs, parseInteger, stringOption } from './args';
import { withBackend } from './backend-call';
import { CliError, message, type Command } from './command';
import { openBrowser } from './open-browser';
import { rendererDir } from '../session/package-info';

/** `opsbench web`: browser mode. Reports once it is ready (scripts read the URL), then serves until Ctrl+C. */
export const webCommand: Command = async (ctx) => {
  const { values } = parseCommandArgs('web', ctx.args, { port: { type: 'string' }, 'no-open': { type: 'boolean' } }, false);
  const port = parseInteger('port', stringOption(values, 'port'), 0, 0, 65535, 'web');
  const index = join(rendererDir(), 'index.html');
  if (!existsSync(index)) throw new CliError(message('cli.error.notBuilt', { file: index }));
  const dataDir = resolveDataDir({ flag: stringOption(values, 'data-dir'), env: ctx.io.env });
  await withBackend(
    dataDir,
    async (backend) => {
      // Loaded here, not at the top: importing node:http makes Node load its fetch stack (~150 ms) that every other command would pay.
      const { startWebServer } = await import('../web/server');
      const server = await startWebServer({ backend, port, host: '127.0.0.1', rendererDir: rendererDir() }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE') throw new CliError(message('cli.error.portInUse', { port }));
        throw error;
      });
      ctx.report({
        summary: message('cli.web.ready', { url: server.url }),
        data: { counts: {}, url: server.url, dataDir },
        notes: [ctx.say(message('cli.web.serving', { dataDir }))],
      });
      if (!values['no-open']) openBrowser(server.oneTimeUrl(), process.platform, ctx.io.env);
      await ctx.io.waitForStop();
      await server.close();
    },
    { program: 'opsbench web', scheduleDigest: true, syncInBackground: true },
  );
};
