import type { RouteDef } from '../../lib/router';

// 运营方案: the list (`#/plans`) and one plan's composer (`#/plans/<id>`), whose right-hand panel
// shows the preview or, at `#/plans/<id>/exports`, the recorded exports (导出记录).

export type PlanPanel = 'preview' | 'exports';

export interface PlansRoute {
  name: 'plans';
  planId: string | null;
  panel: PlanPanel;
}

export const plansRouteDef: RouteDef<PlansRoute> = {
  name: 'plans',
  parse: ({ path: [area, planId, panel] }) => (area === 'plans' ? { name: 'plans', planId: planId ?? null, panel: planId && panel === 'exports' ? 'exports' : 'preview' } : null),
  href: ({ planId, panel }) => (planId ? `#/plans/${encodeURIComponent(planId)}${panel === 'exports' ? '/exports' : ''}` : '#/plans'),
};

export const plansHref = (): string => '#/plans';
/** One plan's composer, with its preview or its recorded exports. */
export const planHref = (planId: string, panel: PlanPanel = 'preview'): string => plansRouteDef.href({ name: 'plans', planId, panel });
