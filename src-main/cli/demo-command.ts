import { isIsoDate } from '../../src-shared/domain/dates';
import { chosenDataDir } from '../session/data-dir';
import { parseChoice, parseCommandArgs, parseInteger, stringOption } from './args';
import { withBackend } from './backend-call';
import { AppError } from '../services/errors';
import { CliError, message, UsageError, type Command } from './command';

/** `opsbench demo`: writes the deterministic demo workspace (华东分公司), only into a folder named on purpose. */
export const demoCommand: Command = async (ctx) => {
  const { values } = parseCommandArgs('demo', ctx.args, { scale: { type: 'string' }, seed: { type: 'string' }, today: { type: 'string' }, replace: { type: 'boolean' } }, false);
  const dataDir = chosenDataDir(stringOption(values, 'data-dir'), ctx.io.env);
  if (!dataDir) throw new UsageError(message('cli.usage.needDemoDir'), 'demo');
  const scale = parseChoice('scale', stringOption(values, 'scale'), ['small', 'large'] as const, 'small', 'demo');
  const seed = parseInteger('seed', stringOption(values, 'seed'), 1, 0, 2 ** 31 - 1, 'demo');
  const replace = values.replace === true;
  const today = stringOption(values, 'today');
  if (today !== undefined && !isIsoDate(today)) throw new UsageError(message('cli.usage.badDate', { option: '--today', value: today }), 'demo');
  const counts = await withBackend(
    dataDir,
    async (backend) => {
      try {
        return backend.loadDemo({ scale, seed, replace, today });
      } catch (error) {
        if (error instanceof AppError && error.code === 'conflict') throw new CliError(message('validation.demo.notEmpty'), error.code);
        throw error;
      }
    },
    { program: 'opsbench demo' },
  );
  return {
    summary: message('cli.demo.done', { scale, seed, dataDir, ...counts }),
    data: { counts: { ...counts }, scale, seed, dataDir },
  };
};
