import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('the project', () => {
  it("has CI run exactly README's test command", () => {
    const readmeCommands = [...read('README.md').matchAll(/```sh\n([^\n]+)\n```/g)].map((m) => m[1]);
    const ciCommand = read('.ci/run').trim().split('\n').at(-1);
    expect(readmeCommands.slice(0, 2)).toEqual(['npm install && npm start', ciCommand]);
  });

  it('runs every npm script on the Node 24 it ships', () => {
    const pkg = JSON.parse(read('package.json'));
    expect(pkg.devDependencies.node).toMatch(/^\^?24/);
    expect(pkg.devDependencies.electron).toMatch(/^\^?(4[5-9]|[5-9]\d)/);
  });
});
