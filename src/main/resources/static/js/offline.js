// Registers the service worker (/sw.js) that keeps the routines this browser opened for playing offline,
// and tells it what to do: on a routine's page, keep the routine (fetched again, so it is fresh); on a
// step, keep the walkthrough with the answers in the address (?seconds=, ?before=) unless it already has
// them; after a deletion, let go of kept routines that are gone. On "your routines" it shows which
// routines are kept. Browsers allow a service worker only on HTTPS or localhost: elsewhere this does nothing.
// When a request is answered, <html data-offline> says "kept" or "failed" (for the browser tests).
(() => {
  'use strict';

  if (!('serviceWorker' in navigator) || !window.isSecureContext) {
    return;
  }
  navigator.serviceWorker.register('/sw.js').catch(() => {});

  function ask(message) {
    return navigator.serviceWorker.ready.then((registration) => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data);
      registration.active.postMessage(message, [channel.port2]);
    }));
  }

  const routine = document.querySelector('[data-offline-keep]');
  if (routine) {
    const step = routine.hasAttribute('data-offline-step');
    ask({ keep: routine.dataset.offlineKeep, query: step ? window.location.search : '', refresh: !step })
      .then((answer) => {
        document.documentElement.dataset.offline = answer.kept ? 'kept' : 'failed';
      });
  }

  const markers = document.querySelectorAll('[data-offline-kept]');
  if (markers.length > 0 || document.querySelector('[data-offline-recheck]')) {
    const checked = document.querySelector('[data-offline-recheck]') ? ask({ recheck: true }) : Promise.resolve();
    checked.then(() => caches.keys()).then((names) => {
      for (const marker of markers) {
        const suffix = '-routine-' + marker.dataset.offlineKept;
        marker.hidden = !names.some((name) => name.startsWith('unknot-') && name.endsWith(suffix));
      }
    });
  }
})();
