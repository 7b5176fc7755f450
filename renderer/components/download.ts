// Hands base64 bytes from the core to the user as a file download. On the desktop Electron turns the
// blob download into the native Save-As dialog; in browser mode it is the browser's own download.
export function downloadBase64(fileName: string, base64: string, type: string): void {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  downloadBlob(fileName, new Blob([bytes], { type }));
}

/** Hands bytes made in the page (a drawn canvas, an SVG) to the user as a file download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Reads a picked file as base64 for the request body (files stay on this machine). The browser's
 * own reader does the encoding: a loop over the bytes in script held the page for seconds on a
 * large workbook (no progress shown, no answer to the stop button) on a loaded machine.
 */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      // "data:<type>;base64,<data>"; an empty file may come back as a bare "data:".
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      resolve(comma < 0 ? '' : url.slice(comma + 1));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('the file could not be read'));
    };
    reader.readAsDataURL(file);
  });
}
