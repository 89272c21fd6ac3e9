import { useEffect, useId, useLayoutEffect, useRef } from 'react';

/**
 * Opens and closes a modal <dialog> with `open`: the browser keeps focus inside (the rest of the page is inert), the
 * first field (or `[data-autofocus]`) gets focus, and on closing focus goes back to where it was.
 */
export function useModalDialog(open: boolean, focusSelector: string) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const titleId = useId();

  // In the commit itself, not after it: a key pressed between the dialog's content going and the focus coming back
  // would land on the page, and the focus arriving after it would undo what the key did.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // A marked element wins over the first field, wherever it stands (a confirmation starts on its safe button).
      (
        dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(focusSelector)
      )?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      restoreFocus(dialog, returnFocus);
    }
  }, [open, focusSelector]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // A dialog closed by the browser itself (a form with method="dialog").
    const restore = () => restoreFocus(dialog, returnFocus);
    dialog.addEventListener('close', restore);
    return () => dialog.removeEventListener('close', restore);
  }, []);

  return { ref, titleId };
}

/**
 * Focus goes back at once when the dialog closes, not only in the later `close` event: a key pressed right after
 * closing may have moved the focus on by then, and it keeps it.
 */
function restoreFocus(dialog: HTMLDialogElement, returnFocus: { current: HTMLElement | null }) {
  const target = returnFocus.current;
  returnFocus.current = null;
  const current = document.activeElement;
  const lost = !current || current === document.body || dialog.contains(current);
  if (target && target.isConnected && (lost || current === target)) target.focus();
}

/**
 * For a dialog that leaves the page when it closes, before the browser could give the focus back: the element put in
 * the returned ref (the one that opened it) gets the focus in the commit that closes it, so that a key pressed right
 * after closing is not undone by the focus arriving after it. When that element was drawn anew meanwhile,
 * `stillThere` may find its successor.
 */
export function useFocusReturn(open: boolean, stillThere?: (gone: HTMLElement) => HTMLElement | null) {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(open);
  useLayoutEffect(() => {
    const closed = wasOpen.current && !open;
    wasOpen.current = open;
    const target = opener.current;
    if (!closed || !target) return;
    opener.current = null;
    (target.isConnected ? target : stillThere?.(target))?.focus();
  }, [open]);
  return opener;
}
