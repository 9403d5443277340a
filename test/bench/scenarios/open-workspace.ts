import { summarize, type ScenarioResult } from '../stats';
import { callApi, startServer } from '../../helpers/web-server';
import { largeWorkspace } from '../workspace';

/** From spawning `opsbench web` on the large workspace to the API's first answer. */
export async function openWorkspace(): Promise<ScenarioResult> {
  const dataDir = largeWorkspace();
  const samples: number[] = [];
  for (let run = 0; run < 12; run++) {
    const start = performance.now();
    const server = await startServer(dataDir);
    try {
      await callApi(server, 'accounts.list');
      if (run >= 2) samples.push(performance.now() - start);
    } finally {
      await server.stop();
    }
  }
  return { name: 'opening the large workspace (process start to API answering)', unit: 'ms', summary: summarize(samples), budget: 500, kind: 'max' };
}
