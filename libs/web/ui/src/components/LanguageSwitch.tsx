import { LOCALES, type Locale } from '@planbord/domain';
import { useLocale, useSetLocale, useT } from '../i18n/I18nProvider';

/** Two buttons, each named in its own language, in a group labelled "Taal" / "Language". */
export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const setLocale = useSetLocale();
  return (
    <div className="planbord-language-switch" role="group" aria-label={t('language.label')}>
      {LOCALES.map((option: Locale) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="utrecht-button utrecht-button--subtle"
          aria-pressed={option === locale}
          onClick={() => option !== locale && setLocale(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  );
}
