// The baseline for the benchmark: the month calendar as a plain node:http + pg endpoint, no framework.
// POST /calendar {"from": ISO, "to": ISO} with the planbord_session cookie; answers the same JSON as the GraphQL query
// `calendar(from, to) { events { … } slots { … } }` in tools/bench/run.mjs. Same filters as CalendarService.calendar
// (libs/api/planning/src/calendar.service.ts), relations loaded in a handful of batched statements.
// Prints "plain endpoint on http://127.0.0.1:<port>" when ready. DATABASE_URL selects the database.
import { createHash } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

const IDLE_TIMEOUT_MS = 12 * 3600_000; // IDLE_TIMEOUT_MS in libs/api/identity/src/session.entity.ts
const TEAM = new Set(['ADMIN', 'EDITOR', 'MEMBER']);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: '-c timezone=UTC' });

function cookie(header, name) {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** Same rule as coverageOf in libs/domain/src/planning.ts. */
function coverageOf(notNeeded, assignments) {
  if (notNeeded) return 'NOT_NEEDED';
  const live = assignments.filter((a) => a.status !== 'DECLINED');
  const cover = live.some((a) => a.role === 'COVER');
  const publish = live.some((a) => a.role === 'PUBLISH');
  if (cover && publish) return 'COVERED';
  return cover || publish ? 'PARTIAL' : 'UNCOVERED';
}

const byName = (a, b) => String(a.name ?? '').localeCompare(String(b.name ?? ''));

function group(rows, key) {
  const map = new Map();
  for (const row of rows) {
    const k = row[key];
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

async function calendar(token, from, to) {
  const q = (text, values) => pool.query(text, values).then((r) => r.rows);
  const [user] = await q(
    `SELECT u.id, u.role FROM sessions s JOIN users u ON u.id = s.user_id AND u.active AND u.deleted_at IS NULL
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND s.last_seen_at > $2`,
    [
      createHash('sha256')
        .update(token ?? '')
        .digest('hex'),
      new Date(Date.now() - IDLE_TIMEOUT_MS),
    ],
  );
  if (!user)
    return { status: 401, body: { errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }] } };
  const fromDate = new Date(from);
  const toDate = new Date(to);

  // The same "does any rubric need slots past its horizon?" check the API makes on every calendar query.
  const due = await q(
    `SELECT id FROM rubrics r WHERE r.deleted_at IS NULL AND r.active AND (r.materialized_until IS NULL OR r.materialized_until < $1::date)
       AND (r.ends_on IS NULL OR r.materialized_until IS NULL OR r.materialized_until < r.ends_on)`,
    [toDate.toISOString().slice(0, 10)],
  );
  if (due.length)
    return {
      status: 409,
      body: { errors: [{ message: 'rubric slots not materialised; the benchmark keeps them materialised' }] },
    };

  const team = TEAM.has(user.role);
  const [events, slots] = await Promise.all([
    q(
      `SELECT e.id, e.title, e.starts_at, e.ends_at, e.all_day, e.status, e.coverage_not_needed, e.department_id
         FROM events e
        WHERE e.deleted_at IS NULL AND e.starts_at < $2 AND e.ends_at > $1 AND e.status <> 'DECLINED'
          ${team ? '' : "AND (e.status IN ('PLANNED','DONE','CANCELLED') OR e.requested_by_id = $3)"}
        ORDER BY e.starts_at, e.id`,
      team ? [fromDate, toDate] : [fromDate, toDate, user.id],
    ),
    q(
      `SELECT s.id, s.kind, s.status, s.starts_at, s.title, s.rubric_id, s.channel_id
         FROM slots s LEFT JOIN rubrics r ON r.id = s.rubric_id
        WHERE s.deleted_at IS NULL AND s.starts_at >= $1 AND s.starts_at < $2 AND (r.id IS NULL OR r.deleted_at IS NULL)
        ORDER BY s.starts_at, s.id`,
      [fromDate, toDate],
    ),
  ]);

  const eventIds = events.map((e) => e.id);
  const slotIds = slots.map((s) => s.id);
  const departmentIds = [...new Set(events.map((e) => e.department_id).filter(Boolean))];
  const rubricIds = [...new Set(slots.map((s) => s.rubric_id).filter(Boolean))];
  const channelIds = [...new Set(slots.map((s) => s.channel_id).filter(Boolean))];
  const none = Promise.resolve([]);
  const [themes, departments, assignments, rubrics, rubricChannels, channels] = await Promise.all([
    eventIds.length
      ? q(
          `SELECT et.event_id, t.name, t.color FROM event_themes et JOIN themes t ON t.id = et.theme_id AND t.deleted_at IS NULL WHERE et.event_id = ANY($1)`,
          [eventIds],
        )
      : none,
    departmentIds.length
      ? q(`SELECT id, name, color FROM departments WHERE deleted_at IS NULL AND id = ANY($1)`, [departmentIds])
      : none,
    eventIds.length || slotIds.length
      ? q(
          `SELECT a.event_id, a.slot_id, a.role, a.status, u.name AS user_name
           FROM assignments a JOIN users u ON u.id = a.user_id AND u.deleted_at IS NULL
          WHERE a.deleted_at IS NULL AND (a.event_id = ANY($1) OR a.slot_id = ANY($2))
          ORDER BY a.created_at`,
          [eventIds, slotIds],
        )
      : none,
    rubricIds.length
      ? q(
          `SELECT r.id, r.name, t.color AS theme_color, t.id AS theme_id FROM rubrics r LEFT JOIN themes t ON t.id = r.theme_id AND t.deleted_at IS NULL WHERE r.deleted_at IS NULL AND r.id = ANY($1)`,
          [rubricIds],
        )
      : none,
    rubricIds.length
      ? q(
          `SELECT rc.rubric_id, c.name FROM rubric_channels rc JOIN channels c ON c.id = rc.channel_id AND c.deleted_at IS NULL WHERE rc.rubric_id = ANY($1)`,
          [rubricIds],
        )
      : none,
    channelIds.length
      ? q(`SELECT id, name FROM channels WHERE deleted_at IS NULL AND id = ANY($1)`, [channelIds])
      : none,
  ]);

  const themesOf = group(themes, 'event_id');
  const departmentOf = new Map(departments.map((d) => [d.id, d]));
  const eventAssignments = group(
    assignments.filter((a) => a.event_id),
    'event_id',
  );
  const slotAssignments = group(
    assignments.filter((a) => a.slot_id),
    'slot_id',
  );
  const rubricOf = new Map(rubrics.map((r) => [r.id, r]));
  const rubricChannelsOf = group(rubricChannels, 'rubric_id');
  const channelOf = new Map(channels.map((c) => [c.id, c]));

  return {
    status: 200,
    body: {
      data: {
        calendar: {
          events: events.map((e) => {
            const jobs = eventAssignments.get(e.id) ?? [];
            const department = e.department_id ? departmentOf.get(e.department_id) : null;
            return {
              id: e.id,
              title: e.title,
              startsAt: e.starts_at.toISOString(),
              endsAt: e.ends_at.toISOString(),
              allDay: e.all_day,
              status: e.status,
              coverage: coverageOf(e.coverage_not_needed, jobs),
              department: department ? { name: department.name, color: department.color } : null,
              themes: (themesOf.get(e.id) ?? []).sort(byName).map((t) => ({ name: t.name, color: t.color })),
              assignments: jobs.map((a) => ({ role: a.role, status: a.status, user: { name: a.user_name } })),
            };
          }),
          slots: slots.map((s) => {
            const rubric = s.rubric_id ? rubricOf.get(s.rubric_id) : null;
            const channel = s.channel_id ? channelOf.get(s.channel_id) : null;
            return {
              id: s.id,
              kind: s.kind,
              status: s.status,
              startsAt: s.starts_at.toISOString(),
              title: s.title,
              rubric: rubric
                ? {
                    name: rubric.name,
                    theme: rubric.theme_id ? { color: rubric.theme_color } : null,
                    channels: (rubricChannelsOf.get(rubric.id) ?? []).sort(byName).map((c) => ({ name: c.name })),
                  }
                : null,
              channel: channel ? { name: channel.name } : null,
              assignments: (slotAssignments.get(s.id) ?? []).map((a) => ({
                role: a.role,
                user: { name: a.user_name },
              })),
            };
          }),
        },
      },
    },
  };
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/calendar') {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    try {
      const { from, to } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const { status, body } = await calendar(cookie(req.headers.cookie, 'planbord_session'), from, to);
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error?.message ?? error));
    }
  });
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`plain endpoint on http://127.0.0.1:${server.address().port}\n`);
});

const stop = () => server.close(() => pool.end().finally(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
