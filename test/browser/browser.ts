import { build } from 'esbuild';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium (CHROMIUM_PATH elsewhere); as root it runs only without its sandbox. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
}

/** The test page's script: the typed client and the flow it runs, bundled as an SPA would be. */
export async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, 'page', 'spa.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  return result.outputFiles[0].text;
}

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves the page (an empty document that loads the bundle) on its own origin. */
export async function servePage(script: string): Promise<PageServer> {
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/spa.js"></script></head><body></body></html>';
  const server: Server = createServer((req, res) => {
    if (req.url === '/spa.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(script);
    } else {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
