// The article view's behaviour: layer toggles, a card for the highlight under the pointer or in
// keyboard focus (Esc closes it), and panel items that bring their highlight into view. Cards are
// copies of elements the server rendered (escaped); nothing from the article is ever evaluated.

(() => {
  const article = document.querySelector("article");
  const cards = document.getElementById("cards");
  if (!article || !cards) return;

  const card = document.createElement("div");
  card.id = "card";
  card.className = "card";
  card.hidden = true;
  card.setAttribute("role", "region");
  card.setAttribute("aria-label", "details of the highlight");
  card.setAttribute("aria-live", "polite");
  document.body.append(card);

  let current = null;
  let hideTimer = 0;

  const layerHidden = (el) => {
    const layer = el.getAttribute("data-layer") || (el.hasAttribute("data-part") ? "quote" : "");
    return document.body.classList.contains(`hide-${layer}`);
  };

  /** The element and the highlights around it, innermost first, in layers that are switched on. */
  function highlightsAt(el) {
    const out = [];
    for (
      let x = el.closest("[data-card]");
      x && article.contains(x);
      x = x.parentElement.closest("[data-card]")
    )
      if (!layerHidden(x)) out.push(x);
    return out;
  }

  function show(el) {
    const keys = [...new Set(highlightsAt(el).map((x) => x.getAttribute("data-card")))];
    const bodies = keys
      .map((k) => cards.querySelector(`[data-key="${CSS.escape(k)}"]`))
      .filter(Boolean)
      .map((b) => b.cloneNode(true));
    if (bodies.length === 0) return hide();
    clearTimeout(hideTimer);
    if (current && current !== el) current.removeAttribute("aria-describedby");
    current = el;
    el.setAttribute("aria-describedby", "card");
    card.replaceChildren(...bodies);
    card.hidden = false;
    place(el);
  }

  /** Below the highlight (above it when there is no room), inside the window. */
  function place(el) {
    const r = el.getBoundingClientRect();
    const width = card.offsetWidth;
    const left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - width - 8));
    const below = r.bottom + 6 + card.offsetHeight < window.innerHeight;
    const top = below ? r.bottom + 6 : Math.max(8, r.top - card.offsetHeight - 6);
    card.style.left = `${left + window.scrollX}px`;
    card.style.top = `${top + window.scrollY}px`;
  }

  function hide() {
    clearTimeout(hideTimer);
    card.hidden = true;
    if (current) current.removeAttribute("aria-describedby");
    current = null;
  }

  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 250);
  };

  article.addEventListener("mouseover", (e) => {
    const el = e.target.closest("[data-card]");
    if (el && article.contains(el)) show(el);
  });
  article.addEventListener("mouseout", (e) => {
    if (!card.contains(e.relatedTarget)) hideSoon();
  });
  card.addEventListener("mouseenter", () => clearTimeout(hideTimer));
  card.addEventListener("mouseleave", hideSoon);
  article.addEventListener("focusin", (e) => {
    if (e.target.matches("[data-card]")) show(e.target);
  });
  article.addEventListener("focusout", (e) => {
    if (!card.contains(e.relatedTarget)) hideSoon();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || card.hidden) return;
    const back = current;
    hide();
    if (back && card.contains(document.activeElement)) back.focus();
  });

  // Layer toggles: a layer switched off loses its marks and its place in the Tab order.
  for (const box of document.querySelectorAll("input[data-toggle]")) {
    box.addEventListener("change", () => setLayer(box.getAttribute("data-toggle"), box.checked));
  }
  function setLayer(layer, on) {
    document.body.classList.toggle(`hide-${layer}`, !on);
    for (const el of article.querySelectorAll(`[data-layer="${layer}"]`)) el.tabIndex = on ? 0 : -1;
    const box = document.querySelector(`input[data-toggle="${layer}"]`);
    if (box) box.checked = on;
    if (current && layerHidden(current)) hide();
  }

  // Panel items: hovering one marks its highlights; following its link focuses the first one.
  const marked = (key) => article.querySelectorAll(`[data-ref="${CSS.escape(key)}"]`);
  for (const item of document.querySelectorAll("[data-focus]")) {
    const key = item.getAttribute("data-focus");
    item.addEventListener("mouseenter", () => {
      for (const el of marked(key)) el.classList.add("focus");
    });
    item.addEventListener("mouseleave", () => {
      for (const el of document.querySelectorAll(".focus")) el.classList.remove("focus");
    });
  }
  document.addEventListener("click", (e) => {
    const link = e.target.closest('a[href^="#hl-"]');
    if (!link) return;
    const target = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (!target) return;
    e.preventDefault();
    history.replaceState(null, "", link.getAttribute("href"));
    bringIntoView(target);
  });

  function bringIntoView(target) {
    const layer = target.getAttribute("data-layer");
    if (layer && layerHidden(target)) setLayer(layer, true);
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
    target.classList.remove("flash");
    void target.offsetWidth; // restart the animation
    target.classList.add("flash");
  }

  const start = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (start?.matches("[data-card]")) bringIntoView(start);
})();
