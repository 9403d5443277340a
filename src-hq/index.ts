// Entry of the HQ program (`opsbench hq …`, handed over by bin/opsbench.js). It shares nothing
// with the desktop back end but src-shared and src-docs (.dependency-cruiser.cjs: hq-stands-alone).

// FOUNDATION STUB (issue 14): the HQ helper replaces this with the command table.
const args = process.argv.slice(3);
process.stderr.write(`opsbench hq: not built yet (${args.join(' ')})\n`);
process.exitCode = 2;
