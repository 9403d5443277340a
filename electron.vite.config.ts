import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { antdStaticStyles } from './scripts/antd-static-styles';
import { THEME } from './src-renderer/shell/theme';

// One build for three programs: the Electron main process and the headless CLI/browser-mode
// server share src-main (out/main), the preload is CommonJS because sandboxed preloads cannot be
// ES modules, and the renderer is a plain web bundle that browser mode serves as it is.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundled rather than loaded from node_modules: drizzle-orm alone is hundreds of small
      // modules, and resolving them cost ~300 ms of every start (budget: 500 ms to the API).
      // better-sqlite3 stays external: it is a native addon.
      externalizeDeps: { exclude: ['drizzle-orm', 'zod', 'uuidv7'] },
      rollupOptions: {
        input: {
          main: resolve(__dirname, 'src-main/app/main.ts'),
          cli: resolve(__dirname, 'src-main/cli/index.ts'),
          // The HQ server (`opsbench hq …`): its own program, built beside the CLI so it shares
          // the bundled src-shared chunks; it imports nothing of src-main.
          hq: resolve(__dirname, 'src-hq/index.ts'),
        },
        // Shared code stays in out/main itself, so paths found from import.meta.url
        // (migrations/, package.json, ../renderer, ../preload) are the same from every file.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but electron: zod (the contract) is bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(__dirname, 'src-main/app/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [react(), antdStaticStyles({ theme: THEME })],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves bundles unminified; the renderer is parsed on every start.
      minify: process.env.OPSBENCH_NO_MINIFY ? false : true,
      // The first screen's libraries come in three files (React, antd, the rest), parsed in
      // parallel and cached apart; what only a lazy screen uses stays in that screen's chunk.
      // The app loads them from disk or 127.0.0.1, so the 500 kB web warning does not apply.
      chunkSizeWarningLimit: 800,
      rollupOptions: {
        input: resolve(__dirname, 'src-renderer/index.html'),
        output: {
          codeSplitting: {
            groups: [
              { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, tags: ['$initial'], priority: 3 },
              { name: 'antd', test: /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|@babel[\\/]runtime)[\\/]/, tags: ['$initial'], priority: 2 },
              { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 1 },
            ],
          },
        },
      },
    },
  },
});
