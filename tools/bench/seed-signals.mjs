// A year of signals for the benchmarks (newsroom, insights): varied Dutch text, sources, authors and replies.

/** A year of signals, newest first, written set-based; the open ones are the last fortnight's. */
export async function seedSignals(db, count, log) {
  const chunk = 100_000;
  for (let from = 0; from < count; from += chunk) {
    const to = Math.min(count, from + chunk) - 1;
    await db.query(
      `WITH parts AS (
         SELECT ARRAY['De containers aan de', 'Losse stoeptegel op de', 'Omleiding bij de', 'Kapotte straatverlichting aan de',
                      'Zwerfafval langs de', 'Hondenpoep op het grasveld aan de', 'Er wordt te hard gereden op de',
                      'Geluidsoverlast in de', 'Mooi initiatief op de', 'Gevaarlijke oversteek bij de', 'Wateroverlast in de',
                      'Het fietspad langs de', 'Parkeerproblemen in de', 'Bomen gekapt aan de', 'De speeltuin aan de'] AS subject,
                ARRAY['Molenweg', 'Kerklaan', 'Dorpsstraat', 'Stationsplein', 'Julianastraat', 'Beatrixlaan', 'Schoolstraat',
                      'Marktplein', 'Havenkade', 'Parallelweg', 'Eikenlaan', 'Wilhelminastraat', 'Industrieweg',
                      'Kastanjelaan', 'Rijksweg', 'Nieuwstraat', 'Beukenlaan', 'Sportlaan', 'Oranjestraat', 'Singel'] AS street,
                ARRAY['worden al twee weken niet geleegd', 'is levensgevaarlijk voor fietsers', 'is slecht aangegeven',
                      'wordt maar niet gerepareerd', 'ligt er al dagen', 'graag actie van de gemeente',
                      'wanneer wordt dit opgelost?', 'bedankt voor de snelle reactie!', 'de hele buurt ergert zich eraan',
                      'al drie keer gemeld bij het KCC', 'kinderen spelen hier elke dag', 'sinds de werkzaamheden is het erger',
                      'complimenten aan de medewerkers', 'het stinkt hier enorm', 'niemand houdt zich aan de regels'] AS tail,
                ARRAY['FACEBOOK', 'INSTAGRAM', 'X', 'WHATSAPP', 'NEWS_SITE', 'EMAIL', 'PHONE', 'COUNTER', 'WEBSITE_FORM',
                      'LINKEDIN', 'BLUESKY', 'MASTODON'] AS source,
                ARRAY['Centrum', 'Molenwijk', 'Noord', 'Oost', 'Zuid', 'West', 'De Haven', 'Buitenveld'] AS wijk,
                ARRAY['Anna', 'Bram', 'Chantal', 'Dirk', 'Esra', 'Floor', 'Gijs', 'Hanna', 'Ivo', 'Jasmijn', 'Koen', 'Lieke'] AS first,
                ARRAY['de Vries', 'Jansen', 'van den Berg', 'Bos', 'Peters', 'Kok', 'Yilmaz', 'Dekker', 'Meijer'] AS last
       ), rows AS (
         SELECT i, now() - (i::float8 / $3 * 365 * 86400) * interval '1 second' AS at,
                (hashint4(i) & 2147483647) AS h FROM generate_series($1::int, $2::int) i
       )
       INSERT INTO signals (source, body, received_at, author_name, author_handle, neighbourhood, priority, needs_reply,
                            status, first_reply_at, first_reply_due_at, sentiment)
       SELECT p.source[1 + h % 12],
              p.subject[1 + h % 15] || ' ' || p.street[1 + (h / 15) % 20] || ' ' || (1 + (h / 300) % 180) || ': '
                || p.tail[1 + (h / 54000) % 15]
                || CASE WHEN i % 500 = 7 THEN ' Is de bibliotheek dan wel open?' ELSE '' END
                || CASE WHEN i % 50000 = 11 THEN ' Ook het kunstgrasveld ligt er slecht bij.' ELSE '' END
                || CASE WHEN i % 200000 = 13 THEN ' En het carillon speelt vals.' ELSE '' END
                || CASE WHEN i % 5000 = 17 THEN ' De lantaarnpaal knippert.' ELSE '' END,
              at,
              p.first[1 + h % 12] || ' ' || p.last[1 + (h / 12) % 9],
              lower(p.first[1 + h % 12]) || (h % 997),
              p.wijk[1 + (h / 7) % 8],
              (ARRAY['LOW', 'NORMAL', 'NORMAL', 'NORMAL', 'HIGH', 'URGENT'])[1 + (h / 11) % 6],
              h % 5 < 3,
              CASE WHEN at > now() - interval '14 days'
                   THEN (ARRAY['NEW', 'NEW', 'IN_PROGRESS', 'WAITING_FOR_DEPARTMENT', 'DONE'])[1 + (h / 13) % 5]
                   WHEN h % 100 = 0 THEN 'DISMISSED' ELSE 'DONE' END,
              CASE WHEN at <= now() - interval '14 days' AND h % 5 < 3
                   THEN at + (1 + (h / 7) % 60) * (1 + (h / 420) % 24) * interval '1 minute' END,
              CASE WHEN h % 5 < 3 THEN at + interval '4 hours' END,
              (ARRAY['POSITIVE', 'NEUTRAL', 'NEGATIVE', 'NEGATIVE'])[1 + (h / 17) % 4]
         FROM rows, parts p`,
      [from, to, count],
    );
    if ((to + 1) % 500_000 === 0 || to + 1 === count) log(`  ${(to + 1).toLocaleString('en')} signals`);
  }
  // Measured on a settled database, as autovacuum leaves it, not while it works through a year written at once.
  await db.query(
    'VACUUM (ANALYZE) signals, signal_report_hours, signal_reply_months, signal_reply_days, signal_theme_days, signal_author_years',
  );
}
