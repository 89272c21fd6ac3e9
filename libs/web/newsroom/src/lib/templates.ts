/** Fills a reply template's placeholders: `{naam}` with the resident's name, `{onderwerp}` with what it is about. */
export function fillTemplate(body: string, values: { naam?: string | null; onderwerp?: string | null }): string {
  return body.replace(/\{(naam|onderwerp)\}/g, (placeholder, key: 'naam' | 'onderwerp') => {
    const value = values[key]?.trim();
    return value ? value : placeholder;
  });
}

/** The placeholders still left in a text, so the form can say which ones to fill in by hand. */
export function openPlaceholders(text: string): string[] {
  return [...new Set(text.match(/\{(naam|onderwerp)\}/g) ?? [])];
}
