import type { DomainHandlers } from '../../../src-shared/contract/define';
import type { Contract } from '../../../src-shared/contract';
import type { ServiceContext } from '../context';
import { createAnalysis } from './analysis';
import { createDiagnosis } from './diagnosis';
import { rankingFile } from './export-ranking';
import { createFiguresStore } from './figures-store';
import { createBenchmarkImportService } from './import/import-service';
import { createPeersService } from './peers';

// Benchmarks (对标, issue 11): peers and learnings (peers.ts), figures per period and per article
// (figures-store.ts), the analysis over them (analysis.ts, diagnosis.ts, export-ranking.ts) and
// the import of 新榜/西瓜数据/公众号后台 files (import/).
export function createBenchmarksService(ctx: ServiceContext): DomainHandlers<Contract['benchmarks']> {
  const analysis = createAnalysis(ctx);
  return {
    ...createPeersService(ctx),
    ...createFiguresStore(ctx),
    ...analysis,
    ...createDiagnosis(ctx),
    exportRanking: ({ period, format }) => rankingFile(analysis.ranking({ period }), format),
    ...createBenchmarkImportService(ctx),
  };
}
