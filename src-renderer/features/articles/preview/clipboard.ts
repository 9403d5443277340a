// Rich copy for 复制到公众号: text/html and text/plain in one clipboard item. The item is made
// inside the click with promised blobs, so the write keeps the click's user activation while the
// HTML is still being fetched (Chromium, Safari). Where the async clipboard refuses, a hidden
// selection and execCommand('copy') do it, with a copy listener setting both types.

export interface RichText {
  html: string;
  plainText: string;
}

/** How the text reached the clipboard. */
export type CopyWay = 'clipboard' | 'selection';

function copyBySelection({ html, plainText }: RichText): void {
  const holder = document.createElement('div');
  holder.contentEditable = 'true';
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;left:-10000px;top:0;width:375px;opacity:0;pointer-events:none;';
  holder.innerHTML = html;
  document.body.appendChild(holder);
  const onCopy = (event: ClipboardEvent) => {
    event.preventDefault();
    event.clipboardData?.setData('text/html', html);
    event.clipboardData?.setData('text/plain', plainText);
  };
  document.addEventListener('copy', onCopy, true);
  const selection = window.getSelection();
  const saved = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  try {
    const range = document.createRange();
    range.selectNodeContents(holder);
    selection?.removeAllRanges();
    selection?.addRange(range);
    if (!document.execCommand('copy')) throw new Error('execCommand copy refused');
  } finally {
    document.removeEventListener('copy', onCopy, true);
    selection?.removeAllRanges();
    if (saved) selection?.addRange(saved);
    holder.remove();
  }
}

/** Puts `content` on the clipboard as HTML and text; rejects with the content's own error when it fails to come. */
export async function copyRichText(content: Promise<RichText>): Promise<CopyWay> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    const item = new ClipboardItem({
      'text/html': content.then((c) => new Blob([c.html], { type: 'text/html' })),
      'text/plain': content.then((c) => new Blob([c.plainText], { type: 'text/plain' })),
    });
    try {
      await navigator.clipboard.write([item]);
      return 'clipboard';
    } catch {
      // Refused (no permission, no focus) or the content failed: the content's error wins below.
    }
  }
  copyBySelection(await content);
  return 'selection';
}
