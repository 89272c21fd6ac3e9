import { useT } from '../i18n';

/** The post's warnings, in the person's language; warnings, never errors. */
export function WarningList({ warnings, id }: { warnings: readonly string[]; id?: string }) {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <div className="planbord-post-warnings" id={id}>
      <p className="planbord-post-warnings__title">{t('publishing.warnings', { count: warnings.length })}</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </div>
  );
}
