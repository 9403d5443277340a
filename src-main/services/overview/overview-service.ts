import type { DomainHandlers } from '../../../src-shared/contract/define';
import type { overviewContract, Overview } from '../../../src-shared/contract/overview';
import type { ServiceContext } from '../context';
import { createAppraisal } from '../team/appraisal';
import { createCalendarCards } from './calendar-cards';
import { createWorkCards } from './work-cards';

// 工作台 reads the other domains' tables directly (it writes nothing), in one read transaction so
// every card shows the same moment.

export function createOverviewService(ctx: ServiceContext): DomainHandlers<typeof overviewContract> {
  const calendar = createCalendarCards(ctx);
  const work = createWorkCards(ctx);
  const appraisal = createAppraisal(ctx);
  return {
    get({ today }): Overview {
      const read = ctx.sqlite.transaction((): Overview => ({
        today,
        ...calendar.today(today),
        week: calendar.week(today),
        reviews: calendar.reviews(),
        activities: work.activities(today),
        budget: work.budget(today),
        kpis: appraisal({ month: today.slice(0, 7), today }),
        concerns: work.concerns(),
      }));
      return read.deferred();
    },
  };
}
