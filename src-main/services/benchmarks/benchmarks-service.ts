import type { DomainHandlers } from '../../../src-shared/contract/define';
import type { Contract } from '../../../src-shared/contract';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { createBenchmarkImportService } from './import/import-service';

// FOUNDATION PLACEHOLDER (issue 11, being built): every method answers `unsupported` until its
// helper lands it. This file is replaced before the issue closes.
export function createBenchmarksService(ctx: ServiceContext): DomainHandlers<Contract['benchmarks']> {
  const pending = () => {
    throw new AppError('unsupported', 'benchmarks are being built');
  };
  const built: Record<string | symbol, unknown> = { ...createBenchmarkImportService(ctx) };
  return new Proxy(built, { get: (target, key) => (key in target ? target[key] : pending) }) as DomainHandlers<Contract['benchmarks']>;
}
