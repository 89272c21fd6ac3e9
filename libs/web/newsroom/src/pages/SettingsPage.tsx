import { NavLink, useParams } from 'react-router-dom';
import { can } from '@planbord/domain';
import { useCurrentUser } from '@planbord/web-graphql';
import { Card, Heading, PageHeader, Paragraph } from '@planbord/web-ui';
import { useT } from '../i18n';
import { NewsroomTabs } from '../components/NewsroomTabs';
import { ErasureSettings } from '../components/settings/ErasureSettings';
import { ImportSettings } from '../components/settings/ImportSettings';
import { NormsSettings } from '../components/settings/NormsSettings';
import { OfficeHoursSettings } from '../components/settings/OfficeHoursSettings';
import { OnCallSettings } from '../components/settings/OnCallSettings';
import { SourcesSettings } from '../components/settings/SourcesSettings';
import { TemplatesSettings } from '../components/settings/TemplatesSettings';
import { ThemeRulesSettings } from '../components/settings/ThemeRulesSettings';
import { NEWSROOM_ROUTES, SETTINGS_SECTIONS, type SettingsSection } from '../routes';
import '../newsroom.css';

/** Which mutation decides whether someone may change a section (the permission table on the server decides too). */
const EDIT: Record<SettingsSection, string> = {
  normen: 'Mutation.setResponseNorm',
  kantooruren: 'Mutation.setOfficeHours',
  piket: 'Mutation.createOnCallShift',
  sjablonen: 'Mutation.createReplyTemplate',
  themaregels: 'Mutation.createThemeRule',
  bronnen: 'Mutation.createIngestSource',
  importeren: 'Mutation.commitSignalImport',
  gegevens: 'Mutation.eraseResidentData',
};

/** Sections only for those who may use them (the rest may read the others). */
const ONLY_FOR_EDITORS: readonly SettingsSection[] = ['gegevens'];

/** `/nieuwsroom/instellingen/<section>`: the norms, hours, roster, templates, rules and sources behind the newsroom. */
export function SettingsPage() {
  const t = useT();
  const { me } = useCurrentUser();
  const params = useParams();
  const section: SettingsSection = SETTINGS_SECTIONS.includes(params.section as SettingsSection)
    ? (params.section as SettingsSection)
    : 'normen';
  const visible = SETTINGS_SECTIONS.filter((name) => !ONLY_FOR_EDITORS.includes(name) || can(me?.role, EDIT[name]));
  const canEdit = can(me?.role, EDIT[section]);
  const Section = {
    normen: NormsSettings,
    kantooruren: OfficeHoursSettings,
    piket: OnCallSettings,
    sjablonen: TemplatesSettings,
    themaregels: ThemeRulesSettings,
    bronnen: SourcesSettings,
    importeren: ImportSettings,
    gegevens: ErasureSettings,
  }[section];

  return (
    <>
      <PageHeader title={t('newsroom.settings.title')} intro={t('newsroom.settings.intro')} />
      <NewsroomTabs />
      <nav className="planbord-tabs" aria-label={t('newsroom.settings.sections')}>
        <ul className="planbord-tabs__list">
          {visible.map((name) => (
            <li key={name}>
              <NavLink
                className={({ isActive }) =>
                  `planbord-tabs__link${isActive || (name === section && !params.section) ? ' active' : ''}`
                }
                aria-current={name === section ? 'page' : undefined}
                to={`${NEWSROOM_ROUTES.settings}/${name}`}
              >
                {t(`newsroom.settings.section.${name}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Card labelledBy="settings-section">
        <Heading level={2} id="settings-section">
          {t(`newsroom.settings.section.${section}`)}
        </Heading>
        <Paragraph>{t(`newsroom.settings.explain.${section}`)}</Paragraph>
        {!canEdit ? <Paragraph small>{t('newsroom.settings.readOnly')}</Paragraph> : null}
        <Section canEdit={canEdit} />
      </Card>
    </>
  );
}
