/** Debian's Chromium: Playwright never downloads a browser here (DESIGN.md §6). */
export const CHROMIUM_PATH = process.env.OPSBENCH_CHROMIUM ?? '/usr/bin/chromium';

/** Without these, Chromium keeps dialling Google's hosts, which this closed network refuses. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
