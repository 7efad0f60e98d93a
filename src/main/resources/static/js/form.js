// The routine form, kept short: it asks where a broken bone, burn or wound is only once one of those is
// ticked, and the warning signs of an area only once that area is chosen. Without this script every
// question shows, the signs grouped by area, and the form works the same.
(() => {
  'use strict';

  const form = document.querySelector('form.routine-form');
  if (!form) {
    return;
  }
  const ticked = (boxes) => boxes.some((box) => box.checked);
  const updates = [];

  const question = document.getElementById('affected-areas-question');
  if (question) {
    const local = new Set(question.dataset.shownBy.split(' '));
    const conditions = [...form.querySelectorAll('input[name="conditions"]')].filter((box) => local.has(box.value));
    const answers = [...question.querySelectorAll('input[type="checkbox"]')];
    // Areas already ticked stay in view, so nothing chosen is ever hidden.
    updates.push(() => {
      question.hidden = !ticked(conditions) && !ticked(answers);
    });
  }

  const signs = document.getElementById('area-signs');
  if (signs) {
    const groups = [...signs.querySelectorAll('fieldset[data-areas]')];
    // A routine made again for someone else carries its areas as hidden fields.
    const chosen = () => new Set([...form.querySelectorAll('input[name="areas"]')]
      .filter((input) => input.type === 'hidden' || input.checked).map((input) => input.value));
    updates.push(() => {
      const areas = chosen();
      let shown = 0;
      groups.forEach((group) => {
        // A sign already ticked stays in view, so a "yes" is never hidden.
        group.hidden = !group.dataset.areas.split(' ').some((area) => areas.has(area))
          && !ticked([...group.querySelectorAll('input')]);
        shown += group.hidden ? 0 : 1;
      });
      signs.hidden = shown === 0;
    });
  }

  const update = () => updates.forEach((step) => step());
  form.addEventListener('change', update);
  update();
})();
