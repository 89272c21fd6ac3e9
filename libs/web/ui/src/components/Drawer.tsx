import type { ReactNode } from 'react';
import { useModalDialog } from './useModalDialog';

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
  const { ref, titleId } = useModalDialog(open, '[data-autofocus], input:not([type=hidden]), select, textarea');

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
