// The routine sheet's print button: printing needs script, so the button stays hidden without it.
(() => {
  'use strict';

  const button = document.getElementById('print-sheet');
  if (button) {
    button.addEventListener('click', () => window.print());
    button.hidden = false;
  }
})();
