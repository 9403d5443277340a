import { protocol } from 'electron';
import { appRequestHandler } from './app-requests';
import { APP_SCHEME } from './navigation';

// The window loads app://opsbench/ instead of file://: a file: page may read any local file and
// cannot carry response headers, so neither the origin check of IPC nor a header CSP would hold.

/** Must run before `app.whenReady()`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer and the library's images on app://opsbench/ (see app-requests.ts). */
export function serveRenderer(rendererDir: string, dataDir: string): void {
  protocol.handle(APP_SCHEME, appRequestHandler(rendererDir, dataDir));
}
