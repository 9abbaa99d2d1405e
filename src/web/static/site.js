// Small enhancements; every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // "Copy link" in the share bar, shown only where the Clipboard API exists.
  for (const button of document.querySelectorAll('button.copy-link')) {
    if (!navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(button.dataset.url || location.href);
      button.textContent = '✓';
    });
  }
  // Move focus to the first field with an error after a failed submit.
  const invalid = document.querySelector('[aria-invalid="true"]');
  if (invalid) invalid.focus();
});

// "Already answered?" on the ask form: while the asker types, published Q&As that may answer
// the question are listed; opening one is counted (?suggestion=rank). The form works without it.
document.addEventListener('DOMContentLoaded', () => {
  const box = document.getElementById('suggestions');
  const title = document.getElementById('title');
  const body = document.getElementById('body');
  if (!box || !title || !body || !window.fetch) return;
  const lang = box.dataset.lang || 'en';
  let timer;
  let last = '';
  const show = (results) => {
    box.replaceChildren();
    if (results.length === 0) {
      box.hidden = true;
      return;
    }
    const heading = document.createElement('h2');
    heading.textContent = box.dataset.heading || '';
    const hint = document.createElement('p');
    hint.textContent = box.dataset.hint || '';
    const list = document.createElement('ol');
    results.forEach((result, i) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `/${lang}/questions/${result.id}?suggestion=${i + 1}`;
      link.textContent = result.title;
      item.append(link);
      list.append(item);
    });
    box.append(heading, hint, list);
    box.hidden = false;
  };
  const lookup = async () => {
    const text = `${title.value}\n${body.value}`.trim();
    if (text.length < 8 || text === last) return;
    last = text;
    try {
      const response = await fetch('/api/v1/similar', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, lang, limit: 5 }),
      });
      if (response.ok && text === last) show((await response.json()).results);
    } catch {
      // Suggestions are a convenience: a failed lookup leaves the form as it is.
    }
  };
  for (const field of [title, body]) {
    field.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(lookup, 400);
    });
  }
});
