// The catalog filters: applied as they change, without the button, and kept in the address so the
// list can be shared or bookmarked. Without this script the button does the same with a page load.
(() => {
  'use strict';

  const form = document.querySelector('form.filters');
  const count = document.getElementById('result-count');
  if (!form || !count) {
    return;
  }
  const TYPING_PAUSE_MS = 300;
  let typing;
  let request;

  // Only the filters in use, so a shared address stays short: /techniques?area=neck&by=self.
  function address() {
    const params = new URLSearchParams();
    new FormData(form).forEach((value, name) => {
      if (value.trim() !== '') {
        params.append(name, value.trim());
      }
    });
    const query = params.toString();
    return form.getAttribute('action') + (query ? '?' + query : '');
  }

  async function apply() {
    const url = address();
    request?.abort();
    request = new AbortController();
    let page;
    try {
      const response = await fetch(url, { signal: request.signal, headers: { Accept: 'text/html' } });
      if (!response.ok) {
        return; // a refused filter (too long a search): the button shows the page that says why
      }
      page = new DOMParser().parseFromString(await response.text(), 'text/html');
    } catch (error) {
      if (error.name === 'AbortError') {
        return;
      }
      throw error;
    }
    // The count is a live region: changing its text, not replacing it, is what gets announced.
    count.textContent = page.getElementById('result-count').textContent;
    document.querySelectorAll('[data-live]').forEach((part) => {
      part.replaceChildren(...page.getElementById(part.id).childNodes);
    });
    history.replaceState(null, '', url);
  }

  form.classList.add('live');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    apply();
  });
  form.addEventListener('change', (event) => {
    if (event.target.type !== 'search') {
      apply();
    }
  });
  form.addEventListener('input', (event) => {
    if (event.target.type === 'search') {
      clearTimeout(typing);
      typing = setTimeout(apply, TYPING_PAUSE_MS);
    }
  });
})();
