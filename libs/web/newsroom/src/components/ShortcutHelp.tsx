import { useT } from '../i18n';
import { INBOX_SHORTCUTS } from '../lib/shortcuts';

const SHOWN = ['j', 'k', 'Enter', 'e', 'd', 'r', 'x', '/'] as const;

/** The inbox's keys, always on the page: learnt by looking, not from a manual. */
export function ShortcutHelp({ id }: { id: string }) {
  const t = useT();
  return (
    <section className="planbord-shortcuts" aria-labelledby={id}>
      <h2 className="planbord-shortcuts__title" id={id}>
        {t('newsroom.keys.title')}
      </h2>
      <dl className="planbord-shortcuts__list">
        {SHOWN.map((key) => (
          <div key={key} className="planbord-shortcuts__item">
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(`newsroom.keys.${key === 'Enter' ? 'open' : INBOX_SHORTCUTS[key]}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="planbord-shortcuts__note">{t('newsroom.keys.note')}</p>
    </section>
  );
}
