import type { INestApplication } from '@nestjs/common';
import { In, type DataSource } from 'typeorm';
import {
  addDays,
  atLocalTime,
  localDateOf,
  type ActionKind,
  type Priority,
  type Sentiment,
  type SignalSource,
  type SignalStatus,
} from '@planbord/domain';
import type { SessionUser } from '@planbord/api-core';
import { Channel, Department, Theme, User } from '@planbord/api-identity';
import {
  ActionsService,
  NewsroomAction,
  Signal,
  SignalsService,
  ThemeRule,
  Topic,
  WebcareService,
} from '@planbord/api-newsroom';

const MINUTE = 60_000;

/** Something a resident said in the demo fortnight, `daysAgo` days before the seed at a local time. */
export interface DemoSignal {
  key: string;
  daysAgo: number;
  time: string;
  source: SignalSource;
  channel?: string;
  url?: string;
  author?: [name: string, handle: string | null];
  body: string;
  neighbourhood?: string;
  themes?: string[];
  sentiment?: Sentiment;
  priority?: Priority;
  needsReply?: boolean;
  status?: Extract<SignalStatus, 'NEW' | 'IN_PROGRESS' | 'DONE' | 'DISMISSED'>;
  dismissReason?: string;
  topic?: string;
  assignee?: string;
  /** A webcare answer given on the signal's own channel, minutes after it came in (never after the seed). */
  reply?: { by: string; afterMinutes: number; body: string };
}

const FB = 'Facebook Gemeente Lindeveld';
const IG = 'Instagram @lindeveld';

export const DEMO_TOPICS = {
  containers: 'Containers Molenweg niet geleegd',
  diversion: 'Omleiding Stationsweg',
  skatepark: 'Overlast skatepark De Hoven',
} as const;

const SIGNALS: DemoSignal[] = [
  {
    key: 'stoeptegel',
    daysAgo: 1,
    time: '08:42',
    source: 'FACEBOOK',
    channel: FB,
    url: 'https://www.facebook.com/gemeentelindeveld/posts/demo-stoeptegel',
    author: ['Henk Brouwer', 'henk.brouwer.52'],
    body: 'Op de hoek Dorpsstraat/Kerklaan ligt al een week een losse stoeptegel. Mijn buurvrouw met rollator is er gisteren bijna over gestruikeld. Kan daar iemand naar kijken?',
    neighbourhood: 'Centrum',
    themes: ['Veiligheid'],
    sentiment: 'NEGATIVE',
    priority: 'HIGH',
    assignee: 'member@planbord.local',
    reply: {
      by: 'member@planbord.local',
      afterMinutes: 55,
      body: 'Dank voor uw melding, Henk. We hebben de collega’s van Openbare Ruimte gevraagd de tegel zo snel mogelijk vast te leggen. We laten u weten wanneer dat gebeurt.',
    },
  },
  {
    key: 'containers-1',
    daysAgo: 6,
    time: '19:12',
    source: 'FACEBOOK',
    channel: FB,
    url: 'https://www.facebook.com/gemeentelindeveld/posts/demo-afval',
    author: ['Sandra Koster', 'sandrakoster'],
    body: 'De containers aan de Molenweg worden al twee weken niet geleegd. Het ligt er vol met zakken.',
    neighbourhood: 'Molenwijk',
    themes: ['Afval'],
    sentiment: 'NEGATIVE',
    topic: DEMO_TOPICS.containers,
    reply: {
      by: 'lotte.hendriks@planbord.local',
      afterMinutes: 14 * 60,
      body: 'Vervelend, Sandra! We zoeken uit wat er met de ophaalronde aan de Molenweg aan de hand is en komen erop terug.',
    },
  },
  {
    key: 'containers-2',
    daysAgo: 6,
    time: '21:30',
    source: 'X',
    author: ['Ricardo', '@ricardo_lv'],
    body: '@gemeentelindeveld weer vol aan de Molenweg, het stinkt hier echt. Wanneer komt de vuilniswagen? #afval',
    neighbourhood: 'Molenwijk',
    themes: ['Afval'],
    sentiment: 'NEGATIVE',
    topic: DEMO_TOPICS.containers,
  },
  {
    key: 'containers-3',
    daysAgo: 5,
    time: '09:05',
    source: 'PHONE',
    author: ['Mevr. Van Leeuwen', null],
    body: 'Mevrouw belt: ondergrondse container bij Molenweg 14 zit vol, er staan zakken naast. Meeuwen trekken ze open. Vraagt wanneer er geleegd wordt.',
    neighbourhood: 'Molenwijk',
    themes: ['Afval'],
    sentiment: 'NEGATIVE',
    topic: DEMO_TOPICS.containers,
    needsReply: false,
    status: 'DONE',
  },
  {
    key: 'containers-4',
    daysAgo: 5,
    time: '13:48',
    source: 'WEBSITE_FORM',
    author: ['A. Yilmaz', null],
    body: 'Melding via het formulier: container glas en papier Molenweg/Graanstraat overvol, al dagen.',
    neighbourhood: 'Molenwijk',
    themes: ['Afval'],
    topic: DEMO_TOPICS.containers,
  },
  {
    key: 'containers-5',
    daysAgo: 4,
    time: '08:10',
    source: 'EMAIL',
    author: ['Bewonerscommissie Molenwijk', 'bewoners.molenwijk@example.nl'],
    body: 'Geachte gemeente, namens de bewoners van de Molenwijk: de containers aan de Molenweg worden niet geleegd. Kunt u ons laten weten wat er aan de hand is en wanneer het is opgelost?',
    neighbourhood: 'Molenwijk',
    themes: ['Afval'],
    topic: DEMO_TOPICS.containers,
    reply: {
      by: 'lotte.hendriks@planbord.local',
      afterMinutes: 6 * 60,
      body: 'Beste bewoners, de vuilniswagen voor de Molenwijk was defect. Donderdag rijdt een extra ronde; vanaf volgende week is het schema weer normaal.',
    },
  },
  {
    key: 'omleiding-1',
    daysAgo: 3,
    time: '07:35',
    source: 'FACEBOOK',
    channel: FB,
    url: 'https://www.facebook.com/gemeentelindeveld/posts/demo-stationsweg',
    author: ['Mark de Graaf', 'markdegraaf'],
    body: 'Waarom staat de omleiding via de Ringweg nergens aangegeven? Ik stond vanochtend voor een dichte Stationsweg.',
    neighbourhood: 'Stationskwartier',
    themes: ['Verkeer'],
    sentiment: 'NEGATIVE',
    topic: DEMO_TOPICS.diversion,
  },
  {
    key: 'omleiding-2',
    daysAgo: 2,
    time: '08:02',
    source: 'NEWS_SITE',
    url: 'https://www.lindeveldsdagblad.nl/nieuws/stationsweg-week-dicht#reactie-demo-1',
    author: ['Fietser073', null],
    body: 'Fietsers kunnen er wel langs, maar de borden zeggen iets anders. Verwarrend.',
    neighbourhood: 'Stationskwartier',
    themes: ['Verkeer'],
    topic: DEMO_TOPICS.diversion,
    needsReply: false,
  },
  {
    key: 'omleiding-3',
    daysAgo: 2,
    time: '08:19',
    source: 'NEWS_SITE',
    url: 'https://www.lindeveldsdagblad.nl/nieuws/stationsweg-week-dicht#reactie-demo-2',
    author: ['J. Peeters', null],
    body: 'En de bus? Lijn 12 rijdt niet meer langs de Kerklaan, dat had de gemeente wel even mogen melden.',
    neighbourhood: 'Stationskwartier',
    themes: ['Verkeer'],
    sentiment: 'NEGATIVE',
    topic: DEMO_TOPICS.diversion,
    needsReply: false,
  },
  {
    key: 'omleiding-4',
    daysAgo: 2,
    time: '12:40',
    source: 'X',
    author: ['Buurtapp Stationskwartier', '@stationskwartier'],
    body: 'Omleiding Stationsweg: vrachtwagens rijden nu door de Schoolstraat. Daar lopen veel kinderen! @gemeentelindeveld',
    neighbourhood: 'Stationskwartier',
    themes: ['Verkeer', 'Veiligheid'],
    sentiment: 'NEGATIVE',
    priority: 'URGENT',
    topic: DEMO_TOPICS.diversion,
    assignee: 'editor@planbord.local',
    reply: {
      by: 'editor@planbord.local',
      afterMinutes: 35,
      body: 'Dank voor de melding. We hebben verkeersregelaars gevraagd bij de Schoolstraat te gaan staan en laten de borden voor vrachtverkeer aanpassen.',
    },
  },
  {
    key: 'omleiding-5',
    daysAgo: 1,
    time: '17:55',
    source: 'INSTAGRAM',
    channel: IG,
    author: ['lisa.vd.berg', '@lisa.vd.berg'],
    body: 'Hoe lang blijft de Stationsweg nog dicht? Ik moet elke dag naar het station 🙈',
    neighbourhood: 'Stationskwartier',
    themes: ['Verkeer'],
    topic: DEMO_TOPICS.diversion,
  },
  {
    key: 'omleiding-6',
    daysAgo: 0,
    time: '07:50',
    source: 'FACEBOOK',
    channel: FB,
    author: ['Willem Dekker', 'willem.dekker'],
    body: 'Is de omleiding voor fietsers nu via het Parklaan-fietspad of niet? Graag duidelijkheid.',
    neighbourhood: 'Stationskwartier',
    themes: ['Verkeer'],
    topic: DEMO_TOPICS.diversion,
  },
  {
    key: 'bibliotheek',
    daysAgo: 4,
    time: '16:20',
    source: 'INSTAGRAM',
    channel: IG,
    url: 'https://www.instagram.com/p/demo-leestafel',
    author: ['Fleur', '@fleurleest'],
    body: 'Wat een fijne nieuwe leestafel in de bibliotheek! Complimenten aan de medewerkers, ik kom zaterdag zeker terug 📚',
    neighbourhood: 'Centrum',
    themes: ['Cultuur'],
    sentiment: 'POSITIVE',
    priority: 'LOW',
    status: 'DONE',
    reply: {
      by: 'lotte.hendriks@planbord.local',
      afterMinutes: 70,
      body: 'Wat leuk om te horen, Fleur! We geven het compliment door. Tot zaterdag!',
    },
  },
  {
    key: 'bibliotheek-2',
    daysAgo: 11,
    time: '11:05',
    source: 'FACEBOOK',
    channel: FB,
    author: ['Gerda Smits', 'gerda.smits'],
    body: 'De voorleesochtend in de bibliotheek was geweldig, mijn kleinzoon praat nergens anders over. Dank jullie wel!',
    neighbourhood: 'Centrum',
    themes: ['Cultuur'],
    sentiment: 'POSITIVE',
    priority: 'LOW',
    status: 'DONE',
    reply: {
      by: 'member@planbord.local',
      afterMinutes: 95,
      body: 'Dank u wel, Gerda! De volgende voorleesochtend is over twee weken. Tot dan!',
    },
  },
  {
    key: 'begroting-1',
    daysAgo: 3,
    time: '21:10',
    source: 'NEWS_SITE',
    url: 'https://www.lindeveldsdagblad.nl/nieuws/raad-stelt-begroting-vast#reactie-demo-1',
    author: ['Kritische burger', null],
    body: 'Dus de ozb gaat weer omhoog en het zwembad gaat eerder dicht. Mooi is dat.',
    themes: ['Werk & Economie'],
    sentiment: 'NEGATIVE',
    needsReply: false,
  },
  {
    key: 'begroting-2',
    daysAgo: 3,
    time: '22:45',
    source: 'NEWS_SITE',
    url: 'https://www.lindeveldsdagblad.nl/nieuws/raad-stelt-begroting-vast#reactie-demo-2',
    author: ['M. Hoekstra', null],
    body: 'Staat er ook iets in de begroting over het buurthuis in Westkwartier? Daar hoor ik niemand over.',
    neighbourhood: 'Westkwartier',
    themes: ['Participatie'],
    needsReply: false,
  },
  {
    key: 'skatepark-1',
    daysAgo: 9,
    time: '23:15',
    source: 'EMAIL',
    author: ['Familie Bos', 'fam.bos@example.nl'],
    body: 'Sinds de opening van het skatepark De Hoven is het elke avond tot na elven lawaai. Wij wonen ertegenover. Gelden daar geen openingstijden?',
    neighbourhood: 'De Hoven',
    themes: ['Sport', 'Veiligheid'],
    sentiment: 'NEGATIVE',
    topic: DEMO_TOPICS.skatepark,
  },
  {
    key: 'skatepark-2',
    daysAgo: 8,
    time: '22:40',
    source: 'FACEBOOK',
    channel: FB,
    author: ['Kim Verhoeven', 'kim.verhoeven'],
    body: 'Ook bij ons in De Hoven: scooters en harde muziek bij het skatepark, elke avond.',
    neighbourhood: 'De Hoven',
    themes: ['Sport'],
    sentiment: 'NEGATIVE',
    topic: DEMO_TOPICS.skatepark,
  },
  {
    key: 'skatepark-3',
    daysAgo: 8,
    time: '10:30',
    source: 'COUNTER',
    author: ['Meneer Hamdi', null],
    body: 'Aan de balie: meneer vindt het skatepark juist heel goed voor de jongeren, maar vraagt om een prullenbak erbij.',
    neighbourhood: 'De Hoven',
    themes: ['Sport', 'Afval'],
    sentiment: 'POSITIVE',
    topic: DEMO_TOPICS.skatepark,
    needsReply: false,
  },
  {
    key: 'lantaarnpaal',
    daysAgo: 10,
    time: '14:25',
    source: 'COUNTER',
    author: ['Meneer De Wit', null],
    body: 'Aan de balie gemeld: lantaarnpaal voor Parklaan 3 brandt al een week niet. Het is daar ’s avonds erg donker.',
    neighbourhood: 'Parkwijk',
    themes: ['Veiligheid'],
    needsReply: false,
    assignee: 'lotte.hendriks@planbord.local',
  },
  {
    key: 'fietspad',
    daysAgo: 12,
    time: '09:40',
    source: 'WHATSAPP',
    author: ['Johan', '+31 6 12 34 56 78'],
    body: 'Het nieuwe asfalt op het fietspad Parklaan is super! Eindelijk geen gaten meer 👍',
    neighbourhood: 'Parkwijk',
    themes: ['Verkeer'],
    sentiment: 'POSITIVE',
    priority: 'LOW',
    status: 'DONE',
    reply: { by: 'member@planbord.local', afterMinutes: 40, body: 'Fijn om te horen, Johan! Goede rit gewenst.' },
  },
  {
    key: 'openingstijden',
    daysAgo: 0,
    time: '09:12',
    source: 'EMAIL',
    author: ['R. Kok', 'r.kok@example.nl'],
    body: 'Goedemorgen, is het gemeentehuis open tussen kerst en oud en nieuw? Ik moet mijn paspoort ophalen.',
    themes: [],
    priority: 'NORMAL',
  },
  {
    key: 'kerstmarkt',
    daysAgo: 0,
    time: '10:05',
    source: 'INSTAGRAM',
    channel: IG,
    author: ['Noor', '@noor.lindeveld'],
    body: 'Komt de ijsbaan dit jaar ook weer op de kerstmarkt? ⛸️',
    neighbourhood: 'Centrum',
    themes: ['Cultuur'],
    sentiment: 'NEUTRAL',
  },
  {
    key: 'woning',
    daysAgo: 7,
    time: '15:00',
    source: 'LINKEDIN',
    author: ['Peter Vos', 'peter-vos-bouw'],
    body: 'Goed om te zien dat Lindeveld vaart maakt met de starterswoningen in Westkwartier. Wanneer start de verkoop?',
    neighbourhood: 'Westkwartier',
    themes: ['Wonen'],
    sentiment: 'POSITIVE',
    reply: {
      by: 'editor@planbord.local',
      afterMinutes: 180,
      body: 'Dank u wel! De verkoop start in het voorjaar; aanmelden voor de nieuwsbrief kan op lindeveld.nl/wonen.',
    },
  },
  {
    key: 'spam',
    daysAgo: 5,
    time: '03:14',
    source: 'FACEBOOK',
    channel: FB,
    author: ['Prize Center', 'prize.center.2024'],
    body: 'Gefeliciteerd! U heeft een iPhone gewonnen, klik hier om uw prijs op te halen.',
    status: 'DISMISSED',
    dismissReason: 'Spam',
    needsReply: false,
  },
  {
    key: 'zorg',
    daysAgo: 13,
    time: '10:50',
    source: 'PHONE',
    author: ['Mevr. Jacobs', null],
    body: 'Mevrouw belt namens haar vader (87): hoe vraagt hij huishoudelijke hulp aan via de Wmo? Doorverbonden met het Sociaal Domein.',
    themes: ['Zorg'],
    needsReply: false,
    status: 'DONE',
  },
];

/** The demo signals with the moment each came in: never after `now`, so none lies in the future. */
export function planDemoSignals(now: Date, timeZone: string): (DemoSignal & { receivedAt: Date })[] {
  const today = localDateOf(now, timeZone);
  return SIGNALS.map((signal, index) => {
    const at = atLocalTime(addDays(today, -signal.daysAgo), signal.time, timeZone);
    const latest = now.getTime() - (20 + index) * MINUTE;
    return { ...signal, receivedAt: new Date(Math.min(at.getTime(), latest)) };
  });
}

const THEME_RULES: [string, string[]][] = [
  ['Afval', ['container', 'vuilnis', 'afval', 'kliko', 'grofvuil', 'zwerfafval']],
  ['Verkeer', ['omleiding', 'afsluiting', 'fietspad', 'bus', 'parkeren', 'verkeer']],
  ['Veiligheid', ['lantaarnpaal', 'stoeptegel', 'inbraak', 'gevaarlijk', 'overlast']],
  ['Cultuur', ['bibliotheek', 'museum', 'theater', 'kerstmarkt']],
  ['Sport', ['skatepark', 'sporthal', 'zwembad']],
  ['Wonen', ['woning', 'starterswoning', 'huur']],
  ['Zorg', ['wmo', 'mantelzorg', 'huishoudelijke hulp']],
];

const TEMPLATES: { name: string; body: string; themes: string[] }[] = [
  {
    name: 'Bedankt voor je melding',
    body: 'Beste {naam}, dank voor je melding over {onderwerp}. We zoeken het uit en laten het je zo snel mogelijk weten.',
    themes: [],
  },
  {
    name: 'Container vol',
    body: 'Beste {naam}, vervelend dat de container vol zit. We hebben het doorgegeven aan het afvalbedrijf; meestal wordt hij binnen twee werkdagen geleegd.',
    themes: ['Afval'],
  },
  {
    name: 'Omleiding Stationsweg',
    body: 'Beste {naam}, de Stationsweg is deze week dicht. Auto’s rijden via de Ringweg, fietsers via het fietspad Parklaan, bus 12 via de Kerklaan. Meer informatie: https://www.lindeveld.nl/werkzaamheden',
    themes: ['Verkeer'],
  },
  {
    name: 'Houdingsverklaring (crisis)',
    body: 'We weten van de situatie en werken eraan met de hulpdiensten. Zodra we meer weten, leest u het hier en op lindeveld.nl.',
    themes: ['Veiligheid'],
  },
];

/** Who does webcare outside office hours: weekday evenings and weekend days, in turn. */
const ON_CALL = ['member@planbord.local', 'lotte.hendriks@planbord.local', 'sanne.vermeulen@planbord.local'];

/**
 * A fortnight of the newsroom of Lindeveld: signals from every kind of source, three of them clustered into topics,
 * with replies and a decision of every kind (a post about the diversion in the calendar, a question waiting at
 * Openbare Ruimte and one it answered), theme rules and an on-call roster. Signals come in through the app's own
 * ingest and decisions through its own `decide`, so they look as the app makes them. Runs once: a database that has
 * signals keeps them.
 */
export async function seedNewsroomDemo(
  app: INestApplication,
  db: DataSource,
  timeZone: string,
  now = new Date(),
): Promise<void> {
  if ((await db.getRepository(Signal).count({ withDeleted: true })) > 0) return;
  const people = new Map((await db.getRepository(User).find()).map((u) => [u.email, u]));
  const editorUser = people.get('editor@planbord.local');
  if (!editorUser) return;
  const actorOf = (email: string): SessionUser => {
    const user = people.get(email)!;
    return { id: user.id, name: user.name, role: user.role, locale: 'nl', sessionId: '' };
  };
  const byName = async <T extends { name: string; id: string }>(target: new () => T) =>
    new Map((await db.getRepository(target).find()).map((row) => [row.name, row]));
  const themes = await byName(Theme);
  const channels = await byName(Channel);
  const departments = await byName(Department);

  await db.getRepository(ThemeRule).save(
    THEME_RULES.filter(([theme]) => themes.has(theme)).map(([theme, keywords]) => ({
      themeId: themes.get(theme)!.id,
      keywords,
      active: true,
    })),
  );

  const plan = planDemoSignals(now, timeZone);
  const editor = actorOf('editor@planbord.local');
  const { accepted, rejected } = await app.get(SignalsService).ingest(
    editor,
    plan.map((demo) => ({
      source: demo.source,
      externalId: `demo-${demo.key}`,
      channelId: demo.channel ? (channels.get(demo.channel)?.id ?? null) : null,
      url: demo.url ?? null,
      authorName: demo.author?.[0] ?? null,
      authorHandle: demo.author?.[1] ?? null,
      body: demo.body,
      receivedAt: demo.receivedAt,
      themeIds: (demo.themes ?? []).map((name) => themes.get(name)?.id).filter((id): id is string => !!id),
      neighbourhood: demo.neighbourhood ?? null,
      needsReply: demo.needsReply ?? true,
      priority: demo.priority ?? 'NORMAL',
    })),
  );
  if (rejected.length) throw new Error(`demo signals refused: ${JSON.stringify(rejected)}`);
  const signals = new Map(accepted.map((signal) => [signal.externalId!.slice('demo-'.length), signal]));
  const webcare = app.get(WebcareService);
  for (const template of TEMPLATES)
    await webcare.createTemplate(editor, {
      name: template.name,
      body: template.body,
      themeIds: template.themes.map((name) => themes.get(name)?.id).filter((id): id is string => !!id),
    });
  await rosterDemo(webcare, editor, people, now, timeZone);
  // The answers webcare gave on the residents' own channels, as it records them: with the minutes they took.
  for (const demo of plan) {
    if (!demo.reply) continue;
    const signal = (await db.getRepository(Signal).findOneBy({ id: signals.get(demo.key)!.id }))!;
    const sentAt = new Date(
      Math.min(demo.receivedAt.getTime() + demo.reply.afterMinutes * MINUTE, now.getTime() - 2 * MINUTE),
    );
    await webcare.reply(actorOf(demo.reply.by), signal.id, signal.version, { body: demo.reply.body, sentAt });
  }

  // Topics: the matters several residents raised within a few days.
  for (const title of Object.values(DEMO_TOPICS)) {
    const members = plan.filter((demo) => demo.topic === title);
    const ids = members.map((demo) => signals.get(demo.key)!.id);
    const topic = await db.getRepository(Topic).save({
      title,
      status: 'OPEN',
      signalCount: ids.length,
      firstSeenAt: members[0].receivedAt,
      lastSeenAt: members.at(-1)!.receivedAt,
      createdById: editor.id,
    });
    await db.getRepository(Signal).update({ id: In(ids) }, { topicId: topic.id });
  }
  // Triage as the team did it: sentiment, assignee, and what was handled or set aside.
  for (const demo of plan) {
    const signal = signals.get(demo.key)!;
    const handled = demo.status && demo.status !== 'NEW';
    await db.getRepository(Signal).update(
      { id: signal.id },
      {
        sentiment: demo.sentiment ?? null,
        assigneeId: demo.assignee ? people.get(demo.assignee)!.id : null,
        ...(handled ? { status: demo.status, dismissReason: demo.dismissReason ?? null } : {}),
      },
    );
  }
  const topics = await byTitle(db);
  await decideDemo(app, db, { signals, topics, departments, channels, actorOf, now, timeZone, plan });
}

async function rosterDemo(
  webcare: WebcareService,
  actor: SessionUser,
  people: Map<string, User>,
  now: Date,
  timeZone: string,
): Promise<void> {
  const today = localDateOf(now, timeZone);
  for (let day = -7; day <= 14; day++) {
    const date = addDays(today, day);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    const [from, to] = weekend ? ['09:00', '21:00'] : ['17:00', '22:00'];
    const person = people.get(ON_CALL[(day + 7) % ON_CALL.length])!;
    await webcare.createShift(actor, person.id, atLocalTime(date, from, timeZone), atLocalTime(date, to, timeZone));
  }
}

async function byTitle(db: DataSource): Promise<Map<string, Topic>> {
  return new Map((await db.getRepository(Topic).find()).map((topic) => [topic.title, topic]));
}

interface DecisionContext {
  signals: Map<string, Signal>;
  topics: Map<string, Topic>;
  departments: Map<string, Department>;
  channels: Map<string, Channel>;
  actorOf: (email: string) => SessionUser;
  now: Date;
  timeZone: string;
  plan: (DemoSignal & { receivedAt: Date })[];
}

/** A decision of every kind, each taken a little after what it is about came in. */
async function decideDemo(app: INestApplication, db: DataSource, ctx: DecisionContext): Promise<void> {
  const actions = app.get(ActionsService);
  const today = localDateOf(ctx.now, ctx.timeZone);
  const at = (days: number, time: string) => atLocalTime(addDays(today, days), time, ctx.timeZone);
  const people = (email: string) => ctx.actorOf(email);
  const editor = people('editor@planbord.local');
  const member = people('member@planbord.local');
  const receivedAt = (key: string) => ctx.plan.find((demo) => demo.key === key)!.receivedAt;
  const topicLatest = (title: string) => ctx.topics.get(title)!.lastSeenAt!;
  const decisions: {
    by: SessionUser;
    kind: ActionKind;
    on: { signal: string } | { topic: string };
    takenAfter: Date;
    input: Record<string, unknown>;
    complete?: { by: SessionUser; result: string };
    answer?: { by: SessionUser; text: string };
  }[] = [
    {
      by: editor,
      kind: 'SOCIAL_POST',
      on: { topic: DEMO_TOPICS.diversion },
      takenAfter: topicLatest(DEMO_TOPICS.diversion),
      input: {
        channelId: ctx.channels.get(FB)!.id,
        plannedAt: at(1, '10:00'),
        note: 'Omleiding Stationsweg: zo rijdt u\nAuto’s via de Ringweg, fietsers via het fietspad Parklaan, lijn 12 via de Kerklaan. Vrachtverkeer niet door de Schoolstraat.',
      },
    },
    {
      by: editor,
      kind: 'UPDATE_WEBSITE',
      on: { topic: DEMO_TOPICS.diversion },
      takenAfter: topicLatest(DEMO_TOPICS.diversion),
      input: {
        ownerId: people('joris.vandijk@planbord.local').id,
        dueAt: at(1, '12:00'),
        note: 'Omleidingskaart en busroute op lindeveld.nl/werkzaamheden zetten.',
      },
    },
    {
      by: member,
      kind: 'INFORM_COLLEAGUE',
      on: { signal: 'stoeptegel' },
      takenAfter: receivedAt('stoeptegel'),
      input: {
        departmentId: ctx.departments.get('Openbare Ruimte')!.id,
        dueAt: at(2, '16:00'),
        note: 'Kunnen jullie de losse stoeptegel op de hoek Dorpsstraat/Kerklaan deze week vastleggen? Dan laten we de melder weten wanneer.',
      },
    },
    {
      by: people('lotte.hendriks@planbord.local'),
      kind: 'INFORM_COLLEAGUE',
      on: { signal: 'lantaarnpaal' },
      takenAfter: receivedAt('lantaarnpaal'),
      input: {
        departmentId: ctx.departments.get('Openbare Ruimte')!.id,
        dueAt: at(3, '12:00'),
        note: 'Lantaarnpaal voor Parklaan 3 brandt niet. Is de storing bekend en wanneer wordt hij hersteld?',
      },
      answer: {
        by: people('liaison@planbord.local'),
        text: 'Storing is gemeld bij de netbeheerder; die herstelt hem binnen vijf werkdagen.',
      },
    },
    {
      by: people('lotte.hendriks@planbord.local'),
      kind: 'REQUEST_DATA',
      on: { topic: DEMO_TOPICS.containers },
      takenAfter: topicLatest(DEMO_TOPICS.containers),
      input: {
        ownerId: people('lotte.hendriks@planbord.local').id,
        dueAt: at(1, '17:00'),
        note: 'Ophaalschema en storingen bij het afvalbedrijf opvragen.',
      },
      complete: {
        by: people('lotte.hendriks@planbord.local'),
        result: 'De wagen voor de Molenwijk was defect; donderdag rijdt een extra ronde en daarna het normale schema.',
      },
    },
    {
      by: people('mohamed.ouali@planbord.local'),
      kind: 'ENVIRONMENT_ANALYSIS',
      on: { topic: DEMO_TOPICS.skatepark },
      takenAfter: topicLatest(DEMO_TOPICS.skatepark),
      input: {
        ownerId: people('mohamed.ouali@planbord.local').id,
        dueAt: at(5, '12:00'),
        note: 'Wie zijn er bij het skatepark betrokken (bewoners, jongerenwerk, wijkagent, Skateclub) en wat speelt er?',
      },
    },
    {
      by: editor,
      kind: 'MONITOR',
      on: { signal: 'begroting-1' },
      takenAfter: receivedAt('begroting-1'),
      input: { reviewAt: at(2, '09:00'), note: 'Volgen of de reacties op de begroting aanzwellen.' },
    },
  ];

  for (const decision of decisions) {
    const on =
      'signal' in decision.on
        ? { signalId: ctx.signals.get(decision.on.signal)!.id }
        : { topicId: ctx.topics.get(decision.on.topic)!.id };
    let action = await actions.decide(decision.by, { kind: decision.kind, ...on, ...decision.input });
    if (decision.answer)
      action = await actions.answer(decision.answer.by, action.id, action.version, decision.answer.text);
    if (decision.complete)
      action = await actions.complete(decision.complete.by, action.id, action.version, decision.complete.result);
    // Taken an hour after what it is about came in; what followed, a day later (never after the seed).
    const taken = new Date(Math.min(decision.takenAfter.getTime() + 60 * MINUTE, ctx.now.getTime() - 10 * MINUTE));
    const followed = new Date(Math.min(taken.getTime() + 24 * 60 * MINUTE, ctx.now.getTime() - 5 * MINUTE));
    await db.getRepository(NewsroomAction).update(
      { id: action.id },
      {
        createdAt: taken,
        ...(action.answeredAt ? { answeredAt: followed } : {}),
        ...(action.completedAt ? { completedAt: followed } : {}),
      },
    );
  }
}
