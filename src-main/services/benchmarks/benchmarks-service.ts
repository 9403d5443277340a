import type { DomainHandlers } from '../../../src-shared/contract/define';
import type { Contract } from '../../../src-shared/contract';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { createAnalysis } from './analysis';
import { createDiagnosis } from './diagnosis';
import { rankingFile } from './export-ranking';
import { createFiguresStore } from './figures-store';
import { createPeersService } from './peers';

// Benchmarks (对标, issue 11): peers and learnings (peers.ts), figures per period and per article
// (figures-store.ts), and the analysis over them (analysis.ts, diagnosis.ts, export-ranking.ts).

/**
 * IMPORTS PENDING: `previewImport`/`commitImport` come from helper "benchimport"
 * (`createBenchmarkImportService(ctx)` in `import/import-service.ts`); until it is merged they
 * answer `unsupported`.
 */
function pendingImports(): Pick<DomainHandlers<Contract['benchmarks']>, 'previewImport' | 'commitImport'> {
  const pending = () => {
    throw new AppError('unsupported', 'benchmark imports are being built');
  };
  return { previewImport: pending, commitImport: pending };
}

export function createBenchmarksService(ctx: ServiceContext): DomainHandlers<Contract['benchmarks']> {
  const analysis = createAnalysis(ctx);
  return {
    ...createPeersService(ctx),
    ...createFiguresStore(ctx),
    ...analysis,
    ...createDiagnosis(ctx),
    exportRanking: ({ period, format }) => rankingFile(analysis.ranking({ period }), format),
    ...pendingImports(),
  };
}
