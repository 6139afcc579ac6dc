/*
 * Offline after the first visit, for meeting rooms with flaky networks. Registered by
 * src/shared/offline/serviceWorker.ts as sw.js?v=<build>, so every new build installs a new worker.
 *
 * - On install it caches the app shell (the page and every built file, listed in sw-precache.json by the
 *   build) and the data files, then takes over at once: a new build is used from the next load on.
 * - The page and the data are network-first: a replaced data/dataset.json is seen as soon as the server
 *   answers; the cached copy is used only when it does not (in time).
 * - Built files have content hashes in their names, so they are served from the cache first.
 * Turn it off with VITE_SERVICE_WORKER=off at build time (docs/embedding.md).
 */
'use strict';

var BUILD = new URL(self.location.href).searchParams.get('v') || 'unversioned';
var PREFIX = 'szpledges-';
var SHELL = PREFIX + 'shell-' + BUILD;
var DATA = PREFIX + 'data';
var SCOPE = self.registration.scope;
// A flaky network that neither answers nor fails is given this long before the cached copy is used.
var NETWORK_WAIT_MS = 4000;

self.addEventListener('install', function (event) {
  event.waitUntil(
    fetch('sw-precache.json', { cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) throw new Error('sw-precache.json: ' + response.status);
        return response.json();
      })
      .then(function (list) {
        var fresh = function (url) {
          return new Request(new URL(url, SCOPE).href, { cache: 'reload' });
        };
        return Promise.all([
          caches.open(SHELL).then(function (cache) {
            return cache.addAll(list.shell.map(fresh));
          }),
          caches.open(DATA).then(function (cache) {
            return cache.addAll(list.data.map(fresh));
          }),
        ]);
      })
      .then(function () {
        return self.skipWaiting();
      }),
  );
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        return Promise.all(
          names
            .filter(function (name) {
              return name.indexOf(PREFIX) === 0 && name !== SHELL && name !== DATA;
            })
            .map(function (name) {
              return caches.delete(name);
            }),
        );
      })
      .then(function () {
        return self.clients.claim();
      }),
  );
});

/** The network's answer, unless it fails, errs or takes too long while a cached copy exists. */
function networkFirst(request, cacheName, key) {
  return caches.open(cacheName).then(function (cache) {
    var network = fetch(request).then(function (response) {
      if (response.ok) cache.put(key, response.clone());
      return response;
    });
    return cache.match(key).then(function (cached) {
      if (!cached) return network;
      var timer;
      var late = new Promise(function (resolve) {
        timer = setTimeout(resolve, NETWORK_WAIT_MS, cached);
      });
      var answered = network.then(
        function (response) {
          return response.ok ? response : cached;
        },
        function () {
          return cached;
        },
      );
      return Promise.race([answered, late]).finally(function () {
        clearTimeout(timer);
      });
    });
  });
}

function cacheFirst(request) {
  return caches.open(SHELL).then(function (cache) {
    return cache.match(request).then(function (cached) {
      return cached || fetch(request);
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || request.url.indexOf(SCOPE) !== 0) return;
  var url = new URL(request.url);
  var path = url.href.slice(SCOPE.length).split(/[?#]/)[0];
  if (path === 'sw.js' || path === 'sw-precache.json') return;
  if (path.indexOf('data/') === 0) {
    event.respondWith(networkFirst(request, DATA, SCOPE + path));
  } else if (request.mode === 'navigate' && (path === '' || path === 'index.html')) {
    // Every view of the app is the same page with other parameters: one cached copy serves them all.
    event.respondWith(networkFirst(request, SHELL, SCOPE));
  } else {
    event.respondWith(cacheFirst(request));
  }
});
