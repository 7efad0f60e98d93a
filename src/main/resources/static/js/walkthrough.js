// The walkthrough's player, for following a routine hands-free: a get-ready countdown, the step's
// time with a rest to change sides half-way through a two-sided step, then a countdown into the next
// step, which it fetches and swaps in without leaving the page, so sound and speech, allowed once by
// the first tap, keep working on phones. Cues are shown (announced politely), chimed, vibrated and
// spoken. Moving on by itself and speaking are switches remembered on this device.
// Without this script the page still works: the timer stays hidden and the links do the rest.
// The server reads the data-* attributes from messages.properties; ?seconds=N on the page address
// shortens every countdown (see StepTimer.java).
(() => {
  'use strict';

  const AUTO_ADVANCE_KEY = 'unknot.autoAdvance';
  const SPEAK_KEY = 'unknot.speakCues';
  const TEN_SECONDS = 10000;
  // The last seconds are counted aloud only on a part long enough not to drown its own start cue.
  const COUNT_FROM = 3;
  const COUNTED_PART_MS = 8000;

  let player = null;

  // Choices kept on this device; private modes may refuse storage, and then they last for the page.
  function remembered(key, fallback) {
    try {
      const value = localStorage.getItem(key);
      return value === null ? fallback : value === 'on';
    }
    catch (error) {
      return fallback;
    }
  }

  function remember(key, on) {
    try {
      localStorage.setItem(key, on ? 'on' : 'off');
    }
    catch (error) {
      // The switch still works for this page.
    }
  }

  // Sound: a soft sine beep; the audio context may only start after a tap or key press.
  let audio = null;

  function prepareSound() {
    const AudioContext = window.AudioContext || window.webkitAudioContext;
    if (!audio && AudioContext) {
      try {
        audio = new AudioContext();
      }
      catch (error) {
        audio = null;
      }
    }
    if (audio && audio.state === 'suspended') {
      audio.resume().catch(() => {});
    }
  }

  function chime(times) {
    if (audio) {
      for (let i = 0; i < times; i++) {
        const at = audio.currentTime + i * 0.4;
        const tone = audio.createOscillator();
        const volume = audio.createGain();
        tone.type = 'sine';
        tone.frequency.value = 660;
        volume.gain.setValueAtTime(0.0001, at);
        volume.gain.exponentialRampToValueAtTime(0.15, at + 0.03);
        volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.3);
        tone.connect(volume).connect(audio.destination);
        tone.start(at);
        tone.stop(at + 0.32);
      }
    }
    if (navigator.vibrate) {
      navigator.vibrate(times === 1 ? 200 : [200, 150, 200]);
    }
  }

  // Speech: phones speak only once a tap has started it, so the first Start speaks a silent word.
  let speechPrimed = false;

  function canSpeak() {
    return 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
  }

  function primeSpeech() {
    if (canSpeak() && !speechPrimed) {
      speechPrimed = true;
      const silence = new SpeechSynthesisUtterance(' ');
      silence.volume = 0;
      speechSynthesis.speak(silence);
    }
  }

  // The page's language ("es-MX"), and the device's best voice for it: the page's own country first,
  // then any of the language; a voice on the device before one that needs the network.
  function pageLanguage() {
    return document.documentElement.lang || 'en';
  }

  function voiceFor(language) {
    const base = language.split('-')[0].toLowerCase();
    const listed = typeof speechSynthesis.getVoices === 'function' ? speechSynthesis.getVoices() : [];
    const voices = listed.filter((voice) => voice.lang.replace('_', '-').toLowerCase().split('-')[0] === base);
    const score = (voice) => (voice.lang.replace('_', '-').toLowerCase() === language.toLowerCase() ? 2 : 0) + (voice.localService ? 1 : 0);
    return voices.sort((a, b) => score(b) - score(a))[0] || null;
  }

  function say(text) {
    const speak = document.getElementById('timer-speak');
    if (!canSpeak() || !speak || !speak.checked) {
      return;
    }
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = pageLanguage();
    const voice = voiceFor(pageLanguage());
    if (voice) {
      utterance.voice = voice;
    }
    speechSynthesis.speak(utterance);
  }

  // Devices list their voices late (Chrome after voiceschanged). Once listed, a device with none for the
  // page's language says so plainly, instead of reading the cues in another language's voice.
  function noteMissingVoice() {
    const note = document.getElementById('timer-no-voice');
    if (typeof speechSynthesis.getVoices !== 'function') {
      return;
    }
    const check = () => {
      const listed = speechSynthesis.getVoices().length > 0;
      note.hidden = !listed || voiceFor(pageLanguage()) !== null;
    };
    check();
    if (typeof speechSynthesis.addEventListener === 'function') {
      speechSynthesis.addEventListener('voiceschanged', check);
    }
  }

  // Keep the screen on while the player counts, where the browser allows it.
  let wakeLock = null;
  let wantAwake = false;

  async function keepAwake() {
    wantAwake = true;
    if (!('wakeLock' in navigator) || wakeLock) {
      return;
    }
    try {
      wakeLock = await navigator.wakeLock.request('screen');
      wakeLock.addEventListener('release', () => {
        wakeLock = null;
      });
    }
    catch (error) {
      wakeLock = null;
    }
  }

  function letSleep() {
    wantAwake = false;
    if (wakeLock) {
      wakeLock.release().catch(() => {});
      wakeLock = null;
    }
  }

  // One step page's player. Returns null when the page has no timer.
  function mount(article, autostart) {
    const timer = article.querySelector('#timer');
    if (!timer) {
      return null;
    }
    const data = timer.dataset;
    const ms = (name) => Number(data[name]) * 1000;
    const stepMs = ms('seconds');
    const sides = Number(data.sides);
    const sideMs = stepMs / sides;
    const clock = article.querySelector('#timer-clock');
    const bar = article.querySelector('#timer-bar');
    const status = article.querySelector('#timer-status');
    const sideLabel = article.querySelector('#timer-side');
    const toggle = article.querySelector('#timer-toggle');
    const reset = article.querySelector('#timer-reset');
    const nextLink = article.querySelector('[data-nav="next"]');
    const idleText = status.textContent;
    const idleLabel = sideLabel ? sideLabel.textContent : '';

    // The parts of the step, one after the other; "running" parts are the step's own time.
    const parts = [{ state: 'ready', ms: ms('readySeconds'), label: idleLabel, cue: data.cueReady, chimes: 0 }];
    if (sides === 2) {
      parts.push(
        { state: 'running', ms: sideMs, label: data.sideFirst, cue: data.cueBeginFirstSide, chimes: 1 },
        { state: 'turning', ms: ms('turnSeconds'), label: data.sideTurn, cue: data.cueTurn, chimes: 2 },
        { state: 'running', ms: sideMs, label: data.sideSecond, cue: data.cueBeginSecondSide, chimes: 1 });
    }
    else {
      parts.push({ state: 'running', ms: stepMs, label: idleLabel, cue: data.cueBegin, chimes: 1 });
    }
    const partsMs = parts.reduce((sum, part) => sum + part.ms, 0);
    const advanceMs = ms('advanceSeconds');

    // idle -> ready -> running (-> turning -> running) -> advancing or done; paused remembers where it was.
    let state = 'idle';
    let pausedFrom = null;
    let banked = 0;
    let since = 0;
    let ticker = null;
    let part = -1;
    let spoken = new Set();

    const elapsed = () => banked + (ticker ? performance.now() - since : 0);

    function setState(next) {
      state = next;
      data.state = next;
    }

    function show(leftMs, fraction) {
      const seconds = Math.max(0, Math.ceil(leftMs / 1000));
      clock.textContent = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
      bar.value = Math.round(fraction * 1000);
    }

    function cue(text) {
      status.textContent = text;
      say(text);
    }

    // Once per key: a cue said again on the next tick would cut itself off.
    function sayOnce(key, text) {
      if (!spoken.has(key)) {
        spoken.add(key);
        say(text);
      }
    }

    function startTicking() {
      since = performance.now();
      ticker = setInterval(update, 200);
      keepAwake();
      update();
    }

    function stopTicking() {
      banked = elapsed();
      clearInterval(ticker);
      ticker = null;
    }

    function start() {
      prepareSound();
      primeSpeech();
      banked = 0;
      part = -1;
      spoken = new Set();
      nextLink.classList.remove('ready');
      toggle.textContent = data.labelPause;
      startTicking();
    }

    function pause() {
      stopTicking();
      letSleep();
      pausedFrom = state;
      setState('paused');
      toggle.textContent = data.labelResume;
      cue(data.cuePaused);
    }

    function resume() {
      prepareSound();
      setState(pausedFrom);
      toggle.textContent = data.labelPause;
      startTicking();
    }

    // The running time done so far, for the bar: rests and get-ready do not count.
    function runningDone(at) {
      let done = 0;
      let begin = 0;
      for (const each of parts) {
        if (each.state === 'running') {
          done += Math.min(each.ms, Math.max(0, at - begin));
        }
        begin += each.ms;
      }
      return done;
    }

    function update() {
      const at = elapsed();
      if (state === 'advancing') {
        const left = advanceMs - at;
        show(left, 1);
        if (left <= 0) {
          stopTicking();
          moveOn(nextLink);
        }
        return;
      }
      if (at >= partsMs) {
        complete();
        return;
      }
      let begin = 0;
      let index = 0;
      while (at >= begin + parts[index].ms) {
        begin += parts[index].ms;
        index++;
      }
      if (index !== part) {
        enter(index);
      }
      const current = parts[index];
      const left = begin + current.ms - at;
      if (current.state === 'running') {
        const lastPart = index === parts.length - 1;
        // Only on a step long enough that the side switch is not still being read out.
        if (lastPart && sideMs > 2 * TEN_SECONDS && left <= TEN_SECONDS) {
          sayOnce('ten', data.cueTenLeft);
          status.textContent = data.cueTenLeft;
        }
        const count = Math.ceil(left / 1000);
        if (current.ms >= COUNTED_PART_MS && count <= COUNT_FROM) {
          sayOnce(index + ':' + count, String(count));
        }
        clock.classList.toggle('ending', left <= TEN_SECONDS && lastPart);
      }
      show(left, runningDone(at) / stepMs);
    }

    function enter(index) {
      part = index;
      const current = parts[index];
      setState(current.state);
      if (sideLabel) {
        sideLabel.textContent = current.label;
      }
      cue(current.cue);
      if (current.chimes) {
        chime(current.chimes);
      }
    }

    function complete() {
      stopTicking();
      clock.classList.remove('ending');
      chime(3);
      if (autoAdvance().checked) {
        banked = 0;
        setState('advancing');
        toggle.textContent = data.labelStay;
        cue(data.cueNextUp);
        startTicking();
        return;
      }
      letSleep();
      settle();
    }

    // Time is up and the player waits: the next step's button is where the eye goes.
    function settle() {
      setState('done');
      show(0, 1);
      toggle.textContent = data.labelAgain;
      cue(data.cueDoneNext);
      nextLink.classList.add('ready');
    }

    function resetTimer() {
      if (ticker) {
        stopTicking();
      }
      letSleep();
      banked = 0;
      part = -1;
      setState('idle');
      clock.classList.remove('ending');
      nextLink.classList.remove('ready');
      if (sideLabel) {
        sideLabel.textContent = idleLabel;
      }
      show(sideMs, 0);
      toggle.textContent = data.labelStart;
      status.textContent = idleText;
      if (canSpeak()) {
        speechSynthesis.cancel();
      }
    }

    function toggleTimer() {
      if (state === 'idle' || state === 'done') {
        start();
      }
      else if (state === 'advancing') {
        stopTicking();
        letSleep();
        settle();
      }
      else if (state === 'paused') {
        resume();
      }
      else {
        pause();
      }
    }

    function destroy() {
      if (ticker) {
        stopTicking();
      }
    }

    toggle.addEventListener('click', toggleTimer);
    reset.addEventListener('click', resetTimer);
    resetTimer();
    timer.hidden = false;
    if (autostart) {
      start();
    }
    return { toggle: toggleTimer, destroy };
  }

  function autoAdvance() {
    return document.getElementById('auto-advance');
  }

  // The next step is fetched and swapped in, so the page (and its permission to make sound) stays;
  // the finish page, or anything unexpected, is an ordinary visit.
  async function moveOn(link) {
    if (link.rel !== 'next') {
      window.location.assign(link.href);
      return;
    }
    try {
      const response = await fetch(link.href, { headers: { Accept: 'text/html' } });
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const next = page.querySelector('article.walkthrough');
      if (!response.ok || !next) {
        throw new Error('not a step page');
      }
      const article = document.importNode(next, true);
      player.destroy();
      document.querySelector('article.walkthrough').replaceWith(article);
      document.title = page.title;
      history.pushState(null, '', response.url);
      window.scrollTo(0, 0);
      setUpSwitches();
      article.querySelector('#step-name').focus({ preventScroll: true });
      player = mount(article, true);
    }
    catch (error) {
      window.location.assign(link.href);
    }
  }

  function setUpSwitches() {
    const options = document.getElementById('player-options');
    const auto = autoAdvance();
    auto.checked = remembered(AUTO_ADVANCE_KEY, true);
    auto.addEventListener('change', () => remember(AUTO_ADVANCE_KEY, auto.checked));
    if (canSpeak()) {
      const speak = document.getElementById('timer-speak');
      speak.checked = remembered(SPEAK_KEY, true);
      speak.addEventListener('change', () => remember(SPEAK_KEY, speak.checked));
      document.getElementById('timer-speak-field').hidden = false;
      noteMissingVoice();
    }
    options.hidden = false;
  }

  // The browser drops the lock when the tab is hidden; take it again on return if still counting.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && wantAwake) {
      keepAwake();
    }
  });
  window.addEventListener('pagehide', letSleep);
  // Back and forward after a swap: show the page the address now names.
  window.addEventListener('popstate', () => window.location.reload());

  // Space starts or pauses; the arrows follow the previous and next links.
  document.addEventListener('keydown', (event) => {
    if (!player || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    const target = event.target instanceof Element ? event.target : document.body;
    if (target.closest('input, textarea, select, [contenteditable]')) {
      return;
    }
    if (event.key === ' ') {
      // On a button, link or summary, Space already does its own job.
      if (!target.closest('button, a, summary')) {
        event.preventDefault();
        player.toggle();
      }
      return;
    }
    const direction = { ArrowLeft: 'prev', ArrowRight: 'next' }[event.key];
    const link = direction && document.querySelector('[data-nav="' + direction + '"]');
    if (link) {
      event.preventDefault();
      window.location.assign(link.href);
    }
  });

  const article = document.querySelector('article.walkthrough');
  if (article && article.querySelector('#timer')) {
    setUpSwitches();
    player = mount(article, false);
  }
})();
