// The routine form, kept short: the warning signs of an area show once that area is chosen, a condition's
// once it is ticked, a condition only where it can change a routine for the chosen areas, the conditions
// of one part of the body behind one question, and where that part is once one is ticked. Without this
// script every question shows, the signs grouped by area, and the form works the same.
(() => {
  'use strict';

  const form = document.querySelector('form.routine-form');
  if (!form) {
    return;
  }
  const ticked = (boxes) => boxes.some((box) => box.checked);
  const updates = [];

  // A question that follows a condition (where a broken bone is; bleeding in pregnancy) shows once one of
  // its conditions is ticked. What is already answered in it stays in view, so nothing chosen is hidden.
  [...form.querySelectorAll('[data-shown-by]')].forEach((question) => {
    const by = new Set(question.dataset.shownBy.split(' '));
    const conditions = [...form.querySelectorAll('input[name="conditions"]')].filter((box) => by.has(box.value));
    const answers = [...question.querySelectorAll('input[type="checkbox"]')];
    updates.push(() => {
      question.hidden = !ticked(conditions) && !ticked(answers);
    });
  });

  // A routine made again for someone else carries its areas as hidden fields.
  const chosen = () => new Set([...form.querySelectorAll('input[name="areas"]')]
    .filter((input) => input.type === 'hidden' || input.checked).map((input) => input.value));

  // A condition whose answer cannot change a routine for the chosen areas is not asked; until an area
  // is chosen, all are.
  const conditions = [...form.querySelectorAll('#conditions li[data-areas]')];
  updates.push(() => {
    const areas = chosen();
    conditions.forEach((item) => {
      item.hidden = areas.size > 0 && !item.dataset.areas.split(' ').some((area) => areas.has(area))
        && !ticked([...item.querySelectorAll('input')]);
    });
  });

  // The conditions of one part of the body wait behind one question.
  const keepClear = document.getElementById('keep-clear-answer');
  const localList = document.getElementById('local-conditions');
  if (keepClear && localList) {
    const yes = document.getElementById('keep-clear-yes');
    const local = [...localList.querySelectorAll('input')];
    keepClear.hidden = false;
    updates.push(() => {
      if (ticked(local)) {
        yes.checked = true;
      }
      localList.hidden = !yes.checked;
    });
  }

  const signs = document.getElementById('area-signs');
  if (signs) {
    const groups = [...signs.querySelectorAll('[data-areas]')];
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
