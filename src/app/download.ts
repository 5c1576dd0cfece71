/** Saves through a temporary link: no new window, so it also works inside an embed's iframe. Nothing leaves the browser. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const downloadText = (text: string, fileName: string, type: string) => downloadBlob(new Blob([text], { type }), fileName);

/** "acled-2024.csv" → "acled-2024": a base for the files saved from it. */
export const baseName = (name: string) => name.replace(/\.[a-z0-9]{1,8}$/i, '') || 'story';
