import type { FormEvent, ReactNode } from 'react';
import { useModalDialog } from './useModalDialog';

export interface DialogProps {
  open: boolean;
  title: ReactNode;
  /** Called on Escape, on the cancel button and on a click on the backdrop. */
  onClose: () => void;
  children?: ReactNode;
  /** The buttons at the bottom; the dialog's content is a form, so a submit button there submits `onSubmit`. */
  actions: ReactNode;
  onSubmit?: () => void;
}

/**
 * A small modal dialog to confirm something, such as switching crisis mode with a reason: the browser keeps focus
 * inside, Escape closes it, and on closing focus goes back to where it was.
 */
export function Dialog({ open, title, onClose, children, actions, onSubmit }: DialogProps) {
  const { ref, titleId } = useModalDialog(open, '[data-autofocus], input:not([type=hidden]), textarea, select, button');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };

  return (
    <dialog
      ref={ref}
      className="planbord-dialog"
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
        <form className="planbord-dialog__form" onSubmit={submit} noValidate>
          <h2 className="utrecht-heading-2 planbord-dialog__title" id={titleId}>
            {title}
          </h2>
          {children ? <div className="planbord-dialog__body">{children}</div> : null}
          <div className="utrecht-button-group planbord-button-row planbord-dialog__actions">{actions}</div>
        </form>
      ) : null}
    </dialog>
  );
}
