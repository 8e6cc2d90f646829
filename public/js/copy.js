// Adds a "Copy" button to Mermaid sources (pre > code[data-copy]); without JavaScript the
// source is still there to select and copy by hand.
for (const code of document.querySelectorAll('code[data-copy]')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.textContent = 'Copy';
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select the text to copy';
    }
  });
  code.parentElement?.before(button);
}
