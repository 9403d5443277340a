import { useEffect } from 'react';
import type { BenchmarksRoute } from '../route';
import { PeerDetail } from './PeerDetail';
import { PeersList } from './PeersList';
import { peersStore } from './store';

/** 对标账号: the register, or one peer's page (`#/benchmarks/peers/<id>`). */
export function PeersTab({ route }: { route: BenchmarksRoute }) {
  useEffect(() => {
    void peersStore().getState().load();
  }, []);
  return route.peerId ? <PeerDetail peerId={route.peerId} /> : <PeersList />;
}
