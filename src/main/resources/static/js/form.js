// The routine form: asks where a broken bone, burn or wound is only once one of those is ticked.
// Without this script the question always shows, and the form works the same.
(() => {
  'use strict';

  const question = document.getElementById('affected-areas-question');
  if (!question) {
    return;
  }
  const local = new Set(question.dataset.shownBy.split(' '));
  const conditions = [...document.querySelectorAll('input[name="conditions"]')].filter((box) => local.has(box.value));
  const answers = [...question.querySelectorAll('input[type="checkbox"]')];

  // Areas already ticked stay in view, so nothing chosen is ever hidden.
  function update() {
    question.hidden = !conditions.some((box) => box.checked) && !answers.some((box) => box.checked);
  }

  question.closest('form').addEventListener('change', update);
  update();
})();
