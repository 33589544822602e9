// Margin's content script, injected by the manifest into pages of enabled sites: a tiny loader, so that
// the case system's own load comes first. Once the page has loaded (or after five seconds, for a page
// whose last resource never arrives) it imports Margin's in-page code (entrypoints/margin-page.ts)
// into this isolated world, where the page's own scripts cannot see it. Top frames only.
/* global chrome */
(() => {
  if (window.top !== window) return;
  const start = () => {
    import(chrome.runtime.getURL('/margin-page.js')).catch((error) =>
      console.warn('Margin could not start on this page:', error),
    );
  };
  if (document.readyState === 'complete') {
    start();
    return;
  }
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    clearTimeout(timer);
    start();
  };
  const timer = setTimeout(once, 5000);
  window.addEventListener('load', once, { once: true });
})();
