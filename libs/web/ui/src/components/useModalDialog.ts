import { useEffect, useId, useRef } from 'react';

/**
 * Opens and closes a modal <dialog> with `open`: the browser keeps focus inside (the rest of the page is inert), the
 * first field (or `[data-autofocus]`) gets focus, and on closing focus goes back to where it was.
 */
export function useModalDialog(open: boolean, focusSelector: string) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
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
    }
  }, [open, focusSelector]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const restore = () => {
      const target = returnFocus.current;
      returnFocus.current = null;
      if (target && target.isConnected) target.focus();
    };
    dialog.addEventListener('close', restore);
    return () => dialog.removeEventListener('close', restore);
  }, []);

  return { ref, titleId };
}
