import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';

/** A data table in a bordered surface; the caption names it for assistive technology. */
export function Table({ caption, captionHidden = true, children }: { caption: string; captionHidden?: boolean; children: ReactNode }) {
  return (
    <div className="planbord-table-wrapper">
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
