// Tandem's push service worker: shows what the server sends ({ title, body, url, tag }) and
// opens `url` on a click. Serve it from your site's own origin (a service worker cannot come
// from another one) and name it in <tandem-notification-settings push-worker="/tandem-push-worker.js">;
// a site with a service worker of its own can importScripts() this file instead.
/* global clients */
self.addEventListener('push', (event) => {
  let payload;
  try {
    payload = event.data ? event.data.json() : null;
  } catch {
    payload = null;
  }
  if (!payload || typeof payload.title !== 'string') return;
  event.waitUntil(
    self.registration.showNotification(payload.title, {
      body: typeof payload.body === 'string' ? payload.body : '',
      // One notification per conversation: a newer one replaces it.
      ...(typeof payload.tag === 'string' ? { tag: payload.tag, renotify: true } : {}),
      data: { url: typeof payload.url === 'string' ? payload.url : null },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = event.notification.data && event.notification.data.url;
  if (!url) return;
  event.waitUntil(
    clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => client.url === url);
      return open ? open.focus() : clients.openWindow(url);
    }),
  );
});
