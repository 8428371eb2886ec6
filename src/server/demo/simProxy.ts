/**
 * In the demo the browser reaches the demo tenant through the app server: `/v1.0/...` and `/demo/...`
 * are forwarded to the simulator. The simulator (like Graph) answers from its own origin, but sends no
 * CORS headers, so a page on another port could not call it directly; going through one origin also
 * keeps the page's Content-Security-Policy at 'self'. Absolute links in answers (`@odata.nextLink`)
 * name the simulator's origin and are rewritten to the app's public origin, so paging stays on this
 * origin too. That origin comes from the server's configuration, never from the request's Host header,
 * which any client may set to send a victim's paging elsewhere.
 */
import { request } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError } from '../http/json.js';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer', 'host', 'content-length']);

/** Graph's surface and the demo sign-in endpoints. */
export function isSimPath(pathname: string): boolean {
  return pathname === '/v1.0' || pathname.startsWith('/v1.0/') || pathname.startsWith('/demo/');
}

/** `publicOrigin` is read per request: with PORT=0 the port is known only once the server listens. */
export function createSimProxy(simUrl: string, publicOrigin: () => string) {
  const target = new URL(simUrl);
  return (req: IncomingMessage, res: ServerResponse): Promise<void> =>
    new Promise((resolve) => {
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
      }
      const upstream = request({ protocol: target.protocol, hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => {
          let body = Buffer.concat(chunks);
          if (/json/i.test(String(answer.headers['content-type'] ?? ''))) {
            body = Buffer.from(body.toString('utf8').split(target.origin).join(publicOrigin()), 'utf8');
          }
          const out: Record<string, string | string[]> = {};
          for (const [name, value] of Object.entries(answer.headers)) {
            if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
          }
          out['content-length'] = String(body.length);
          res.writeHead(answer.statusCode ?? 502, out);
          res.end(body);
          resolve();
        });
        answer.on('error', () => {
          res.destroy();
          resolve();
        });
      });
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ECONNREFUSED' && !res.headersSent) {
          sendError(res, 502, 'badGateway', 'The demo tenant is not answering. Is `npm start` still running?');
        } else {
          // The simulator dropped the connection (a fault it injects on purpose): drop ours too, so
          // the browser's gateway sees what it would see from Graph.
          res.destroy();
        }
        resolve();
      });
      req.pipe(upstream);
    });
}
