// Entry of the HQ program (`opsbench hq …`, handed over by bin/opsbench.js). It shares nothing
// with the desktop back end but src-shared and src-docs (.dependency-cruiser.cjs: hq-not-desktop).
import { runHq } from './cli/run';

process.exitCode = await runHq(process.argv.slice(3));
