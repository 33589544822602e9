/** Saves data as a file through the browser's own download (a blob URL: nothing leaves the device). */
export function downloadFile(name: string, content: string, type = 'application/json'): void {
  downloadBlob(name, new Blob([content], { type }));
}

/** Saves a Blob (large exports are built as one, from many small parts). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
