// Child process of the import benches: previews one file `runs` times on a fresh workspace and
// prints one JSON line {samples, maxRssMb}. A process of its own, so its peak memory is the
// import's and nothing else's. argv: file path, runs.
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openBackend } from '../../../../src-main/session/backend';
import { dispatch } from '../../../../src-main/services/dispatch';

const [path, runs = '5'] = process.argv.slice(2);
const dataDir = mkdtempSync(join(tmpdir(), 'opsbench-bench-import-'));
const backend = openBackend({ dataDir: dataDir });
try {
  for (const [i, name] of ['悦汇·上海生活', '悦汇·杭州生活', '悦汇·南京生活'].entries()) {
    await dispatch(backend.handlers, 'accounts', 'create', { platform: 'wechat_subscription', name, handle: `bench_${i}`, purpose: 'brand', followers: 0, verified: false, updateFrequency: 'weekly', ownerId: null });
  }
  const file = { fileName: basename(path!), base64: readFileSync(path!).toString('base64') };
  const samples: number[] = [];
  let outcome = '';
  for (let run = 0; run < Number(runs); run++) {
    const start = performance.now();
    const envelope = await dispatch(backend.handlers, 'calendarTransfer', 'previewImport', file);
    samples.push(performance.now() - start);
    outcome = envelope.ok ? `previewed ${(envelope.data as { rows: unknown[] }).rows.length} rows` : `refused: ${envelope.error.issues?.[0]?.message ?? envelope.error.message}`;
  }
  process.stdout.write(`${JSON.stringify({ samples, outcome, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
} finally {
  backend.close();
  rmSync(dataDir, { recursive: true, force: true });
}
