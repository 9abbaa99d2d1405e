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
