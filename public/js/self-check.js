// Self-check score (src/components/SelfCheck.astro): under each opened answer, "I knew it" and
// "Not yet"; the page's score is kept in this browser's localStorage only, nothing is sent.
const KEY = `itscm-self-check:${location.pathname}`;
for (const section of document.querySelectorAll('[data-self-check]')) {
  const questions = [...section.querySelectorAll('[data-question]')];
  const score = section.querySelector('[data-score]');
  let saved = {};
  try {
    saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') ?? {};
  } catch {
    saved = {};
  }
  const show = () => {
    const answered = Object.keys(saved).length;
    const knew = Object.values(saved).filter((v) => v === true).length;
    score.hidden = answered === 0;
    score.textContent = `You knew ${knew} of ${questions.length}${answered < questions.length ? ` (${answered} answered)` : ''}. Kept on this device only.`;
  };
  questions.forEach((details, i) => {
    const row = document.createElement('p');
    row.className = 'self-check-buttons';
    for (const [label, value] of [
      ['I knew it', true],
      ['Not yet', false],
    ]) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.setAttribute('aria-pressed', String(saved[i] === value));
      b.addEventListener('click', () => {
        saved[i] = value;
        try {
          localStorage.setItem(KEY, JSON.stringify(saved));
        } catch {
          // Storage off: the score lasts as long as the page.
        }
        for (const other of row.querySelectorAll('button'))
          other.setAttribute('aria-pressed', String(other === b));
        show();
      });
      row.append(b);
    }
    details.append(row);
  });
  show();
}
