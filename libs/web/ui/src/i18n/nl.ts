/** Dutch, the default language: the messages every part of the web app shares. en.ts has the same keys. */
export const nl = {
  'app.name': 'Planbord',
  'app.loading': 'Bezig met laden…',
  'app.saving': 'Bezig met opslaan…',
  'app.filters': 'Filters',
  'copy.copied': 'Gekopieerd.',
  'copy.failed': 'Kopiëren lukte niet; selecteer de tekst en kopieer hem zelf.',

  'language.label': 'Taal',
  'language.nl': 'Nederlands',
  'language.en': 'English',

  'role.ADMIN': 'Beheerder',
  'role.EDITOR': 'Eindredacteur',
  'role.MEMBER': 'Mediateamlid',
  'role.LIAISON': 'Contactpersoon afdeling',

  // One name for each kind of job, everywhere: Mijn werk, the drawer, the planning board, a post's tasks.
  'job.COVER': 'Verslag maken',
  'job.WRITE': 'Schrijven',
  'job.PUBLISH': 'Publiceren',
  'job.REVIEW': 'Beoordelen',

  'error.network': 'Planbord is nu niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
  'error.internal': 'Er ging iets mis aan onze kant. Noem bij een melding deze code: {id}.',
  'error.generic': 'Er ging iets mis. Probeer het opnieuw.',
  'error.forbidden': 'Je hebt geen toegang tot deze pagina.',
  'error.retry': 'Opnieuw proberen',
  'error.formHasErrors': 'Niet alle velden zijn goed ingevuld. Bekijk de meldingen bij de velden.',
  'error.versionConflict':
    'Iemand anders heeft dit intussen gewijzigd. De actuele gegevens zijn opnieuw geladen; bekijk ze en sla je wijziging opnieuw op.',

  'channelKind.FACEBOOK': 'Facebook',
  'channelKind.INSTAGRAM': 'Instagram',
  'channelKind.X': 'X',
  'channelKind.LINKEDIN': 'LinkedIn',
  'channelKind.YOUTUBE': 'YouTube',
  'channelKind.TIKTOK': 'TikTok',
  'channelKind.WHATSAPP': 'WhatsApp',
  'channelKind.MASTODON': 'Mastodon',
  'channelKind.BLUESKY': 'Bluesky',
  'channelKind.THREADS': 'Threads',
  'channelKind.PINTEREST': 'Pinterest',
  'channelKind.WEBSITE': 'Website',
  'channelKind.NEWSLETTER': 'Nieuwsbrief',
  'channelKind.PRINT': 'Drukwerk',
  'channelKind.PRESS': 'Pers',
  'channelKind.OTHER': 'Anders',

  'postStatus.DRAFT': 'Concept',
  'postStatus.IN_REVIEW': 'Ter beoordeling',
  'postStatus.CHANGES_REQUESTED': 'Aanpassingen gevraagd',
  'postStatus.APPROVED': 'Goedgekeurd',
  'postStatus.SCHEDULED': 'Ingepland',
  'postStatus.PUBLISHED': 'Gepubliceerd',
  'postStatus.CANCELLED': 'Geannuleerd',
} as const;
