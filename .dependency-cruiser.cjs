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
      from: { path: '^src-renderer/.*/store\\.ts$' },
      to: { path: '^src-renderer/.*/store\\.ts$' },
    },
    {
      name: 'components-import-no-store',
      comment: 'presentational components get their data as props; a component bound to a store is a feature file (issue 6)',
      severity: 'error',
      from: { path: '^src-renderer/components/' },
      to: { path: '^src-renderer/.*/store\\.ts$' },
    },
    {
      name: 'views-do-not-call-the-api',
      comment:
        'only stores (and lib/, which builds them) talk to the back end; views and hooks call stores (issue 6). ' +
        'Type-only imports are allowed: a type (ApiCallError to show an error) carries no call and is erased in the build. ' +
        'main.tsx, the composition root, asks for the first screen in one call and seeds the stores with it',
      severity: 'error',
      from: { path: '^src-renderer/', pathNot: ['^src-renderer/lib/', '^src-renderer/.*/store\\.ts$', '^src-renderer/main\\.tsx$'] },
      to: { path: '^src-renderer/lib/api\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'renderer-lib-and-components-below-features',
      comment: 'lib/ and components/ serve every feature, so they import no feature and no shell',
      severity: 'error',
      from: { path: '^src-renderer/(lib|components)/' },
      to: { path: '^src-renderer/(features|shell)/' },
    },
    {
      name: 'db-is-the-bottom',
      comment: 'the database layer (connection, schema, migrations, backups, table registry) imports nothing else of src-main',
      severity: 'error',
      from: { path: '^src-main/db/' },
      to: { path: '^src-main/', pathNot: '^src-main/db/' },
    },
    {
      name: 'sync-uses-only-db',
      comment: 'the sync repository sits on the database and under every service (DESIGN.md §5)',
      severity: 'error',
      from: { path: '^src-main/sync/' },
      to: { path: '^src-main/', pathNot: '^src-main/(db|sync)/' },
    },
    {
      name: 'file-formats-stand-alone',
      comment: 'src-main/export reads and writes files (CSV, .xlsx, .ics); it knows no database, service or transport',
      severity: 'error',
      from: { path: '^src-main/export/' },
      to: { path: '^src-main/', pathNot: '^src-main/export/' },
    },
    {
      name: 'services-below-session-and-transports',
      comment: 'services are called by the session and the transports, never the other way round; the demo uses services',
      severity: 'error',
      from: { path: '^src-main/services/' },
      to: { path: '^src-main/(session|demo|web|cli|app)/' },
    },
    {
      name: 'service-domains-meet-at-the-top',
      comment:
        "a domain's service folder may use another domain's top-level files (its *-service.ts and named helpers), " +
        'not the files of its capability subfolders (services/calendar/transfer/…), which are that domain’s own business',
      severity: 'error',
      from: { path: '^src-main/services/([^/]+)/' },
      to: { path: '^src-main/services/[^/]+/[^/]+/', pathNot: '^src-main/services/$1/' },
    },
    {
      name: 'demo-below-session-and-transports',
      comment: 'the demo builds a workspace through the services; the session loads it',
      severity: 'error',
      from: { path: '^src-main/demo/' },
      to: { path: '^src-main/(session|web|cli|app)/' },
    },
    {
      name: 'session-below-transports',
      comment: 'the workspace session and handler composition are used by the CLI, browser mode and Electron alike',
      severity: 'error',
      from: { path: '^src-main/session/' },
      to: { path: '^src-main/(web|cli|app)/' },
    },
    {
      name: 'web-knows-no-electron-or-cli',
      comment: 'browser mode is started by the CLI and reused by the Electron protocol handler, not the other way round',
      severity: 'error',
      from: { path: '^src-main/web/' },
      to: { path: '^src-main/(cli|app)/' },
    },
    {
      name: 'docs-stay-portable',
      comment:
        'src-docs (the document model composers and writers) runs in the desktop back end, the renderer (previews) and the HQ server: ' + 'src-shared and the docx library only; no Node, database, UI or other program',
      severity: 'error',
      from: { path: '^src-docs/' },
      to: {
        pathNot: ['^src-docs/', '^src-shared/', '^node_modules/(docx|fflate)/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'docs-no-builtins',
      severity: 'error',
      from: { path: '^src-docs/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'hq-not-desktop',
      severity: 'error',
      from: { path: '^src-hq/' },
      to: { path: ['^src-main/', '^src-renderer/', '^src-hq-console/', '^node_modules/(electron|react|react-dom|antd|better-sqlite3)/'] },
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
    // Keep `node_modules/…` paths when node_modules is a symlink (git worktrees share one install).
    preserveSymlinks: true,
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.web.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.json'] },
    exclude: { path: ['^out/'] },
  },
};
