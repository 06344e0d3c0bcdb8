/**
 * Shared set-up for the end-to-end tests: Debian's Chromium with the built extension loaded, and a
 * static server for test pages on 127.0.0.1 (never a live site).
 */
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const PAGES_DIR = join(ROOT, 'tests/e2e/pages');
export { CORPUS_DIR } from '../../scripts/shared-dir.ts';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The part of the `chrome` API the tests call inside the service worker. */
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string; pendingUrl?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<{ res?: unknown; err?: unknown } | undefined>;
  };
};

/**
 * Flags for headless Chromium on this kind of machine: no sandbox as root, and none of the
 * background traffic (updates, sync, QUIC) that a closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium without the extension, for reference renderings and baselines. */
export async function launchPlain(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /** Closes the browser; removes the profile unless `keepProfile` (for restart tests). */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Launches Chromium with the built extension; pass `userDataDir` to reopen a kept profile. */
export async function launchWithExtension(
  options: { userDataDir?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'nk-context-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...CHROMIUM_ARGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface PageServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves files from `roots` (first match wins) on 127.0.0.1. A route in `headers` adds response
 * headers (for example a strict Content-Security-Policy); `routes` answers a path with fixed HTML.
 * Anything not found is a 404, so a page's missing images or scripts never reach the network.
 */
export async function servePages(
  options: {
    roots?: string[];
    headers?: Record<string, Record<string, string>>;
    routes?: Record<string, string>;
  } = {},
): Promise<PageServer> {
  const roots = options.roots ?? [PAGES_DIR];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const extra = options.headers?.[path] ?? {};
    if (path === '/favicon.ico') {
      // Browsers ask for it on every page; an empty answer keeps 404s out of the console.
      res.writeHead(204);
      res.end();
      return;
    }
    const fixed = options.routes?.[path];
    if (fixed !== undefined) {
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.html']!, ...extra });
      res.end(fixed);
      return;
    }
    for (const root of roots) {
      const file = normalize(join(root, path));
      if (!file.startsWith(root) || !existsSync(file)) continue;
      try {
        const body = readFileSync(file);
        res.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          ...extra,
        });
        res.end(body);
        return;
      } catch {
        // A directory or unreadable file: try the next root.
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/**
 * Only `origin` (our local server) may answer requests from `target`: saved pages name images,
 * fonts and scripts of their real sites, and nothing may leave the machine.
 */
export async function onlyFrom(target: BrowserContext | Page, origin: string): Promise<void> {
  await target.route(
    (url) => url.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
}

/** The id of the tab showing `page`, read from the service worker (tab ids only grow). */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  const url = page.url();
  const id = await worker.evaluate(async (pageUrl: string) => {
    const tabs = await chrome.tabs.query({});
    const matching = tabs.filter((tab) => tab.url === pageUrl || tab.pendingUrl === pageUrl);
    const pool = matching.length > 0 ? matching : tabs;
    return Math.max(...pool.map((tab) => tab.id ?? -1));
  }, url);
  if (id < 0) throw new Error(`No tab found for ${url}`);
  return id;
}

/** Sends a typed-protocol message to a tab's content script from the service worker. */
export async function sendToTab<T>(worker: Worker, tabId: number, type: string, data?: unknown): Promise<T> {
  return worker.evaluate(
    async ({ tabId, type, data }) => {
      // @webext-core/messaging's wire format: { id, type, data, timestamp }; the reply is { res } or { err }.
      const reply = await chrome.tabs.sendMessage(tabId, {
        id: Date.now(),
        type,
        data,
        timestamp: Date.now(),
      });
      if (reply && 'err' in reply && reply.err) throw new Error(JSON.stringify(reply.err));
      return reply?.res;
    },
    { tabId, type, data },
  ) as Promise<T>;
}

/** Collects console errors and page errors of a page, so a test can assert there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}
