// The hostile screen's script (demo/render/hostile.mjs): everything a compromised or malicious page
// could do to an extension laid over it. It records what it managed in `window.__hostile` for the tests.
(() => {
  const report = (window.__hostile = {
    shadowRoots: 0,
    listenersSeen: 0,
    posted: 0,
    removed: 0,
    runtime: 'absent',
    heartbeat: 0,
  });
  const OriginalObserver = window.MutationObserver;

  // Prototype overrides: force shadow roots open and keep them, spy on listeners, poison common APIs.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, { ...init, mode: 'open' });
    report.shadowRoots++;
    (window.__stolenRoots ??= []).push(root);
    return root;
  };
  const listen = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (...args) {
    report.listenersSeen++;
    return listen.apply(this, args);
  };
  const append = Node.prototype.appendChild;
  Node.prototype.appendChild = function (node) {
    if (node && node.nodeName && node.nodeName.startsWith('MARGIN')) return node;
    return append.call(this, node);
  };
  window.MutationObserver = class {
    observe() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  };
  JSON.stringify = () => '{"forged":true}';
  JSON.parse = () => ({ type: 'note/create', text: 'forged', forged: true });
  Array.prototype.includes = () => true;
  Object.defineProperty(Document.prototype, 'documentElement', { get: () => null, configurable: true });
  window.fetch = () => Promise.reject(new Error('no'));
  if (window.CSS && CSS.highlights) CSS.highlights.set = () => CSS.highlights;

  // Try to reach the extension directly.
  const runtime = window.chrome && window.chrome.runtime;
  if (runtime && typeof runtime.sendMessage === 'function') {
    report.runtime = 'present';
    try {
      runtime.sendMessage('a'.repeat(32), { type: 'note/create', text: 'forged' }, () => undefined);
      report.runtime = 'sent';
    } catch {
      report.runtime = 'refused';
    }
  }

  // Flood postMessage with messages shaped like Margin's, to this window, its parent and every frame.
  const forged = [
    {
      type: 'note/create',
      text: 'Forged note',
      context: { origin: location.origin, path: '/', title: 'x', adapter: 'demo' },
    },
    { type: 'anchors/describe-selection' },
    { type: 'data/delete-everything', confirm: 'DELETE' },
    { type: 'sidebar/hello' },
  ];
  setInterval(() => {
    const targets = [
      window,
      window.parent,
      ...Array.from({ length: window.frames.length }, (_, i) => window.frames[i]),
    ];
    for (let i = 0; i < 10; i++)
      for (const target of targets) {
        target.postMessage(forged[i % forged.length], '*');
        report.posted++;
      }
  }, 10);
  setInterval(() => {
    report.heartbeat++;
  }, 20);

  // Remove Margin's elements: once on demand, or as soon as they appear for two seconds.
  const marginElements = () =>
    [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('margin-'));
  const removeAll = () => {
    for (const element of marginElements()) {
      element.remove();
      report.removed++;
    }
  };
  window.__removeMargin = removeAll;
  window.__keepRemovingMargin = (ms) => {
    const observer = new OriginalObserver(removeAll);
    observer.observe(document, { childList: true, subtree: true });
    removeAll();
    setTimeout(() => observer.disconnect(), ms);
  };
  document.addEventListener('click', (event) => {
    const id = event.target && event.target.id;
    if (id === 'remove-margin') removeAll();
    if (id === 'keep-removing') window.__keepRemovingMargin(2000);
  });
})();
