// Tandem's service worker: keeps the app working with no connection.
// The build prepends `const BUILD = "...";`, `const PRECACHE = [...]` (the shell: every file a
// phone needs before its first page is usable, and the app fetched right after it,
// content-hashed names included) and
// `const PIECES = [...]` (the rest of the phone app, a piece per page), so neither list is kept
// by hand.
/* global BUILD, PRECACHE, PIECES */
"use strict";

const CACHE = `tandem-shell-${BUILD}`;
const SHELL = "/";
// Must match frontend/src/offline/mod.rs.
const DATABASE = "tandem";
const DATABASE_VERSION = 1;
const OUTBOX = "outbox";
const SYNC_TAG = "tandem-outbox";
// Staff pages come from the staff build, always from the network (phones never download it).
// Must match is_staff_route in backend/src/web/static_files.rs.
const isStaffPath = (path) =>
  path === "/staff" || path.startsWith("/staff/") || path === "/sign-in" || path === "/set-password";

// A file of an earlier build with the same content-hashed name is the same bytes: it is kept,
// not fetched again, so a new build downloads only what changed.
async function keep(cache, paths) {
  const earlier = (await caches.keys()).filter((name) => name.startsWith("tandem-shell-") && name !== CACHE);
  const hashed = (path) => /-[0-9a-f]{16}\.[a-z]+$/.test(path);
  await Promise.all(
    paths.map(async (path) => {
      for (const name of hashed(path) ? earlier : []) {
        const copy = await caches.match(path, { cacheName: name });
        if (copy) return cache.put(path, copy);
      }
      return cache.add(path);
    }),
  );
}

// Installing happens after the first page is already usable (the page registers this worker
// once it has drawn). The shell first, then every piece, so each phone page opens offline;
// when the browser asks to save data, pieces are kept only as each is first opened.
const savingData = () => Boolean(self.navigator.connection && self.navigator.connection.saveData);
self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(async (cache) => {
        await keep(cache, PRECACHE);
        if (!savingData()) await keep(cache, PIECES);
      })
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith("tandem-shell-") && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  // The API is always live: the page keeps its own offline copies in IndexedDB.
  if (url.origin !== self.location.origin || url.pathname.startsWith("/api/")) return;
  if (request.mode === "navigate" && isStaffPath(url.pathname)) {
    // Offline, the phone shell answers and says the page needs a connection.
    event.respondWith(fetch(request).catch(() => caches.match(SHELL, { cacheName: CACHE })));
    return;
  }
  if (request.mode === "navigate") {
    // The shell first, so the app opens at once on a slow or absent connection.
    event.respondWith(
      caches.match(SHELL, { cacheName: CACHE }).then((shell) => shell || fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetchPiece(request, url.pathname)),
  );
});

// A piece not yet kept (saving data, or asked for before installing finished) is kept as it
// arrives, so it opens offline from then on.
function fetchPiece(request, path) {
  if (!PIECES.includes(path)) return fetch(request);
  return fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(path, copy));
    }
    return response;
  });
}

// Background Sync: the browser wakes us when a connection returns. An open page does the
// sending itself (its outbox code is the reference); with no page open we send from here.
self.addEventListener("sync", (event) => {
  if (event.tag !== SYNC_TAG) return;
  event.waitUntil(
    self.clients.matchAll({ type: "window" }).then((pages) => {
      if (pages.length > 0) {
        pages.forEach((page) => page.postMessage({ type: "flush-outbox" }));
        return undefined;
      }
      return sendOutbox();
    }),
  );
});

function request(idbRequest) {
  return new Promise((resolve, reject) => {
    idbRequest.onsuccess = () => resolve(idbRequest.result);
    idbRequest.onerror = () => reject(idbRequest.error);
  });
}

function openOutbox() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DATABASE, DATABASE_VERSION);
    // No database yet means nothing was ever queued; never create it here, the page owns its shape.
    open.onupgradeneeded = () => open.transaction.abort();
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => resolve(null);
    open.onblocked = () => reject(new Error("database blocked"));
  });
}

// Same rules as tandem_domain::sync::SendOutcome.
function outcome(status) {
  if (status >= 200 && status < 300) return "accepted";
  if ([408, 425, 429].includes(status) || status >= 500) return "retry";
  return "rejected";
}

// One sender at a time: the page takes the same Web Lock (offline/outbox.rs); if it is held,
// a page is sending.
function sendOutbox() {
  if (!self.navigator.locks) return sendOutboxNow();
  return self.navigator.locks.request(SYNC_TAG, { ifAvailable: true }, (lock) => (lock ? sendOutboxNow() : undefined));
}

async function sendOutboxNow() {
  const db = await openOutbox();
  if (!db) return;
  const queued = await request(db.transaction(OUTBOX).objectStore(OUTBOX).getAll());
  if (queued.length === 0) return;
  // Only the signed-in person's own items, and never while the phone is locked: the phone may
  // have changed hands since they were queued. The rest wait for a page to open.
  // Items of nobody (feedback given signed out) go whoever is signed in.
  const me = await fetch("/api/v1/me", { credentials: "same-origin" });
  const signedIn = me.ok ? await me.json() : null;
  if (signedIn && signedIn.session && signedIn.session.locked) return;
  // An operation waits for the one it needs first (a score for its join), and is refused with it.
  const waiting = new Set(queued.filter((operation) => !operation.rejected).map((operation) => operation.id));
  const refused = new Map(queued.filter((operation) => operation.rejected).map((operation) => [operation.id, operation.rejected]));
  for (const operation of queued) {
    if (operation.rejected) continue;
    if (operation.owner && (!signedIn || operation.owner !== signedIn.person_id)) continue;
    if (operation.after && refused.has(operation.after)) {
      operation.rejected = refused.get(operation.after);
      refused.set(operation.id, operation.rejected);
      await request(db.transaction(OUTBOX, "readwrite").objectStore(OUTBOX).put(operation));
      continue;
    }
    if (operation.after && waiting.has(operation.after)) continue;
    // A network failure throws, and the browser tries the sync again later.
    const response = await fetch(operation.path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", "Idempotency-Key": operation.id },
      body: operation.body,
    });
    const result = outcome(response.status);
    if (result === "retry") throw new Error(`server answered ${response.status}`);
    const store = db.transaction(OUTBOX, "readwrite").objectStore(OUTBOX);
    if (result === "accepted") {
      await request(store.delete(operation.id));
      waiting.delete(operation.id);
    } else {
      const body = await response.json().catch(() => ({}));
      operation.rejected = (body.error && body.error.code) || "internal";
      refused.set(operation.id, operation.rejected);
      await request(store.put(operation));
    }
  }
}

// Web Push: the server sends the words already written (discreet unless the person chose
// detailed reminders), so showing them needs no network. The tag replaces an earlier reminder
// about the same thing instead of stacking a second one.
self.addEventListener("push", (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch (_) {
    message = {};
  }
  // Never an empty or technical notification: a payload that cannot be read says nothing more
  // than the app's name.
  const title = typeof message.title === "string" && message.title ? message.title : "Tandem";
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof message.body === "string" ? message.body : "",
      tag: typeof message.tag === "string" ? message.tag : undefined,
      icon: "/icons/icon-192.png",
      badge: "/icons/icon-192.png",
      data: { url: typeof message.url === "string" && message.url.startsWith("/") ? message.url : "/" },
    }),
  );
});

// Tapping a reminder opens the app at its page; the app asks for the PIN first if it is locked.
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = new URL(event.notification.data && event.notification.data.url ? event.notification.data.url : "/", self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((pages) => {
      const open = pages.find((page) => new URL(page.url).origin === self.location.origin);
      if (open) {
        return open.focus().then((page) => (page && "navigate" in page ? page.navigate(target) : undefined));
      }
      return self.clients.openWindow(target);
    }),
  );
});
