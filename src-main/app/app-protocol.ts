import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { isAssetPath, readAssetResponse } from '../services/library/asset-response';
import { CONTENT_SECURITY_POLICY } from '../web/security';
import { contentTypeOf, resolveStaticFile } from '../web/static-files';
import { APP_SCHEME } from './navigation';

// The window loads app://opsbench/ instead of file://: a file: page may read any local file and
// cannot carry response headers, so neither the origin check of IPC nor a header CSP would hold.

/** Must run before `app.whenReady()`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer on app://opsbench/, with the same CSP as browser mode, and the library's images at /media/<sha256> from `dataDir`. */
export function serveRenderer(rendererDir: string, dataDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    if (isAssetPath(pathname)) {
      const asset = await readAssetResponse(dataDir, pathname);
      return new Response(asset.body, { status: asset.status, headers: { ...asset.headers, 'x-content-type-options': 'nosniff' } });
    }
    const file = await resolveStaticFile(rendererDir, pathname);
    if (!file) return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    return new Response(await readFile(file), {
      headers: { 'content-type': contentTypeOf(file), 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' },
    });
  });
}
