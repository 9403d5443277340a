#!/usr/bin/env node
// Entry of the `opsbench` command. Kept to syntax any old Node parses, so that the version
// check below can say what is wrong instead of the built code failing with a syntax error.
import { existsSync } from 'node:fs';
import nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';

var REQUIRED = [22, 14];

function newEnough(version) {
  var parts = version.split('.').map(Number);
  return parts[0] > REQUIRED[0] || (parts[0] === REQUIRED[0] && parts[1] >= REQUIRED[1]);
}

if (!newEnough(process.versions.node)) {
  process.stderr.write(
    'opsbench needs Node.js ' + REQUIRED.join('.') + ' or newer (this is ' + process.versions.node + '); ' + "run it through npm (npm run opsbench -- …) which uses the project's Node 24, or install Node 24 LTS.\n",
  );
  process.exit(1);
}

// `opsbench hq …` is the HQ server's program, which shares nothing with the desktop back end.
var cli = new URL(process.argv[2] === 'hq' ? '../out/main/hq.js' : '../out/main/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('OpsBench is not built yet: run npm run build\n');
  process.exit(1);
}
// V8's compile cache (in the OS temp folder): the second and later commands skip compiling the
// bundle, a third of a short command's time.
if (nodeModule.enableCompileCache) nodeModule.enableCompileCache();
import(cli.href);
