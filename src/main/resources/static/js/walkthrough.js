// Step timer for the walkthrough pages: a get-ready countdown, then the step's time with a switch of
// sides half-way for two-sided steps; cues as text (announced politely), a soft beep, vibration and,
// if the person asks for it, speech; Space and the arrow keys; the screen kept awake while it runs.
// Without this script the page still works: the timer stays hidden and the links do the rest.
// The server reads the data-* attributes from messages.properties; ?seconds=N on the page address
// shortens the timer (see StepTimer.java).
(() => {
  'use strict';

  const timer = document.getElementById('timer');
  if (!timer) {
    return;
  }
  const data = timer.dataset;
  const stepMs = Number(data.seconds) * 1000;
  const readyMs = Number(data.readySeconds) * 1000;
  const sides = Number(data.sides);
  const clock = document.getElementById('timer-clock');
  const bar = document.getElementById('timer-bar');
  const status = document.getElementById('timer-status');
  const sideLabel = document.getElementById('timer-side');
  const toggle = document.getElementById('timer-toggle');
  const reset = document.getElementById('timer-reset');
  const speakField = document.getElementById('timer-speak-field');
  const speak = document.getElementById('timer-speak');
  const idleText = status.textContent;
  const TEN_SECONDS = 10000;
  const SPEAK_KEY = 'unknot.speakCues';

  // idle -> ready -> running -> done; "paused" remembers whether it paused the ready or the running part.
  let state = 'idle';
  let pausedFrom = null;
  let banked = 0; // ms of the current part done before the latest start or resume
  let since = 0;
  let ticker = null;
  let switched = false;
  let warned = false;

  const elapsed = () => banked + (ticker ? performance.now() - since : 0);

  function setState(next) {
    state = next;
    data.state = next;
  }

  function show(ms, fraction) {
    const seconds = Math.max(0, Math.ceil(ms / 1000));
    clock.textContent = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
    bar.value = Math.round(fraction * 1000);
  }

  function cue(text) {
    status.textContent = text;
    say(text);
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
    letSleep();
  }

  function start() {
    prepareSound();
    banked = 0;
    switched = false;
    warned = false;
    if (sideLabel) {
      sideLabel.textContent = data.sideFirst;
    }
    setState('ready');
    toggle.textContent = data.labelPause;
    cue(data.cueReady);
    startTicking();
  }

  function pause() {
    stopTicking();
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

  function update() {
    if (state === 'ready') {
      const left = readyMs - elapsed();
      if (left > 0) {
        show(left, 0);
        return;
      }
      banked = 0;
      since = performance.now();
      setState('running');
      cue(sides === 2 ? data.cueBeginFirstSide : data.cueBegin);
      chime(1);
    }
    const done = elapsed();
    const sideMs = stepMs / sides;
    if (sides === 2 && !switched && done >= sideMs) {
      switched = true;
      sideLabel.textContent = data.sideSecond;
      cue(data.cueSwitch);
      chime(2);
    }
    // Only worth saying on a step long enough that the switch cue is not still being read out.
    if (!warned && stepMs - done <= TEN_SECONDS && sideMs > 2 * TEN_SECONDS) {
      warned = true;
      cue(data.cueTenLeft);
    }
    clock.classList.toggle('ending', stepMs - done <= TEN_SECONDS);
    if (done >= stepMs) {
      finish();
      return;
    }
    const sideLeft = (switched ? stepMs : sideMs) - done;
    show(sideLeft, done / stepMs);
  }

  function finish() {
    stopTicking();
    setState('done');
    clock.classList.remove('ending');
    show(0, 1);
    toggle.textContent = data.labelAgain;
    cue(data.cueDone);
    chime(3);
  }

  function resetTimer() {
    if (ticker) {
      stopTicking();
    }
    banked = 0;
    setState('idle');
    clock.classList.remove('ending');
    if (sideLabel) {
      sideLabel.textContent = data.sideFirst;
    }
    show(stepMs / sides, 0);
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
    else if (state === 'paused') {
      resume();
    }
    else {
      pause();
    }
  }

  // Sound: a soft sine beep; the audio context may only start after a click or key press.
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

  // Spoken cues: off unless the person ticks the box; the choice is remembered on this device.
  function canSpeak() {
    return 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
  }

  function say(text) {
    if (!canSpeak() || !speak.checked) {
      return;
    }
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || 'en';
    speechSynthesis.speak(utterance);
  }

  function remembered() {
    try {
      return localStorage.getItem(SPEAK_KEY) === 'on';
    }
    catch (error) {
      return false;
    }
  }

  function remember(on) {
    try {
      localStorage.setItem(SPEAK_KEY, on ? 'on' : 'off');
    }
    catch (error) {
      // Private modes may refuse storage: the box still works for this page.
    }
  }

  // Keep the screen on while the timer runs, where the browser allows it.
  let wakeLock = null;

  async function keepAwake() {
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
    if (wakeLock) {
      wakeLock.release().catch(() => {});
      wakeLock = null;
    }
  }

  // The browser drops the lock when the tab is hidden; take it again on return if still timing.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && ticker) {
      keepAwake();
    }
  });
  window.addEventListener('pagehide', letSleep);

  // Space starts or pauses; the arrows follow the previous and next links.
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
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
        toggleTimer();
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

  toggle.addEventListener('click', toggleTimer);
  reset.addEventListener('click', resetTimer);
  if (canSpeak()) {
    speak.checked = remembered();
    speak.addEventListener('change', () => remember(speak.checked));
    speakField.hidden = false;
  }
  resetTimer();
  timer.hidden = false;
})();
