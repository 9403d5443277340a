/**
 * The layering of DESIGN.md §2, checked on every `npm test`: a wrong import fails the build.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const nodeBuiltins = ['^node:', '^(fs|path|os|child_process|crypto|http|https|net|url|util|stream|events|worker_threads)$'];

module.exports = {
  forbidden: [
    {
      name: 'shared-stays-pure',
      comment: 'src-shared runs in all three programs: zod and dayjs only, no Node, Electron, React or other src-*',
      severity: 'error',
      from: { path: '^src-shared/' },
      to: { pathNot: ['^src-shared/', '^node_modules/(zod|dayjs)/', '^resources/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'shared-no-builtins',
      severity: 'error',
      from: { path: '^src-shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'main-no-electron-outside-app',
      comment: 'only src-main/app may touch Electron',
      severity: 'error',
      from: { path: '^src-main/', pathNot: '^src-main/app/' },
      to: { path: ['^node_modules/electron/', '^electron$'] },
    },
    {
      name: 'main-no-ui',
      severity: 'error',
      from: { path: '^src-main/' },
      to: { path: ['^src-renderer/', '^src-hq/', '^node_modules/(react|react-dom|antd|zustand|@tiptap)/'] },
    },
    {
      name: 'renderer-no-node',
      comment: 'the renderer is a web page: no Node, Electron, database or back-end code',
      severity: 'error',
      from: { path: '^src-renderer/' },
      to: { path: ['^src-main/', '^src-hq/', '^node_modules/(electron|better-sqlite3|drizzle-orm|drizzle-kit)/', ...nodeBuiltins] },
    },
    {
      name: 'renderer-no-builtins',
      severity: 'error',
      from: { path: '^src-renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'stores-do-not-import-stores',
      comment: 'DESIGN.md §2: stores never import each other',
      severity: 'error',
      from: { path: '^src-renderer/features/([^/]+)/store\\.ts$' },
      to: { path: '^src-renderer/features/([^/]+)/store\\.ts$', pathNot: '^src-renderer/features/$1/store\\.ts$' },
    },
    {
      name: 'hq-not-desktop',
      severity: 'error',
      from: { path: '^src-hq/' },
      to: { path: ['^src-main/', '^src-renderer/', '^node_modules/(electron|react|react-dom|antd)/'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src-' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.web.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.json'] },
    exclude: { path: ['^out/', '^node_modules/'] },
  },
};
