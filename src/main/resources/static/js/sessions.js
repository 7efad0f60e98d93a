// Nothing logged offline is lost. The finish page's form is kept on this device before it is sent and
// forgotten once the server has it; without a connection the page says so, and every page of the app
// sends what is waiting when it loads, when the connection is back, and again after a while as long as
// something waits. Each session carries an id made here when it is saved, never one from the page (a page
// kept for offline use may log many sessions), and the server takes a copy it already has as that one:
// sent twice, stored once. Without this script the form posts as any form does.
(() => {
  'use strict';

  const KEY = 'unknot.pendingSessions';
  const FIRST_WAIT = 5000;
  const LONGEST_WAIT = 300000;

  const waiting = () => {
    try {
      const list = JSON.parse(localStorage.getItem(KEY));
      return Array.isArray(list) ? list : [];
    }
    catch {
      return [];
    }
  };
  // Storage may be full or switched off: then the session is sent now, as without this script, or not kept.
  const keep = (list) => {
    try {
      if (list.length) {
        localStorage.setItem(KEY, JSON.stringify(list));
      }
      else {
        localStorage.removeItem(KEY);
      }
      return true;
    }
    catch {
      return false;
    }
  };
  const forget = (clientId) => keep(waiting().filter((session) => session.clientId !== clientId));

  const newId = () => {
    if (crypto.randomUUID) {
      return crypto.randomUUID();
    }
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 9562 variant
    const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
  };

  // 'stored' once the server has it (a repeat too), 'refused' when it never will (wrong, full, gone),
  // 'later' when it could not say: no connection, too many requests, a server error.
  const send = async (session) => {
    let answer;
    try {
      answer = await fetch(session.action, {method: 'POST', body: new URLSearchParams(session.body),
        credentials: 'same-origin', redirect: 'follow'});
    }
    catch {
      return {outcome: 'later'};
    }
    if (answer.ok) {
      return {outcome: 'stored', answer};
    }
    const later = answer.status === 408 || answer.status === 429 || answer.status >= 500;
    return {outcome: later ? 'later' : 'refused', answer};
  };

  // "1 session waiting to be sent" where a page has room for it.
  const showWaiting = () => {
    const count = waiting().length;
    document.querySelectorAll('[data-pending-sessions]').forEach((line) => {
      line.textContent = count === 1 ? line.dataset.one : line.dataset.many.replace('{0}', String(count));
      line.hidden = count === 0;
    });
  };

  let wait = FIRST_WAIT;
  let timer = null;
  let sending = false;
  const sendWaiting = async () => {
    if (sending) {
      return;
    }
    sending = true;
    clearTimeout(timer);
    let left = false;
    for (const session of waiting()) {
      const {outcome} = await send(session);
      if (outcome === 'later') {
        left = true;
      }
      else {
        forget(session.clientId);
        const status = document.querySelector(`[data-session-status][data-client-id="${session.clientId}"]`);
        if (status && outcome === 'stored') {
          status.textContent = status.dataset.sent;
        }
      }
    }
    sending = false;
    showWaiting();
    if (left) {
      timer = setTimeout(sendWaiting, wait);
      wait = Math.min(wait * 2, LONGEST_WAIT);
    }
  };
  window.addEventListener('online', () => {
    wait = FIRST_WAIT;
    sendWaiting();
  });

  // The finish page's form. An answer from the server is shown as the server gave it: the saved page, or
  // for a refusal the form posted again the ordinary way with the same id, so the server's own page shows
  // what to change with everything as it was typed.
  document.addEventListener('submit', async (event) => {
    const form = event.target;
    if (!form.matches('form.session-form') || !window.fetch || !window.crypto) {
      return;
    }
    // Without the pain now the server can only refuse it, and a refusal met later, offline, could not be
    // shown: the ordinary post shows the server's page saying what is missing.
    if (!form.querySelector('input[name="painAfter"]:checked')) {
      return;
    }
    event.preventDefault();
    const session = {clientId: newId(), action: form.action, body: ''};
    const fields = new URLSearchParams(new FormData(form));
    fields.set('clientId', session.clientId);
    fields.set('doneAt', new Date().toISOString());
    session.body = fields.toString();
    const kept = keep([...waiting().filter((other) => other.clientId !== session.clientId), session]);
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;

    const {outcome, answer} = await send(session);
    if (outcome === 'stored') {
      forget(session.clientId);
      const page = new DOMParser().parseFromString(await answer.text(), 'text/html');
      document.title = page.title;
      document.body.replaceWith(document.adoptNode(page.body));
      history.replaceState(null, '', answer.url);
      document.getElementById('main').focus();
      showWaiting();
      return;
    }
    if (outcome === 'refused' || !kept) {
      forget(session.clientId);
      ['clientId', 'doneAt'].forEach((name) => {
        const field = form.querySelector(`input[name="${name}"]`) || form.appendChild(Object.assign(
          document.createElement('input'), {type: 'hidden', name}));
        field.value = fields.get(name);
      });
      form.submit();
      return;
    }
    const status = document.querySelector('[data-session-status]');
    status.dataset.clientId = session.clientId;
    status.textContent = status.dataset.offline;
    status.hidden = false;
    form.hidden = true;
    status.focus();
    showWaiting();
    timer = setTimeout(sendWaiting, wait);
  });

  showWaiting();
  if (waiting().length) {
    sendWaiting();
  }
})();
