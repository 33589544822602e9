// Reads one object store of Margin's IndexedDB from a page in the extension's origin (the database's
// origin), without creating anything: a store that does not exist yet reads as empty.

/**
 * @param {import('@playwright/test').Page} extensionPage a page of Margin's own (e.g. dashboard.html)
 * @param {string} storeName
 * @returns {Promise<unknown[]>}
 */
export function readStore(extensionPage, storeName) {
  return extensionPage.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('margin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    storeName,
  );
}
