import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  addDays,
  atLocalTime,
  localDateOf,
  type AssignmentRole,
  type AssignmentStatus,
  type EventStatus,
} from '@planbord/domain';
import { expandRecurrence } from '@planbord/domain/recurrence';
import { demoRequestDates, type DemoRequestDates } from './request-dates';
import type { SessionUser } from '@planbord/api-core';
import { Channel, Department, Theme, User, Audience } from '@planbord/api-identity';
import { Assignment, Event, RubricsService, Slot } from '@planbord/api-planning';

interface DemoEvent {
  title: string;
  day: number;
  from?: string;
  to?: string;
  allDay?: boolean;
  days?: number;
  department: string;
  themes: string[];
  audiences?: string[];
  location: string;
  description: string;
  status: EventStatus;
  requestedBy?: string;
  late?: boolean;
  decisionNote?: string;
  jobs?: [string, AssignmentRole, AssignmentStatus][];
  notNeeded?: boolean;
  wished?: string[];
  /** Placed this many days after the seed day instead of on `day`: a request that is late whenever the demo starts. */
  fromToday?: number;
}

/** Events of this month and next, as day offsets from the first of this month. */
const EVENTS: DemoEvent[] = [
  {
    title: 'Opening skatepark De Hoven',
    day: 13,
    from: '14:00',
    to: '16:00',
    department: 'Cultuur & Sport',
    themes: ['Sport'],
    audiences: ['Jongeren'],
    location: 'Skatepark De Hoven, Parklaan',
    description: 'Wethouder Van Leeuwen opent het vernieuwde skatepark met een demo van de lokale skateclub.',
    status: 'PLANNED',
    requestedBy: 'kees.willems@planbord.local',
    decisionNote: 'Leuk! Daan komt fotograferen, Eva plaatst het.',
    jobs: [
      ['member@planbord.local', 'COVER', 'ACCEPTED'],
      ['editor@planbord.local', 'PUBLISH', 'ACCEPTED'],
    ],
    wished: ['Instagram @lindeveld', 'TikTok @lindeveld'],
  },
  {
    title: 'Raadsvergadering: begroting',
    day: 4,
    from: '19:30',
    to: '23:00',
    department: 'Communicatie',
    themes: ['Participatie'],
    location: 'Raadzaal, gemeentehuis',
    description: 'Behandeling van de begroting voor volgend jaar.',
    status: 'PLANNED',
    jobs: [
      ['mohamed.ouali@planbord.local', 'COVER', 'ACCEPTED'],
      ['mohamed.ouali@planbord.local', 'PUBLISH', 'ACCEPTED'],
    ],
  },
  {
    title: 'Afsluiting Stationsweg (rioolwerk)',
    day: 2,
    allDay: true,
    days: 5,
    department: 'Openbare Ruimte',
    themes: ['Verkeer'],
    audiences: ['Forenzen', 'Inwoners'],
    location: 'Stationsweg',
    description: 'De Stationsweg is een week afgesloten voor vervanging van het riool. Omleiding via de Ringweg.',
    status: 'PLANNED',
    requestedBy: 'liaison@planbord.local',
    decisionNote: 'We plaatsen een bericht en zetten het in de nieuwsbrief.',
    jobs: [['joris.vandijk@planbord.local', 'PUBLISH', 'ACCEPTED']],
    notNeeded: false,
  },
  {
    title: 'Voorleesochtend bibliotheek',
    day: 8,
    from: '10:00',
    to: '11:30',
    department: 'Bibliotheek',
    themes: ['Cultuur'],
    audiences: ['Inwoners'],
    location: 'Bibliotheek Lindeveld',
    description: 'Voorlezen voor peuters en kleuters.',
    status: 'PLANNED',
    jobs: [['lotte.hendriks@planbord.local', 'PUBLISH', 'PENDING']],
  },
  {
    title: 'Inloopavond nieuwbouw Westkwartier',
    day: 10,
    from: '19:00',
    to: '21:00',
    department: 'Sociaal Domein',
    themes: ['Wonen', 'Participatie'],
    audiences: ['Inwoners'],
    location: 'Wijkcentrum De Brug',
    description: 'Bewoners praten mee over de plannen voor 120 nieuwe woningen.',
    status: 'PLANNED',
    jobs: [['fatima.elamrani@planbord.local', 'COVER', 'DECLINED']],
  },
  {
    title: 'Veiligheidsmarkt',
    day: 15,
    from: '11:00',
    to: '15:00',
    department: 'Veiligheid',
    themes: ['Veiligheid'],
    audiences: ['Inwoners', 'Senioren'],
    location: 'Marktplein',
    description: 'Brandweer, politie en wijkagenten geven tips over inbraakpreventie.',
    status: 'PLANNED',
    requestedBy: 'naima.bouzid@planbord.local',
    decisionNote: 'Gepland; we zoeken nog iemand om te fotograferen.',
    jobs: [['sanne.vermeulen@planbord.local', 'PUBLISH', 'ACCEPTED']],
  },
  {
    title: 'Uitreiking vrijwilligersprijs',
    day: 17,
    from: '16:00',
    to: '18:00',
    department: 'Sociaal Domein',
    themes: ['Participatie', 'Zorg'],
    location: 'Gemeentehuis, hal',
    description: 'De burgemeester reikt de Lindeveldse vrijwilligersprijs uit.',
    status: 'PLANNED',
    jobs: [
      ['member@planbord.local', 'COVER', 'PENDING'],
      ['editor@planbord.local', 'PUBLISH', 'PENDING'],
    ],
  },
  {
    title: 'Zwerfafvalactie basisscholen',
    day: 20,
    from: '09:00',
    to: '12:00',
    department: 'Openbare Ruimte',
    themes: ['Afval', 'Duurzaamheid'],
    audiences: ['Jongeren'],
    location: 'Diverse scholen',
    description: 'Leerlingen ruimen zwerfafval op rond hun school.',
    status: 'PLANNED',
    jobs: [],
  },
  {
    title: 'Kerstmarkt Lindeveld',
    day: 22,
    allDay: true,
    days: 2,
    department: 'Economie & Werk',
    themes: ['Werk & Economie', 'Cultuur'],
    audiences: ['Inwoners', 'Bezoekers'],
    location: 'Centrum',
    description: 'Twee dagen kerstmarkt met 80 kramen.',
    status: 'PLANNED',
    jobs: [
      ['joris.vandijk@planbord.local', 'COVER', 'ACCEPTED'],
      ['lotte.hendriks@planbord.local', 'PUBLISH', 'ACCEPTED'],
    ],
  },
  {
    title: 'Ondernemersontbijt',
    day: 24,
    from: '07:30',
    to: '09:30',
    department: 'Economie & Werk',
    themes: ['Werk & Economie'],
    audiences: ['Ondernemers'],
    location: 'Hotel De Linde',
    description: 'Netwerkontbijt met de wethouder economie.',
    status: 'PLANNED',
    notNeeded: true,
  },
  {
    title: 'Informatieavond warmtenet',
    day: 27,
    from: '19:30',
    to: '21:30',
    department: 'Openbare Ruimte',
    themes: ['Duurzaamheid', 'Wonen'],
    audiences: ['Inwoners'],
    location: 'Wijkcentrum De Brug',
    description: 'Uitleg over het nieuwe warmtenet in Noord.',
    status: 'REQUESTED',
    requestedBy: 'liaison@planbord.local',
    wished: ['Facebook Gemeente Lindeveld', 'Website lindeveld.nl'],
  },
  {
    title: 'Seniorenmiddag digitale vaardigheden',
    day: 29,
    from: '14:00',
    to: '16:00',
    department: 'Bibliotheek',
    themes: ['Zorg'],
    audiences: ['Senioren'],
    location: 'Bibliotheek Lindeveld',
    description: 'Hulp bij DigiD en de app van de gemeente.',
    status: 'REQUESTED',
    requestedBy: 'marieke.janssen@planbord.local',
    late: true,
    fromToday: 6,
    wished: ['Gemeentepagina Lindevelder Courant'],
  },
  {
    title: 'Nieuwjaarsreceptie',
    day: 38,
    from: '17:00',
    to: '19:30',
    department: 'Communicatie',
    themes: ['Participatie'],
    audiences: ['Inwoners', 'Ondernemers'],
    location: 'Gemeentehuis',
    description: 'Nieuwjaarstoespraak van de burgemeester en receptie.',
    status: 'PLANNED',
    jobs: [['member@planbord.local', 'COVER', 'ACCEPTED']],
  },
  {
    title: 'Start verbouwing sporthal Noord',
    day: 41,
    from: '10:00',
    to: '11:00',
    department: 'Cultuur & Sport',
    themes: ['Sport'],
    location: 'Sporthal Noord',
    description: 'Eerste paal voor de nieuwe sporthal.',
    status: 'PLANNED',
    requestedBy: 'kees.willems@planbord.local',
    decisionNote: 'Gepland; graag een quote van de wethouder vooraf.',
    jobs: [],
  },
  {
    title: 'Boomplantdag',
    day: 44,
    from: '09:30',
    to: '12:00',
    department: 'Openbare Ruimte',
    themes: ['Duurzaamheid'],
    audiences: ['Jongeren', 'Inwoners'],
    location: 'Park Zuid',
    description: 'Schoolkinderen planten 200 bomen.',
    status: 'PLANNED',
    jobs: [
      ['joris.vandijk@planbord.local', 'COVER', 'PENDING'],
      ['sanne.vermeulen@planbord.local', 'PUBLISH', 'ACCEPTED'],
    ],
  },
  {
    title: 'Spreekuur wijkagent Westkwartier',
    day: 45,
    from: '13:00',
    to: '15:00',
    department: 'Veiligheid',
    themes: ['Veiligheid'],
    location: 'Wijkcentrum De Brug',
    description: 'Maandelijks spreekuur.',
    status: 'PLANNED',
    notNeeded: true,
  },
  {
    title: 'Raadsvergadering',
    day: 47,
    from: '19:30',
    to: '22:30',
    department: 'Communicatie',
    themes: ['Participatie'],
    location: 'Raadzaal',
    description: 'Reguliere raadsvergadering.',
    status: 'PLANNED',
    jobs: [['mohamed.ouali@planbord.local', 'PUBLISH', 'ACCEPTED']],
  },
  {
    title: 'Open dag milieustraat',
    day: 48,
    from: '10:00',
    to: '14:00',
    department: 'Openbare Ruimte',
    themes: ['Afval'],
    audiences: ['Inwoners'],
    location: 'Milieustraat, Industrieweg',
    description: 'Kijkje achter de schermen bij het afvalscheiden.',
    status: 'PLANNED',
    requestedBy: 'liaison@planbord.local',
    decisionNote: 'Mooi onderwerp voor TikTok.',
    jobs: [
      ['fatima.elamrani@planbord.local', 'COVER', 'ACCEPTED'],
      ['member@planbord.local', 'PUBLISH', 'PENDING'],
    ],
  },
  {
    title: 'Jongerenraad: verkiezing',
    day: 51,
    from: '15:00',
    to: '17:00',
    department: 'Sociaal Domein',
    themes: ['Participatie'],
    audiences: ['Jongeren'],
    location: 'Gemeentehuis',
    description: 'Jongeren kiezen hun nieuwe jongerenraad.',
    status: 'PLANNED',
    jobs: [],
  },
  {
    title: 'Schrijversbezoek bibliotheek',
    day: 53,
    from: '20:00',
    to: '21:30',
    department: 'Bibliotheek',
    themes: ['Cultuur'],
    location: 'Bibliotheek Lindeveld',
    description: 'Lezing en signeersessie.',
    status: 'REQUESTED',
    requestedBy: 'marieke.janssen@planbord.local',
  },
  {
    title: 'Winterschouw wegen',
    day: 55,
    allDay: true,
    days: 1,
    department: 'Openbare Ruimte',
    themes: ['Verkeer'],
    location: 'Gemeentebreed',
    description: 'Controle van wegen en fietspaden op vorstschade.',
    status: 'PLANNED',
    jobs: [['joris.vandijk@planbord.local', 'PUBLISH', 'ACCEPTED']],
  },
  {
    title: 'Oefening rampenbestrijding',
    day: 57,
    from: '09:00',
    to: '13:00',
    department: 'Veiligheid',
    themes: ['Veiligheid'],
    location: 'Bedrijventerrein Oost',
    description: 'Grote oefening met brandweer en GHOR; sirenes te horen.',
    status: 'PLANNED',
    requestedBy: 'naima.bouzid@planbord.local',
    decisionNote: 'Vooraf melden op alle kanalen, zodat niemand schrikt.',
    jobs: [
      ['sanne.vermeulen@planbord.local', 'COVER', 'ACCEPTED'],
      ['editor@planbord.local', 'PUBLISH', 'ACCEPTED'],
    ],
  },
  {
    title: 'Carnavalsoptocht',
    day: 60,
    from: '13:00',
    to: '17:00',
    department: 'Cultuur & Sport',
    themes: ['Cultuur'],
    audiences: ['Inwoners', 'Bezoekers'],
    location: 'Centrum',
    description: 'De jaarlijkse optocht door het centrum.',
    status: 'REQUESTED',
    requestedBy: 'kees.willems@planbord.local',
  },
  {
    title: 'Verkeersveiligheid bij scholen',
    day: 34,
    from: '08:00',
    to: '09:00',
    department: 'Openbare Ruimte',
    themes: ['Verkeer', 'Veiligheid'],
    audiences: ['Jongeren'],
    location: 'Basisschool De Regenboog',
    description: 'Actie met verkeersbrigadiers.',
    status: 'DECLINED',
    requestedBy: 'liaison@planbord.local',
    decisionNote: 'Valt samen met de nieuwjaarsactie; we nemen het mee in de nieuwsbrief.',
  },
  {
    title: 'Sinterklaasintocht',
    day: 1,
    from: '12:00',
    to: '14:00',
    department: 'Cultuur & Sport',
    themes: ['Cultuur'],
    audiences: ['Jongeren', 'Inwoners'],
    location: 'Haven',
    description: 'Intocht van de Sint.',
    status: 'DONE',
    jobs: [
      ['member@planbord.local', 'COVER', 'DONE'],
      ['editor@planbord.local', 'PUBLISH', 'DONE'],
    ],
  },
];

const RUBRICS = [
  {
    name: 'Werk in uitvoering',
    description: 'Wekelijks overzicht van werkzaamheden aan wegen en riolering.',
    rrule: 'FREQ=WEEKLY;BYDAY=TU',
    time: '10:00',
    channels: ['Facebook Gemeente Lindeveld'],
    theme: 'Verkeer',
    owner: 'joris.vandijk@planbord.local',
  },
  {
    name: 'Nieuw in de bibliotheek',
    description: 'De nieuwste aanwinsten en activiteiten.',
    rrule: 'FREQ=MONTHLY;BYDAY=1FR',
    time: '10:00',
    channels: ['Instagram @lindeveld', 'Facebook Gemeente Lindeveld'],
    theme: 'Cultuur',
    owner: 'lotte.hendriks@planbord.local',
  },
  {
    name: 'Terugblik raadsvergadering',
    description: 'Wat besloot de raad? In gewone taal.',
    rrule: 'FREQ=MONTHLY;BYDAY=-1TH',
    time: '09:00',
    channels: ['Website lindeveld.nl'],
    theme: 'Participatie',
    owner: 'mohamed.ouali@planbord.local',
  },
  {
    name: 'Afvaltip van de week',
    description: 'Eén praktische tip over afval scheiden.',
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    time: '08:30',
    channels: ['X @gemeentelindeveld', 'Facebook Gemeente Lindeveld'],
    theme: 'Afval',
    owner: 'member@planbord.local',
  },
  {
    name: 'Nieuwsbrief Lindeveld Nu',
    description: 'De tweewekelijkse nieuwsbrief.',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
    time: '16:00',
    channels: ['Nieuwsbrief Lindeveld Nu'],
    theme: null,
    owner: 'editor@planbord.local',
  },
  {
    name: 'Vacature van de week',
    description: 'Werken bij de gemeente.',
    rrule: 'FREQ=WEEKLY;BYDAY=WE',
    time: '12:00',
    channels: ['LinkedIn Gemeente Lindeveld'],
    theme: 'Werk & Economie',
    owner: 'sanne.vermeulen@planbord.local',
  },
];

export interface PlannedDemoEvent {
  demo: DemoEvent;
  date: string;
  startsAt: Date;
  endsAt: Date;
  request: DemoRequestDates | null;
}

/** The demo events placed in time for a seed at `now`: this month and next, requests made and answered before `now`. */
export function planDemoEvents(now: Date, timeZone: string): PlannedDemoEvent[] {
  const today = localDateOf(now, timeZone);
  const monthStart = `${today.slice(0, 7)}-01`;
  return EVENTS.map((demo, index) => {
    const date = demo.fromToday !== undefined ? addDays(today, demo.fromToday) : addDays(monthStart, demo.day - 1);
    const startsAt = demo.allDay ? atLocalTime(date, '00:00', timeZone) : atLocalTime(date, demo.from!, timeZone);
    const endsAt = demo.allDay
      ? atLocalTime(addDays(date, demo.days ?? 1), '00:00', timeZone)
      : atLocalTime(date, demo.to!, timeZone);
    const request = demo.requestedBy
      ? demoRequestDates(startsAt, now, {
          leadDays: demo.late ? 6 : 21,
          decided: demo.status !== 'REQUESTED',
          timeZone,
          spreadHours: index * 3,
        })
      : null;
    return { demo, date, startsAt, endsAt, request };
  });
}

/** Calendar content for this month and next: events in every state, six rubrics, free room and assignments. */
export async function seedPlanningDemo(
  app: INestApplication,
  db: DataSource,
  timeZone: string,
  now = new Date(),
): Promise<void> {
  const people = new Map((await db.getRepository(User).find()).map((u) => [u.email, u]));
  const byName = async <T extends { name: string; id: string }>(target: new () => T) =>
    new Map((await db.getRepository(target).find()).map((row) => [row.name, row]));
  const departments = await byName(Department);
  const themes = await byName(Theme);
  const audiences = await byName(Audience);
  const channels = await byName(Channel);
  const admin = people.get('admin@planbord.local')!;
  const actor: SessionUser = { id: admin.id, name: admin.name, role: 'ADMIN', locale: 'nl', sessionId: '' };
  const today = localDateOf(now, timeZone);
  const monthStart = `${today.slice(0, 7)}-01`;
  for (const rubric of RUBRICS) {
    const created = await app.get(RubricsService).create(actor, {
      name: rubric.name,
      description: rubric.description,
      rrule: rubric.rrule,
      time: rubric.time,
      startsOn: monthStart,
      channelIds: rubric.channels.map((c) => channels.get(c)!.id),
      themeId: rubric.theme ? themes.get(rubric.theme)!.id : null,
      ownerId: people.get(rubric.owner)!.id,
      durationMinutes: 30,
    });
    // New rubrics start from today; the demo month also shows the rubric items that already went out.
    const past = expandRecurrence(
      { rrule: rubric.rrule, startsOn: monthStart, time: rubric.time },
      monthStart,
      addDays(today, -1),
      timeZone,
    );
    const channelId = rubric.channels.length === 1 ? channels.get(rubric.channels[0])!.id : null;
    for (const startsAt of past)
      await db
        .getRepository(Slot)
        .save({ kind: 'RUBRIC', status: 'FILLED', startsAt, rubricId: created.id, channelId });
  }

  await db.transaction(async (em) => {
    for (const { demo, date, startsAt, endsAt, request } of planDemoEvents(now, timeZone)) {
      const requester = demo.requestedBy ? people.get(demo.requestedBy)! : null;
      const event = await em.save(
        em.create(Event, {
          title: demo.title,
          description: demo.description,
          location: demo.location,
          startsAt,
          endsAt,
          allDay: !!demo.allDay,
          startDate: demo.allDay ? date : null,
          endDate: demo.allDay ? addDays(date, demo.days ?? 1) : null,
          status: demo.status,
          departmentId: departments.get(demo.department)!.id,
          coverageNotNeeded: !!demo.notNeeded,
          requestedById: requester?.id ?? null,
          requestedAt: request?.requestedAt ?? null,
          responseDueAt: request?.responseDueAt ?? null,
          late: request?.late ?? false,
          decisionNote: demo.decisionNote ?? null,
          decidedById: request?.decidedAt ? people.get('editor@planbord.local')!.id : null,
          decidedAt: request?.decidedAt ?? null,
        }),
      );
      for (const theme of demo.themes)
        await em.query('INSERT INTO event_themes (event_id, theme_id) VALUES ($1, $2)', [
          event.id,
          themes.get(theme)!.id,
        ]);
      for (const audience of demo.audiences ?? [])
        await em.query('INSERT INTO event_audiences (event_id, audience_id) VALUES ($1, $2)', [
          event.id,
          audiences.get(audience)!.id,
        ]);
      for (const channel of demo.wished ?? [])
        await em.query('INSERT INTO event_wished_channels (event_id, channel_id) VALUES ($1, $2)', [
          event.id,
          channels.get(channel)!.id,
        ]);
      for (const [email, role, status] of demo.jobs ?? []) {
        const user = people.get(email) ?? people.get('member@planbord.local')!;
        const minutes =
          role === 'COVER'
            ? Math.round((endsAt.getTime() - startsAt.getTime()) / 60000) + 60
            : role === 'WRITE'
              ? 60
              : 20;
        await em.save(
          em.create(Assignment, {
            role,
            status,
            userId: user.id,
            eventId: event.id,
            estimatedMinutes: demo.allDay && role === 'COVER' ? 300 : minutes,
            assignedById: admin.id,
          }),
        );
      }
    }

    // Free room for ad-hoc items, twice a week, and a few rubric slots already taken up or skipped.
    for (let week = 0; week < 9; week++) {
      for (const [offset, time] of [
        [1, '11:00'],
        [4, '14:00'],
      ] as const) {
        const date = addDays(monthStart, week * 7 + offset);
        await em.save(
          em.create(Slot, {
            kind: 'AD_HOC',
            status: 'OPEN',
            startsAt: atLocalTime(date, time, timeZone),
            title: 'Vrije ruimte',
          }),
        );
      }
    }
    const rubricSlots = await em
      .getRepository(Slot)
      .createQueryBuilder('s')
      .where("s.kind = 'RUBRIC'")
      .orderBy('s.starts_at')
      .getMany();
    const writers = [
      'member@planbord.local',
      'joris.vandijk@planbord.local',
      'lotte.hendriks@planbord.local',
      'editor@planbord.local',
    ];
    for (const [i, slot] of rubricSlots.slice(0, 40).entries()) {
      if (i % 3 === 0) {
        await em.save(
          em.create(Assignment, {
            role: 'WRITE',
            status: i % 2 ? 'ACCEPTED' : 'PENDING',
            userId: people.get(writers[i % writers.length])!.id,
            slotId: slot.id,
            estimatedMinutes: 60,
            assignedById: admin.id,
          }),
        );
        await em.update(Slot, { id: slot.id }, { status: 'FILLED' });
      } else if (i % 11 === 5) {
        await em.update(Slot, { id: slot.id }, { status: 'SKIPPED', skipReason: 'Geen nieuws deze week' });
      }
    }
  });
}
