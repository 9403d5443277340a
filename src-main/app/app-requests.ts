import { readFile } from 'node:fs/promises';
import { isAssetPath, readAssetResponse } from '../services/library/asset-response';
import { CONTENT_SECURITY_POLICY } from '../web/security';
import { contentTypeOf, resolveStaticFile } from '../web/static-files';

// What app://opsbench/ answers, without Electron, so it is tested in Node (test/unit/app).

/** The built renderer with the same CSP as browser mode, and the library's images at /media/<sha256> from `dataDir`. */
export function appRequestHandler(rendererDir: string, dataDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
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
  };
}
