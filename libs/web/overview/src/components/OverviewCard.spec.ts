import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { CombinedGraphQLErrors } from '@apollo/client';
import { I18nProvider, sharedMessages } from '@planbord/web-ui';
import { messages } from '../i18n';
import { OverviewCard, OverviewItem } from './OverviewCard';

const catalogues = { nl: { ...sharedMessages.nl, ...messages.nl }, en: { ...sharedMessages.en, ...messages.en } };
const render = (node: ReactNode) =>
  renderToStaticMarkup(
    h(
      MemoryRouter,
      null,
      h(I18nProvider, { locale: 'nl', messages: catalogues, onLocaleChange: () => undefined, children: node }),
    ),
  );
const card = (props: Partial<Parameters<typeof OverviewCard>[0]>, children?: ReactNode) =>
  render(
    h(
      OverviewCard,
      { id: 'gaps', title: 'Nog niet gedekt', loading: false, onRetry: () => undefined, ...props },
      children,
    ),
  );

describe('a part of the overview', () => {
  it('says it is loading while nothing has arrived', () => {
    const html = card({ loading: true });
    expect(html).toContain('Bezig met laden');
    expect(html).toContain('aria-labelledby="overview-gaps"');
  });

  it('says it could not be loaded, with a way to try again, when nothing arrived', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'nee', extensions: { code: 'FORBIDDEN' } }] });
    const html = card({ loading: true, error });
    expect(html).toContain('Dit deel van het overzicht kon niet worden geladen.');
    expect(html).toContain('Opnieuw proberen');
    expect(html).not.toContain('Bezig met laden');
  });

  it('says there is nothing to do instead of an empty list', () => {
    const html = card({ empty: 'Alles is gedekt.' }, h('ul', null, h('li', null, 'onzichtbaar')));
    expect(html).toContain('Alles is gedekt.');
    expect(html).not.toContain('onzichtbaar');
  });

  it('shows its items, each a link to where it is handled, and a link to the rest', () => {
    const html = card(
      { link: { to: '/planning', label: 'Naar de planning' } },
      h(
        'ul',
        null,
        h(OverviewItem, { to: '/kalender?item=event:e1', title: 'Kerstmarkt', meta: 'woensdag 16 december 2026' }),
      ),
    );
    expect(html).toContain('href="/kalender?item=event:e1"');
    expect(html).toContain('>Kerstmarkt<');
    expect(html).toContain('href="/planning"');
  });
});
