// Loaded with `node --require` before electronegativity 1.10, to make it dependable here:
// 1. No network but the package registries: its `got` calls (translations, Electron's release
//    list) crash the process from a retry timer instead of failing. Every `got` call now fails
//    at once, which the tool already handles ("No connectivity?").
// 2. Its CSV writer starts the header write and the rows append without waiting for either, so
//    the header sometimes overwrites the first finding. Writes to the report are made in order.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const offline = () => Promise.reject(new Error('offline: no network for electronegativity'));
offline.head = offline;
offline.get = offline;
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'got') return offline;
  return load.call(this, request, ...rest);
};

const report = process.env.ELECTRONEGATIVITY_REPORT && path.resolve(process.env.ELECTRONEGATIVITY_REPORT);
const writeFile = fs.writeFile;
fs.writeFile = function (file, data, options, callback) {
  if (!report || typeof file !== 'string' || path.resolve(file) !== report) return writeFile.apply(this, arguments);
  const done = typeof options === 'function' ? options : callback;
  let error = null;
  try {
    fs.writeFileSync(file, data, typeof options === 'function' ? undefined : options);
  } catch (e) {
    error = e;
  }
  if (done) process.nextTick(done, error);
};
