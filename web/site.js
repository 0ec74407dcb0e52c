// The site's pages: while an article is being analysed, say so (analysis takes a few seconds).

(() => {
  const form = document.querySelector('form[action="/analyze"]');
  if (!form) return;
  form.addEventListener("submit", () => {
    const button = form.querySelector('button[type="submit"]');
    if (!button) return;
    button.disabled = true;
    button.textContent = "Analysing…";
  });
})();
