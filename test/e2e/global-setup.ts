import { rmSync } from 'node:fs';
import { DEMO_TODAY, ensureDemoTemplate, newTemplatesRoot } from './workspace-templates';

// Once per run, before any worker: the folder of this run's workspace templates (workers find
// it in the environment) and the demo most specs start from. Removed when the run ends.
export default async function globalSetup(): Promise<() => void> {
  const root = newTemplatesRoot();
  await ensureDemoTemplate(DEMO_TODAY);
  return () => rmSync(root, { recursive: true, force: true });
}
