import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DrawerProps {
  open: boolean;
  title: ReactNode;
  /** Called on Escape, on the close button and on a click on the backdrop. */
  onClose: () => void;
  closeLabel: string;
  children: ReactNode;
  footer?: ReactNode;
}

/**
 * A side panel on a modal <dialog>: the browser keeps focus inside (the rest of the page is inert), Escape closes it,
 * and on closing focus goes back to where it was.
 */
export function Drawer({ open, title, onClose, closeLabel, children, footer }: DrawerProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      const first = dialog.querySelector<HTMLElement>('[data-autofocus], input:not([type=hidden]), select, textarea');
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

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

  return (
    <dialog
      ref={ref}
      className="utrecht-drawer utrecht-drawer--inline-end planbord-drawer"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
    >
      {open ? (
        <>
          <div className="planbord-drawer__header">
            <h2 className="utrecht-heading-2" id={titleId}>
              {title}
            </h2>
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onClose}>
              {closeLabel}
            </button>
          </div>
          <div className="planbord-drawer__body">{children}</div>
          {footer ? <div className="planbord-drawer__footer">{footer}</div> : null}
        </>
      ) : null}
    </dialog>
  );
}
