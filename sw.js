// Amane's service worker: the app works offline after the first visit.
//
// - The app shell (index.html, the hashed JavaScript, WebAssembly and CSS), the course
//   manifest and each language's course map are stored when the worker installs. The shell is
//   served from the device: the app starts without a network, and a learner never gets half of
//   one version and half of another.
// - Course files (content/, the manifest too) are fetched from the network first, so an
//   author's edit shows on reload, and from the device when the network fails or is too slow.
//   A file the server does not have (a module not translated into a language yet) is kept as
//   absent, so the app reads the language's fallback offline as it does online.
// - The page can ask to store a list of course files ("download the whole course"), with
//   progress reports, or ask how many of them are stored. The course's media (images under
//   content/media/) are added to every such list, so they are part of the offline download.
// - A new deployment installs a new worker, which waits: the page offers to reload and sends
//   SKIP_WAITING only when the learner accepts. Old caches are removed when it takes over.
//
// VERSION, SHELL, MEDIA and MAPS are written by scripts/stamp.py after each build.
'use strict';

const VERSION = 'dev';
const SHELL = [];
const MEDIA = [];
const MAPS = [];

/** Course files: how long to wait for the network before answering from the device. */
const NETWORK_TIMEOUT_MS = 4000;
/** Course files fetched at the same time during a download. */
const PARALLEL = 3;

const SCOPE = new URL('./', self.location.href).href;
const CONTENT = new URL('content/', SCOPE).href;
const MANIFEST = new URL('course.toml', CONTENT).href;
// Several copies of the app may live on one origin (e.g. /amane/ and /test/amane/): every
// cache name carries the scope, so one copy never removes another's files.
const PREFIX = `amane ${SCOPE} `;
const SHELL_CACHE = `${PREFIX}shell ${VERSION}`;
const CONTENT_CACHE = `${PREFIX}content ${VERSION}`;
const MATCH = { ignoreSearch: true, ignoreVary: true };

const inScope = (path) => new URL(path, SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const shell = await caches.open(SHELL_CACHE);
    for (const url of new Set([SCOPE, ...SHELL.map(inScope)])) {
      // index.html is checked with the server; the other files have a hash in their name,
      // so the copy the page has just loaded (in the browser's HTTP cache) is the right one.
      const response = await fetch(url, { cache: url === SCOPE ? 'no-cache' : 'default' });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      await shell.put(url, await plain(response));
    }
    const manifest = await fetch(MANIFEST, { cache: 'no-cache' });
    if (!manifest.ok) throw new Error(`${MANIFEST}: HTTP ${manifest.status}`);
    const content = await caches.open(CONTENT_CACHE);
    await content.put(MANIFEST, manifest);
    // Each language's course map, so the map shows offline in any language (a map the server
    // does not have is left out: the app reads the fallback language's).
    for (const url of MAPS.map(inScope)) {
      const response = await fetch(url, { cache: 'no-cache' }).catch(() => null);
      if (response && isCourseFile(response)) await content.put(url, response);
    }
    await carryOverContent();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== SHELL_CACHE && name !== CONTENT_CACHE) {
        await caches.delete(name);
      }
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  const port = event.ports[0];
  switch (data.type) {
    case 'SKIP_WAITING':
      self.skipWaiting();
      break;
    case 'STORE':
      event.waitUntil(store(courseUrls(data.urls), port));
      break;
    case 'STATUS':
      event.waitUntil(status(courseUrls(data.urls), port));
      break;
    default:
      break;
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.hash = '';
  url.search = '';
  if (!url.href.startsWith(SCOPE) || url.href === self.location.href) return;
  if (url.href.startsWith(CONTENT)) {
    // Private mode asks with no-store: the file is not kept on the device.
    event.respondWith(request.cache === 'no-store' ? fetch(request) : networkFirst(event, url.href));
  } else if (request.mode === 'navigate') {
    if (url.href === SCOPE || url.href === inScope('index.html')) {
      event.respondWith(fromDevice(SCOPE));
    }
  } else {
    event.respondWith(fromDevice(url.href));
  }
});

/** The app shell: from the device, else from the network (and then kept). */
async function fromDevice(url) {
  const shell = await caches.open(SHELL_CACHE);
  const stored = await shell.match(url, MATCH);
  if (stored) return stored;
  const response = await fetch(url);
  if (response.ok && response.type === 'basic') await shell.put(url, await plain(response.clone()));
  return response;
}

/** A course file: from the network, else (offline, server error, too slow) from the device. */
async function networkFirst(event, url) {
  const cache = await caches.open(CONTENT_CACHE);
  const network = fetch(url, { cache: 'no-cache' });
  // The page gets the response as soon as it arrives; the copy is stored meanwhile.
  const kept = network.then((response) => {
    const copy = toKeep(response.clone());
    return copy && cache.put(url, copy);
  });
  event.waitUntil(kept.catch(() => undefined));
  const stored = await cache.match(url, MATCH);
  if (!stored) return network;
  const late = new Promise((resolve) => setTimeout(() => resolve(stored), NETWORK_TIMEOUT_MS));
  const fresh = network.then((response) => (response.status >= 500 ? stored : response), () => stored);
  return Promise.race([fresh, late]);
}

/** Stores every file of `urls` not stored yet, reporting { done, total, failed, finished }. */
async function store(urls, port) {
  const cache = await caches.open(CONTENT_CACHE);
  const total = urls.length;
  let done = 0;
  let failed = 0;
  const queue = [...urls];
  const report = (finished) => port?.postMessage({ done, total, failed, finished });
  const worker = async () => {
    for (let url = queue.shift(); url; url = queue.shift()) {
      try {
        if (!(await cache.match(url, MATCH))) {
          const response = await fetch(url, { cache: 'no-cache' });
          const copy = toKeep(response);
          if (!copy) throw new Error(`HTTP ${response.status}`);
          await cache.put(url, copy);
        }
        done += 1;
      } catch {
        failed += 1;
      }
      report(false);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  report(true);
}

/** Reports how many files of `urls` are stored. */
async function status(urls, port) {
  const cache = await caches.open(CONTENT_CACHE);
  let done = 0;
  for (const url of urls) {
    if (await cache.match(url, MATCH)) done += 1;
  }
  port?.postMessage({ done, total: urls.length, failed: 0, finished: true });
}

/** Keeps the course files an older version stored: fresh from the network, else the old copy. */
async function carryOverContent() {
  const cache = await caches.open(CONTENT_CACHE);
  for (const name of await caches.keys()) {
    if (!name.startsWith(`${PREFIX}content `) || name === CONTENT_CACHE) continue;
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      try {
        const response = await fetch(request.url, { cache: 'no-cache' });
        if (!isCourseFile(response)) throw new Error(`HTTP ${response.status}`);
        await cache.put(request.url, response);
      } catch {
        const previous = await old.match(request);
        if (previous) await cache.put(request.url, previous);
      }
    }
  }
}

/** Only course files of this copy of the app, with its media, as absolute URLs. */
function courseUrls(list) {
  if (!Array.isArray(list)) return [];
  const urls = [...list, ...MEDIA].map((u) => {
    try { return new URL(String(u), SCOPE).href; } catch { return ''; }
  });
  return [...new Set(urls.filter((u) => u.startsWith(CONTENT)))];
}

/**
 * Whether `response` is the course file asked for: a success that is not a web page (some
 * static hosts answer a missing file with their index.html; the app takes that as missing
 * too, see amane_core::served).
 */
function isCourseFile(response) {
  return response.ok && !/^\s*text\/html/i.test(response.headers.get('content-type') || '');
}

/**
 * Whether `response` says the course has no such file: a module not translated into a language
 * yet, which the app reads in the language's fallback instead. Kept as such (`absent`), so the
 * app falls back offline too and the download counts the file as done.
 */
function isAbsent(response) {
  return response.status === 404 || (response.ok && !isCourseFile(response));
}

/** What to keep of `response` to a course file: itself, `absent()` when the course has no such
 * file, or nothing (a server error). */
function toKeep(response) {
  if (isCourseFile(response)) return response;
  return isAbsent(response) ? absent() : null;
}

/** What is kept for a file the course does not have. */
function absent() {
  return new Response('', { status: 404, statusText: 'Not Found' });
}

/** A response that may answer a navigation (a redirected one may not). */
async function plain(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, headers: response.headers });
}
