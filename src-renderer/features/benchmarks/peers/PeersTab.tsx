import type { BenchmarksRoute } from '../route';

/** 对标账号: the register of peer accounts (being built). */
export function PeersTab({ route }: { route: BenchmarksRoute }) {
  return <div data-testid="peers-tab">{route.peerId}</div>;
}
