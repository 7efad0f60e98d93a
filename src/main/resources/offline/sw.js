// Unknot's service worker: a routine opened once plays with the network off.
// Served by ServiceWorkerScript.java, which writes the release into RELEASE; its caches carry it in their
// names, so a new release starts with empty caches and deletes the old ones.
// What it keeps, and only when a page asks (offline.js, on a routine's page and its steps):
//   unknot-<release>-routine-<id>: that routine's pages and pictures, as /routines/<id>/offline.json lists them;
//   unknot-<release>-shell: "Your routines" and the stylesheets and scripts those pages name.
// Pages: network first, the kept copy when the network fails; stylesheets and scripts (their addresses
// carry a hash of their content): cache first. It never answers anything but a GET, and never keeps
// /api/, /actuator/, a PDF, a redirect or an error.
'use strict';

const RELEASE = '@RELEASE@';
const PREFIX = 'unknot-' + RELEASE + '-';
const SHELL = PREFIX + 'shell';
const ROUTINE = PREFIX + 'routine-';
const ROUTINE_PATH = /^\/routines\/([A-Za-z0-9_-]+)(?:\/|$)/;
const PICTURE_PATH = /^\/techniques\/[a-z0-9-]+\/picture\.svg$/;
const STATIC_PATH = /^\/(?:css|js)\//;
const STATIC_IN_PAGE = /(?:src|href)="(\/(?:css|js)\/[^"?#]+)"/g;
const YOUR_ROUTINES = '/routines';
// The app's answers may vary by headers (language, encoding) that a navigation sends and the worker's own
// fetch did not: a kept page is the one for this address, whatever they were.
const MATCH = { ignoreVary: true };
const MATCH_ANY_QUERY = { ignoreVary: true, ignoreSearch: true };

// A new release keeps again, under its own names, the routines the old one kept: while it installs, the
// old worker still answers every page, so nobody waits for this.
self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      const routine = /^unknot-([^-]+)-routine-(.+)$/.exec(name);
      if (routine && routine[1] !== RELEASE) {
        await keep(routine[2], '', true).catch(() => {});
      }
    }
    await self.skipWaiting();
  })());
});

// Then the caches of every other release go.
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('unknot-') && !name.startsWith(PREFIX)) {
        await caches.delete(name);
      }
    }
    await self.clients.claim();
  })());
});

function keepable(response) {
  return response.ok && response.status === 200 && !response.redirected && response.type === 'basic';
}

async function keep(id, query, refresh) {
  const name = ROUTINE + id;
  const list = '/routines/' + encodeURIComponent(id) + '/offline.json' + query;
  if (!refresh && await caches.has(name) && await (await caches.open(name)).match(list, MATCH)) {
    return;
  }
  const answer = await fetch(list, { cache: 'no-store' });
  if (answer.status === 404) {
    await forget(id);
    return;
  }
  if (!keepable(answer)) {
    throw new Error('no list to keep');
  }
  const wanted = await answer.clone().json();
  const cache = await caches.open(name);
  const shell = await caches.open(SHELL);
  const kept = [];
  for (const address of wanted.pages.concat(wanted.pictures)) {
    const response = await fetch(address, { cache: 'no-store' });
    if (!keepable(response)) {
      continue;
    }
    const target = address === YOUR_ROUTINES ? shell : cache;
    if ((response.headers.get('Content-Type') || '').startsWith('text/html')) {
      await keepStatic(shell, await response.clone().text());
    }
    kept.push(target.put(address, response));
  }
  await Promise.all(kept);
  // Last: it marks the routine as kept with these answers (see the check above).
  await cache.put(list, answer);
}

async function keepStatic(shell, html) {
  for (const match of html.matchAll(STATIC_IN_PAGE)) {
    if (!await shell.match(match[1], MATCH)) {
      const response = await fetch(match[1]);
      if (keepable(response)) {
        await shell.put(match[1], response);
      }
    }
  }
}

function forget(id) {
  return caches.delete(ROUTINE + id);
}

// A kept routine the network answers 404 for was deleted (here or on another device): it goes.
async function forgetIfGone(id) {
  const answer = await fetch('/routines/' + encodeURIComponent(id) + '/offline.json', { cache: 'no-store' });
  if (answer.status === 404) {
    await forget(id);
  }
}

async function recheck() {
  const ids = (await caches.keys()).filter((name) => name.startsWith(ROUTINE)).map((name) => name.substring(ROUTINE.length));
  await Promise.all(ids.map((id) => forgetIfGone(id).catch(() => {})));
}

// offline.js asks to keep a routine ({keep: id, query: '?seconds=…', refresh}) or, after a deletion, to let
// go of the kept routines that are gone ({recheck: true}); it hears back once that is done.
self.addEventListener('message', (event) => {
  const ask = event.data || {};
  const reply = (answer) => event.ports[0] && event.ports[0].postMessage(answer);
  let work;
  if (typeof ask.keep === 'string') {
    work = keep(ask.keep, typeof ask.query === 'string' ? ask.query : '', ask.refresh === true)
      .then(() => reply({ kept: ask.keep }), () => reply({ failed: ask.keep }));
  }
  else if (ask.recheck === true) {
    work = recheck().then(() => reply({ rechecked: true }));
  }
  if (work) {
    event.waitUntil(work);
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (STATIC_PATH.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
    return;
  }
  const routine = ROUTINE_PATH.exec(url.pathname);
  if (url.pathname === YOUR_ROUTINES) {
    event.respondWith(networkFirst(request, SHELL, null));
  }
  else if (routine && !url.pathname.endsWith('.pdf')) {
    event.respondWith(networkFirst(request, ROUTINE + routine[1], routine[1]));
  }
  else if (PICTURE_PATH.test(url.pathname)) {
    event.respondWith(networkFirst(request, null, null));
  }
});

async function cacheFirst(request) {
  const kept = await caches.match(request, MATCH);
  if (kept) {
    return kept;
  }
  const response = await fetch(request);
  // Only a file a kept page names is worth keeping: any other is fetched again when one does.
  if (keepable(response) && await hasKeptRoutine()) {
    const shell = await caches.open(SHELL);
    await shell.put(request, response.clone());
  }
  return response;
}

async function hasKeptRoutine() {
  return (await caches.keys()).some((name) => name.startsWith(ROUTINE));
}

// From the network, refreshing a kept copy of this very address; the kept copy when the network fails,
// or one kept for the same page with other answers in its address. A routine the network no longer
// knows (404) leaves the device. cacheName null: whichever cache holds the address (pictures).
async function networkFirst(request, cacheName, routineId) {
  const known = cacheName === null || await caches.has(cacheName);
  if (!known) {
    return fetch(request);
  }
  const cache = cacheName === null ? null : await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.status === 404 && routineId !== null) {
      await forgetIfGone(routineId);
    }
    else if (keepable(response)) {
      await refresh(cache, request, response.clone());
    }
    return response;
  }
  catch (offline) {
    const kept = cache === null ? await caches.match(request, MATCH)
      : (await cache.match(request, MATCH)) || (await cache.match(request, MATCH_ANY_QUERY));
    if (kept) {
      return kept;
    }
    throw offline;
  }
}

async function refresh(cache, request, response) {
  if (cache !== null) {
    if (await cache.match(request, MATCH)) {
      await cache.put(request, response);
    }
    return;
  }
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX)) {
      const each = await caches.open(name);
      if (await each.match(request, MATCH)) {
        await each.put(request, response.clone());
      }
    }
  }
}
