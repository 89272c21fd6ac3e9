import { useEffect, useRef, useState, type ReactNode, type TdHTMLAttributes, type ThHTMLAttributes } from 'react';

/** Whether the element is narrower than its content, following resizes (a phone turned, content loaded). */
function useOverflowsSideways<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return [ref, overflows] as const;
}

/**
 * A data table in a bordered surface; the caption names it for assistive technology. A table wider than the screen
 * scrolls inside its surface (the page never does); the surface then takes the focus, so the keyboard can scroll it.
 */
export function Table({
  caption,
  captionHidden = true,
  children,
}: {
  caption: string;
  captionHidden?: boolean;
  children: ReactNode;
}) {
  const [ref, overflows] = useOverflowsSideways<HTMLDivElement>();
  return (
    <div
      ref={ref}
      className="planbord-table-wrapper planbord-focusable"
      tabIndex={overflows ? 0 : undefined}
      role={overflows ? 'region' : undefined}
      aria-label={overflows ? caption : undefined}
    >
      <table className="utrecht-table utrecht-table--html-table utrecht-table--row-hover">
        <caption className={captionHidden ? 'planbord-visually-hidden' : 'utrecht-table__caption'}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function TableHeader({ children }: { children: ReactNode }) {
  return <thead className="utrecht-table__header">{children}</thead>;
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="utrecht-table__body">{children}</tbody>;
}

export function TableRow({ children }: { children: ReactNode }) {
  return <tr className="utrecht-table__row">{children}</tr>;
}

export function TableHeaderCell({ children, className, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th scope="col" className={['utrecht-table__header-cell', className].filter(Boolean).join(' ')} {...rest}>
      {children}
    </th>
  );
}

export function TableCell({ children, className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return (
    <td className={['utrecht-table__cell', className].filter(Boolean).join(' ')} {...rest}>
      {children}
    </td>
  );
}
