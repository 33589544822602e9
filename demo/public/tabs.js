// Form tabs: role=tablist/tab/tabpanel with all panels in the DOM and inactive ones hidden.
// Click or arrow keys (Left/Right/Home/End) switch tabs; revealElement() opens the tab
// that contains a given element (used by the error summary links).
export function activateTab(tab, { focus = false } = {}) {
  const list = tab.closest('[role="tablist"]');
  if (!list) return;
  for (const other of list.querySelectorAll('[role="tab"]')) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    const panel = document.getElementById(other.getAttribute('aria-controls'));
    if (panel) panel.hidden = !selected;
  }
  if (focus) tab.focus();
}

export function revealElement(element) {
  const panel = element.closest('[role="tabpanel"]');
  if (panel && panel.hidden) {
    const tab = document.getElementById(panel.getAttribute('aria-labelledby'));
    if (tab) activateTab(tab);
  }
}

export function initTabs() {
  document.addEventListener('click', (event) => {
    const tab = event.target instanceof Element ? event.target.closest('[role="tab"]') : null;
    if (tab) activateTab(tab);
  });
  document.addEventListener('keydown', (event) => {
    const tab = event.target instanceof Element ? event.target.closest('[role="tab"]') : null;
    if (!tab) return;
    const tabs = [...tab.closest('[role="tablist"]').querySelectorAll('[role="tab"]')];
    const i = tabs.indexOf(tab);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    activateTab(tabs[(next + tabs.length) % tabs.length], { focus: true });
  });
}
