// Bulk data for the benchmark, written with set-based SQL (INSERT … SELECT generate_series), on top of the demo
// municipality that the real API seeds (departments, themes, audiences, channels, people with argon2id hashes).
const ZONE = 'Europe/Amsterdam';

const FIRST = [
  'Anna',
  'Bram',
  'Chantal',
  'Dirk',
  'Esra',
  'Floor',
  'Gijs',
  'Hanna',
  'Ivo',
  'Jasmijn',
  'Koen',
  'Lieke',
  'Milan',
  'Nora',
  'Olaf',
  'Priya',
  'Quinten',
  'Rosa',
];
const LAST = [
  'de Vries',
  'Jansen',
  'van den Berg',
  'Bos',
  'Peters',
  'Kok',
  'Yilmaz',
  'Dekker',
  'Meijer',
  'Brouwer',
  'de Graaf',
  'Koster',
];
const KINDS = [
  'Opening',
  'Informatieavond',
  'Wijkschouw',
  'Raadsvergadering',
  'Sportdag',
  'Lezing',
  'Festival',
  'Bewonersbijeenkomst',
  'Werkbezoek wethouder',
  'Inloopspreekuur',
  'Boomplantdag',
  'Buurtfeest',
  'Expositie',
  'Voorleesuurtje',
  'Markt',
  'Jongerendebat',
  'Dodenherdenking',
  'Koningsdag',
  'Afvalinzameling extra',
  'Wegafsluiting',
];
const PLACES = [
  'De Horst',
  'Centrum',
  'Noordwijk',
  'Oosterpark',
  'Zuidrand',
  'Westerveld',
  'Het Hof',
  'De Linden',
  'Molenbuurt',
  'Stationsgebied',
];

// name, rrule, day filter over generate_series days `d`, local time, channels (by name), theme (by name)
const FB = 'Facebook Gemeente Lindeveld',
  IG = 'Instagram @lindeveld',
  X = 'X @gemeentelindeveld',
  LI = 'LinkedIn Gemeente Lindeveld';
const WEB = 'Website lindeveld.nl',
  WA = 'WhatsApp-kanaal',
  TT = 'TikTok @lindeveld',
  YT = 'YouTube Lindeveld',
  PRESS = 'Persberichten';
const DAILY = 'true',
  WEEKDAYS = 'extract(isodow FROM d) <= 5';
const dow = (n) => `extract(isodow FROM d) = ${n}`;
const BYDAY = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
export const RUBRICS = [
  ['Goedemorgen Lindeveld', 'FREQ=DAILY', DAILY, '07:30', [FB], 'Participatie'],
  ['Verkeersupdate', 'FREQ=DAILY', DAILY, '08:00', [X], 'Verkeer'],
  ['Story van de dag', 'FREQ=DAILY', DAILY, '12:00', [IG], null],
  ['Webcare-overzicht', 'FREQ=DAILY', DAILY, '17:00', [WA], 'Zorg'],
  ['Agenda van vandaag', 'FREQ=DAILY', DAILY, '09:00', [WEB], 'Cultuur'],
  ['Foto van de dag', 'FREQ=DAILY', DAILY, '19:00', [IG, FB], null],
  ...[
    'Werk aan de weg',
    'Loket-tip',
    'Afvalkalender',
    'Vergunning van de dag',
    'Buurtnieuws',
    'Vraag van de dag',
    'Raad in het kort',
    'Vacature-flits',
    'Duurzame tip',
    'Sportnieuws',
    'Cultuurtip',
  ].map((name, i) => [
    name,
    'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    WEEKDAYS,
    `${String(10 + (i % 7)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
    [[FB], [X], [WEB], [LI], [FB, IG], [WA], [WEB, X], [LI], [IG], [FB, TT], [IG]][i],
    [
      'Verkeer',
      'Zorg',
      'Afval',
      'Wonen',
      'Participatie',
      null,
      'Participatie',
      'Werk & Economie',
      'Duurzaamheid',
      'Sport',
      'Cultuur',
    ][i],
  ]),
  ...[
    'Wethouder aan het woord',
    'Wijk in beeld',
    'Veilig op weg',
    'Zorg dichtbij',
    'Ondernemer van de week',
    'Groen nieuws',
    'Jeugd & jongeren',
    'Bouwproject in beeld',
    'Terug in de tijd',
    'Vrijwilliger van de week',
    'Weekendtips',
    'Sportclub uitgelicht',
    'Persmoment',
    'Filmpje van de week',
  ].map((name, i) => [
    name,
    `FREQ=WEEKLY;BYDAY=${BYDAY[1 + (i % 7)]}`,
    dow(1 + (i % 7)),
    `${String(9 + (i % 9)).padStart(2, '0')}:15`,
    [[YT], [FB], [X], [FB], [LI], [IG], [TT], [WEB], [FB], [IG], [IG, FB], [FB], [PRESS], [YT, TT]][i],
    [
      'Participatie',
      'Wonen',
      'Veiligheid',
      'Zorg',
      'Werk & Economie',
      'Duurzaamheid',
      'Sport',
      'Wonen',
      'Cultuur',
      'Participatie',
      'Cultuur',
      'Sport',
      null,
      null,
    ][i],
  ]),
  ['Maandoverzicht', 'FREQ=MONTHLY;BYDAY=1FR', `${dow(5)} AND extract(day FROM d) <= 7`, '10:00', [WEB], null],
  [
    'Evenementen deze maand',
    'FREQ=MONTHLY;BYDAY=1MO',
    `${dow(1)} AND extract(day FROM d) <= 7`,
    '09:30',
    [FB, IG],
    'Cultuur',
  ],
  [
    'Burgemeester vertelt',
    'FREQ=MONTHLY;BYDAY=-1TH',
    `${dow(4)} AND extract(month FROM d + 7) <> extract(month FROM d)`,
    '11:00',
    [YT],
    'Veiligheid',
  ],
  [
    'Cijfers van de maand',
    'FREQ=MONTHLY;BYDAY=2WE',
    `${dow(3)} AND extract(day FROM d) BETWEEN 8 AND 14`,
    '14:00',
    [LI],
    'Werk & Economie',
  ],
  ['Halve-maandbericht', 'FREQ=MONTHLY;BYMONTHDAY=15', 'extract(day FROM d) = 15', '15:00', [FB], null],
  ['Maandafsluiter', 'FREQ=MONTHLY;BYMONTHDAY=1', 'extract(day FROM d) = 1', '08:45', [X], null],
];

const sqlText = (list) => `ARRAY[${list.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}]`;

/** Seeds the large municipality into `client`'s database; `from`/`to` are YYYY-MM-DD, `today` splits past and future. */
export async function seedLarge(
  client,
  { from, to, today, events = 20000, assignments = 60000, extraPeople = 36, log = () => {} },
) {
  const q = (text, values) => client.query(text, values);
  await q('BEGIN');
  await q('SELECT setseed(0.4242)');

  const member = await q(`SELECT password_hash FROM users WHERE lower(email) = 'member@planbord.local'`);
  if (!member.rowCount) throw new Error('the demo people are missing: the API did not seed the demo municipality');
  await q(
    `INSERT INTO users (name, email, password_hash, role, department_id, weekly_hours, locale)
     SELECT (${sqlText(FIRST)})[1 + i % ${FIRST.length}] || ' ' || (${sqlText(LAST)})[1 + (i * 7) % ${LAST.length}],
            'bench.' || i || '@planbord.local', $1, CASE WHEN i % 6 = 0 THEN 'EDITOR' ELSE 'MEMBER' END,
            (SELECT id FROM departments ORDER BY name OFFSET (i % (SELECT count(*) FROM departments)) LIMIT 1),
            8 + (i % 5) * 6, 'nl'
       FROM generate_series(1, $2::int) i`,
    [member.rows[0].password_hash, extraPeople],
  );

  for (const [name, sql] of [
    ['b_dept', 'SELECT row_number() OVER (ORDER BY name)::int AS n, id FROM departments WHERE deleted_at IS NULL'],
    ['b_theme', 'SELECT row_number() OVER (ORDER BY name)::int AS n, id, name FROM themes WHERE deleted_at IS NULL'],
    ['b_aud', 'SELECT row_number() OVER (ORDER BY name)::int AS n, id FROM audiences WHERE deleted_at IS NULL'],
    ['b_chan', 'SELECT row_number() OVER (ORDER BY name)::int AS n, id, name FROM channels WHERE deleted_at IS NULL'],
    [
      'b_team',
      "SELECT row_number() OVER (ORDER BY email)::int AS n, id FROM users WHERE active AND role IN ('EDITOR','MEMBER') AND deleted_at IS NULL",
    ],
    [
      'b_liaison',
      "SELECT row_number() OVER (ORDER BY email)::int AS n, id FROM users WHERE active AND role = 'LIAISON' AND deleted_at IS NULL",
    ],
  ])
    await q(`CREATE TEMP TABLE ${name} ON COMMIT DROP AS ${sql}`);
  const count = async (table) => Number((await q(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  const n = {
    dept: await count('b_dept'),
    theme: await count('b_theme'),
    aud: await count('b_aud'),
    chan: await count('b_chan'),
    team: await count('b_team'),
    liaison: await count('b_liaison'),
  };

  // Events: ~11 a day over the whole span; 15 % all-day (some over several days), the rest timed 08:00–20:00, 1–4 h.
  await q(
    `CREATE TEMP TABLE b_ev ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, i,
            ($1::date + floor(random() * ($2::date - $1::date))::int) AS day,
            random() AS r_status, random() AS r_allday, random() AS r_req, random() AS r_cover, random() AS r_publish, random() AS r_write,
            random() AS r_user1, random() AS r_user2, random() AS r_user3, random() AS r_st1, random() AS r_st2, random() AS r_st3,
            8 + floor(random() * 12)::int AS hour, (floor(random() * 4) * 15)::int AS minute, (2 + floor(random() * 7)::int) * 30 AS minutes,
            CASE WHEN random() < 0.2 THEN 2 + floor(random() * 3)::int ELSE 1 END AS days,
            1 + floor(random() * ${n.dept})::int AS dept_n, floor(random() * ${n.theme})::int AS theme0, 1 + floor(random() * 2.4)::int AS n_themes,
            floor(random() * ${n.aud})::int AS aud0, 1 + floor(random() * 2)::int AS n_aud, floor(random() * ${n.chan})::int AS chan0,
            1 + floor(random() * ${Math.max(1, n.liaison)})::int AS liaison_n, random() < 0.05 AS not_needed,
            floor(random() * ${KINDS.length})::int AS kind, floor(random() * ${PLACES.length})::int AS place
       FROM generate_series(1, $3::int) i`,
    [from, to, events],
  );
  await q(
    `ALTER TABLE b_ev ADD COLUMN status varchar(16), ADD COLUMN starts_at timestamptz, ADD COLUMN ends_at timestamptz, ADD COLUMN all_day boolean`,
  );
  await q(
    `UPDATE b_ev SET all_day = r_allday < 0.15,
       status = CASE WHEN day < $1::date THEN
                  CASE WHEN r_status < 0.80 THEN 'DONE' WHEN r_status < 0.88 THEN 'CANCELLED' WHEN r_status < 0.95 THEN 'DECLINED' ELSE 'PLANNED' END
                ELSE
                  CASE WHEN r_status < 0.70 THEN 'PLANNED' WHEN r_status < 0.88 THEN 'REQUESTED' WHEN r_status < 0.94 THEN 'DECLINED' ELSE 'CANCELLED' END
                END`,
    [today],
  );
  await q(
    `UPDATE b_ev SET
       starts_at = CASE WHEN all_day THEN day::timestamp AT TIME ZONE '${ZONE}' ELSE (day + make_time(hour, minute, 0)) AT TIME ZONE '${ZONE}' END,
       ends_at = CASE WHEN all_day THEN (day + days)::timestamp AT TIME ZONE '${ZONE}' ELSE (day + make_time(hour, minute, 0)) AT TIME ZONE '${ZONE}' + make_interval(mins => minutes) END`,
  );
  await q(
    `INSERT INTO events (id, created_at, updated_at, title, description, location, starts_at, ends_at, all_day, start_date, end_date, status,
                         department_id, coverage_not_needed, requested_by_id, requested_at, response_due_at, request_note, decision_note,
                         decided_by_id, decided_at, late, cancel_reason)
     SELECT e.id, e.starts_at - interval '30 days', e.starts_at - interval '20 days',
            (${sqlText(KINDS)})[1 + e.kind] || ' ' || (${sqlText(PLACES)})[1 + e.place],
            CASE WHEN e.i % 3 = 0 THEN 'Een activiteit in ' || (${sqlText(PLACES)})[1 + e.place] || ' waar de gemeente aanwezig is.' END,
            'Wijkcentrum ' || (${sqlText(PLACES)})[1 + e.place],
            e.starts_at, e.ends_at, e.all_day,
            CASE WHEN e.all_day THEN e.day END, CASE WHEN e.all_day THEN e.day + e.days END,
            e.status, d.id, e.not_needed,
            CASE WHEN e.status IN ('REQUESTED','DECLINED') OR e.r_req < 0.3 THEN l.id END,
            CASE WHEN e.status IN ('REQUESTED','DECLINED') OR e.r_req < 0.3 THEN e.starts_at - interval '30 days' END,
            CASE WHEN e.status IN ('REQUESTED','DECLINED') OR e.r_req < 0.3 THEN e.starts_at - interval '27 days' END,
            CASE WHEN e.status IN ('REQUESTED','DECLINED') OR e.r_req < 0.3 THEN 'Graag foto''s en een bericht.' END,
            CASE WHEN e.status = 'DECLINED' THEN 'Past niet in de planning.' END,
            NULL, CASE WHEN e.status = 'DECLINED' THEN e.starts_at - interval '25 days' END,
            e.r_req < 0.02,
            CASE WHEN e.status = 'CANCELLED' THEN 'Gaat niet door.' END
       FROM b_ev e JOIN b_dept d ON d.n = e.dept_n LEFT JOIN b_liaison l ON l.n = e.liaison_n`,
  );
  await q(
    `INSERT INTO event_themes (event_id, theme_id) SELECT DISTINCT e.id, t.id FROM b_ev e CROSS JOIN LATERAL generate_series(1, e.n_themes) k JOIN b_theme t ON t.n = 1 + (e.theme0 + k * 3) % ${n.theme}`,
  );
  await q(
    `INSERT INTO event_audiences (event_id, audience_id) SELECT DISTINCT e.id, a.id FROM b_ev e CROSS JOIN LATERAL generate_series(1, e.n_aud) k JOIN b_aud a ON a.n = 1 + (e.aud0 + k) % ${n.aud}`,
  );
  await q(
    `INSERT INTO event_wished_channels (event_id, channel_id) SELECT DISTINCT e.id, c.id FROM b_ev e CROSS JOIN LATERAL generate_series(1, e.n_aud) k JOIN b_chan c ON c.n = 1 + (e.chan0 + k * 2) % ${n.chan} WHERE e.r_req < 0.3 OR e.status IN ('REQUESTED','DECLINED')`,
  );

  // Event jobs: COVER 75 %, PUBLISH 75 %, WRITE 35 % of the events not declined.
  const status = (
    r,
    day,
  ) => `CASE WHEN ${day} < $1::date THEN CASE WHEN ${r} < 0.85 THEN 'DONE' WHEN ${r} < 0.93 THEN 'ACCEPTED' ELSE 'DECLINED' END
                                ELSE CASE WHEN ${r} < 0.40 THEN 'PENDING' WHEN ${r} < 0.90 THEN 'ACCEPTED' ELSE 'DECLINED' END END`;
  await q(
    `INSERT INTO assignments (created_at, updated_at, role, status, user_id, event_id, estimated_minutes)
     SELECT e.starts_at - interval '10 days' + j.k * interval '1 second', e.starts_at - interval '10 days', j.role, ${status('j.r_st', 'e.day')}, u.id, e.id,
            CASE j.role WHEN 'COVER' THEN (extract(epoch FROM e.ends_at - e.starts_at) / 60)::int + 60 WHEN 'WRITE' THEN 60 ELSE 20 END
       FROM b_ev e
       CROSS JOIN LATERAL (VALUES (1, 'COVER', e.r_cover < 0.75, e.r_user1, e.r_st1), (2, 'PUBLISH', e.r_publish < 0.75, e.r_user2, e.r_st2), (3, 'WRITE', e.r_write < 0.35, e.r_user3, e.r_st3)) AS j(k, role, wanted, r_user, r_st)
       JOIN b_team u ON u.n = 1 + floor(j.r_user * ${n.team})::int
      WHERE j.wanted AND e.status <> 'DECLINED'`,
    [today],
  );

  // Rubrics and their slots, one per occurrence of the rule over the span; slots materialised far ahead.
  for (const [name, rrule, , time, channels, theme] of RUBRICS) {
    const owner = await q(`SELECT id FROM b_team ORDER BY n OFFSET $1 LIMIT 1`, [name.length % n.team]);
    const rubric = await q(
      `INSERT INTO rubrics (name, description, theme_id, owner_id, rrule, starts_on, time, duration_minutes, active, materialized_until)
       VALUES ($1, $2, (SELECT id FROM b_theme WHERE name = $3), $4, $5, $6, $7, 30, true, '2100-01-01') RETURNING id`,
      [name, `Vaste rubriek: ${name}.`, theme, owner.rows[0].id, rrule, from, time],
    );
    await q(`INSERT INTO rubric_channels (rubric_id, channel_id) SELECT $1, id FROM b_chan WHERE name = ANY($2)`, [
      rubric.rows[0].id,
      channels,
    ]);
  }
  for (const [name, , filter, time] of RUBRICS) {
    await q(
      `INSERT INTO slots (kind, status, starts_at, skip_reason, rubric_id, channel_id, created_at, updated_at)
       SELECT 'RUBRIC', st.status, st.at, CASE WHEN st.status = 'SKIPPED' THEN 'Geen nieuws.' END, r.id,
              (SELECT CASE WHEN count(*) = 1 THEN min(rc.channel_id::text)::uuid END FROM rubric_channels rc WHERE rc.rubric_id = r.id),
              st.at - interval '60 days', st.at - interval '60 days'
         FROM rubrics r
         CROSS JOIN LATERAL generate_series($2::date, $3::date - 1, interval '1 day') AS g(d)
         CROSS JOIN LATERAL (SELECT g.d::date AS d, random() AS rnd) AS x
         CROSS JOIN LATERAL (SELECT (x.d + $4::time) AT TIME ZONE '${ZONE}' AS at,
                                    CASE WHEN x.d < $5::date THEN CASE WHEN x.rnd < 0.8 THEN 'FILLED' WHEN x.rnd < 0.9 THEN 'SKIPPED' ELSE 'OPEN' END
                                         ELSE CASE WHEN x.rnd < 0.15 THEN 'FILLED' ELSE 'OPEN' END END AS status) AS st
        WHERE r.name = $1 AND r.deleted_at IS NULL AND ${filter.replace(/\bd\b/g, 'x.d')}`,
      [name, from, to, time, today],
    );
  }
  // Ad-hoc room: about one a weekday.
  await q(
    `INSERT INTO slots (kind, status, starts_at, title, channel_id, created_at, updated_at)
     SELECT 'AD_HOC', CASE WHEN x.d < $3::date THEN CASE WHEN x.rnd < 0.7 THEN 'FILLED' ELSE 'OPEN' END ELSE CASE WHEN x.rnd < 0.2 THEN 'FILLED' ELSE 'OPEN' END END,
            (x.d + time '13:00') AT TIME ZONE '${ZONE}', 'Vrije ruimte', CASE WHEN x.rnd2 < 0.5 THEN c.id END,
            x.d - 30, x.d - 30
       FROM (SELECT g.d::date AS d, random() AS rnd, random() AS rnd2, 1 + floor(random() * ${n.chan})::int AS chan_n
               FROM generate_series($1::date, $2::date - 1, interval '1 day') g(d) WHERE extract(isodow FROM g.d) <= 5) x
       JOIN b_chan c ON c.n = x.chan_n`,
    [from, to, today],
  );

  // Slot jobs: WRITE or PUBLISH on random slots not skipped, up to the total number of assignments.
  const have = Number((await q('SELECT count(*) AS n FROM assignments')).rows[0].n);
  await q(
    `INSERT INTO assignments (created_at, updated_at, role, status, user_id, slot_id, estimated_minutes)
     SELECT s.starts_at - interval '7 days', s.starts_at - interval '7 days', s.role, ${status('s.r_st', 's.starts_at::date')}, u.id, s.id, CASE s.role WHEN 'WRITE' THEN 60 ELSE 20 END
       FROM (SELECT id, starts_at, CASE WHEN random() < 0.5 THEN 'WRITE' ELSE 'PUBLISH' END AS role, random() AS r_st, 1 + floor(random() * ${n.team})::int AS user_n
               FROM slots WHERE status <> 'SKIPPED' AND deleted_at IS NULL ORDER BY random() LIMIT $2) s
       JOIN b_team u ON u.n = s.user_n`,
    [today, Math.max(0, assignments - have)],
  );
  await q(`UPDATE rubrics SET materialized_until = '2100-01-01'`);
  await q('COMMIT');
  await q('ANALYZE');
  log('seeded');
}

/** Counts of what a database holds. */
export async function datasetCounts(client) {
  const { rows } = await client.query(
    `SELECT (SELECT count(*) FROM events)::int AS events,
            (SELECT count(*) FROM slots WHERE kind = 'RUBRIC')::int AS "rubricSlots",
            (SELECT count(*) FROM slots WHERE kind = 'AD_HOC')::int AS "adHocSlots",
            (SELECT count(*) FROM assignments)::int AS assignments,
            (SELECT count(*) FROM event_themes)::int AS "eventThemes",
            (SELECT count(*) FROM rubrics)::int AS rubrics,
            (SELECT count(*) FROM users)::int AS users,
            (SELECT min(starts_at) FROM events) AS "firstEvent",
            (SELECT max(starts_at) FROM events) AS "lastEvent"`,
  );
  return rows[0];
}

// In the order their foreign keys need: channels name the person who proposed them.
const COPY_ALL = [
  'departments',
  'themes',
  'audiences',
  'users',
  'channels',
  'channel_audiences',
  'rubrics',
  'rubric_channels',
];

/**
 * Copies the reference data and only the month [from, to) of planning data from `large` into the freshly migrated
 * (empty) `small` database: the same people, rubrics and month, without the history.
 */
export async function copyMonth(large, small, from, to) {
  const subsets = [
    ...COPY_ALL.map((table) => [table, `SELECT * FROM ${table}`]),
    ['events', 'SELECT * FROM events WHERE starts_at < $2 AND ends_at > $1'],
    [
      'event_themes',
      'SELECT x.* FROM event_themes x JOIN events e ON e.id = x.event_id WHERE e.starts_at < $2 AND e.ends_at > $1',
    ],
    [
      'event_audiences',
      'SELECT x.* FROM event_audiences x JOIN events e ON e.id = x.event_id WHERE e.starts_at < $2 AND e.ends_at > $1',
    ],
    [
      'event_wished_channels',
      'SELECT x.* FROM event_wished_channels x JOIN events e ON e.id = x.event_id WHERE e.starts_at < $2 AND e.ends_at > $1',
    ],
    ['slots', 'SELECT * FROM slots WHERE starts_at >= $1 AND starts_at < $2'],
    [
      'assignments',
      `SELECT a.* FROM assignments a LEFT JOIN events e ON e.id = a.event_id LEFT JOIN slots s ON s.id = a.slot_id
                      WHERE (e.starts_at < $2 AND e.ends_at > $1) OR (s.starts_at >= $1 AND s.starts_at < $2)`,
    ],
  ];
  await small.query('BEGIN');
  for (const [table, select] of subsets) {
    const params = select.includes('$1') ? [from, to] : [];
    const { rows } = await large.query(
      `SELECT coalesce(json_agg(t), '[]'::json)::text AS rows FROM (${select}) t`,
      params,
    );
    await small.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`, [
      rows[0].rows,
    ]);
  }
  await small.query(`UPDATE rubrics SET materialized_until = '2100-01-01'`);
  await small.query('COMMIT');
  await small.query('ANALYZE');
}
