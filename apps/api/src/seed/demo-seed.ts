import type { DataSource, EntityManager } from 'typeorm';
import type { ChannelKind, Role } from '@planbord/domain';
import { Audience, Channel, Department, passwordHasher, Theme, User } from '@planbord/api-identity';

export interface DemoLogin {
  email: string;
  name: string;
  role: Role;
}

const DEPARTMENTS: [string, string][] = [
  ['Communicatie', '#1f5f8b'],
  ['KCC', '#6b4c9a'],
  ['Openbare Ruimte', '#2e7d32'],
  ['Bibliotheek', '#b35c00'],
  ['Cultuur & Sport', '#c2185b'],
  ['Sociaal Domein', '#00838f'],
  ['Veiligheid', '#b71c1c'],
  ['Economie & Werk', '#5d4037'],
  ['Burgerzaken', '#455a64'],
];

const THEMES: [string, string][] = [
  ['Verkeer', '#e65100'],
  ['Afval', '#558b2f'],
  ['Wonen', '#6d4c41'],
  ['Zorg', '#00897b'],
  ['Cultuur', '#ad1457'],
  ['Veiligheid', '#c62828'],
  ['Sport', '#1565c0'],
  ['Duurzaamheid', '#2e7d32'],
  ['Werk & Economie', '#4e342e'],
  ['Participatie', '#6a1b9a'],
];

const AUDIENCES = ['Inwoners', 'Jongeren', 'Senioren', 'Ondernemers', 'Forenzen', 'Bezoekers'];

/** New channels waiting for the editors' decision: nothing can be planned on them yet. */
const CHANNEL_PROPOSALS: {
  name: string;
  kind: ChannelKind;
  handle: string;
  owner: string;
  audiences: string[];
  by: string;
  reason: string;
}[] = [
  {
    name: 'Mastodon @lindeveld',
    kind: 'MASTODON',
    handle: '@lindeveld@social.overheid.nl',
    owner: 'Communicatie',
    audiences: ['Inwoners'],
    by: 'liaison@planbord.local',
    reason:
      'De Rijksoverheid en steeds meer gemeenten zitten op social.overheid.nl; zo bereiken we inwoners zonder commercieel platform.',
  },
  {
    name: 'Pinterest Bibliotheek Lindeveld',
    kind: 'PINTEREST',
    handle: 'pinterest.com/bibliotheeklindeveld',
    owner: 'Bibliotheek',
    audiences: ['Inwoners', 'Jongeren'],
    by: 'marieke.janssen@planbord.local',
    reason: 'Leestips en knutselideeën voor ouders; die zoeken daar al naar.',
  },
];

const CHANNELS: { name: string; kind: ChannelKind; handle: string; owner: string; audiences: string[] }[] = [
  {
    name: 'Facebook Gemeente Lindeveld',
    kind: 'FACEBOOK',
    handle: 'facebook.com/gemeentelindeveld',
    owner: 'Communicatie',
    audiences: ['Inwoners', 'Senioren'],
  },
  {
    name: 'Instagram @lindeveld',
    kind: 'INSTAGRAM',
    handle: '@lindeveld',
    owner: 'Communicatie',
    audiences: ['Jongeren', 'Inwoners', 'Bezoekers'],
  },
  {
    name: 'X @gemeentelindeveld',
    kind: 'X',
    handle: '@gemeentelindeveld',
    owner: 'Communicatie',
    audiences: ['Inwoners', 'Forenzen'],
  },
  {
    name: 'LinkedIn Gemeente Lindeveld',
    kind: 'LINKEDIN',
    handle: 'linkedin.com/company/gemeente-lindeveld',
    owner: 'Economie & Werk',
    audiences: ['Ondernemers'],
  },
  {
    name: 'YouTube Lindeveld',
    kind: 'YOUTUBE',
    handle: 'youtube.com/@lindeveld',
    owner: 'Communicatie',
    audiences: ['Inwoners'],
  },
  { name: 'TikTok @lindeveld', kind: 'TIKTOK', handle: '@lindeveld', owner: 'Communicatie', audiences: ['Jongeren'] },
  {
    name: 'WhatsApp-kanaal',
    kind: 'WHATSAPP',
    handle: 'WhatsApp-kanaal Gemeente Lindeveld',
    owner: 'KCC',
    audiences: ['Inwoners', 'Senioren'],
  },
  {
    name: 'Website lindeveld.nl',
    kind: 'WEBSITE',
    handle: 'https://www.lindeveld.nl',
    owner: 'Communicatie',
    audiences: ['Inwoners', 'Ondernemers', 'Bezoekers'],
  },
  {
    name: 'Nieuwsbrief Lindeveld Nu',
    kind: 'NEWSLETTER',
    handle: 'nieuwsbrief@lindeveld.nl',
    owner: 'Communicatie',
    audiences: ['Inwoners'],
  },
  {
    name: 'Gemeentepagina Lindevelder Courant',
    kind: 'PRINT',
    handle: 'Lindevelder Courant, woensdag',
    owner: 'Communicatie',
    audiences: ['Senioren', 'Inwoners'],
  },
  { name: 'Persberichten', kind: 'PRESS', handle: 'pers@lindeveld.nl', owner: 'Communicatie', audiences: ['Inwoners'] },
];

const PEOPLE: { name: string; email: string; role: Role; department: string; weeklyHours: number | null }[] = [
  { name: 'Anouk Bakker', email: 'admin@planbord.local', role: 'ADMIN', department: 'Communicatie', weeklyHours: 8 },
  {
    name: 'Ruud Visser',
    email: 'ruud.visser@planbord.local',
    role: 'ADMIN',
    department: 'Communicatie',
    weeklyHours: 4,
  },
  { name: 'Yvonne Mulder', email: 'yvonne.mulder@planbord.local', role: 'ADMIN', department: 'KCC', weeklyHours: 4 },
  { name: 'Eva de Jong', email: 'editor@planbord.local', role: 'EDITOR', department: 'Communicatie', weeklyHours: 32 },
  {
    name: 'Mohamed Ouali',
    email: 'mohamed.ouali@planbord.local',
    role: 'EDITOR',
    department: 'Communicatie',
    weeklyHours: 36,
  },
  {
    name: 'Sanne Vermeulen',
    email: 'sanne.vermeulen@planbord.local',
    role: 'EDITOR',
    department: 'Communicatie',
    weeklyHours: 24,
  },
  { name: 'Daan Smit', email: 'member@planbord.local', role: 'MEMBER', department: 'Communicatie', weeklyHours: 32 },
  { name: 'Lotte Hendriks', email: 'lotte.hendriks@planbord.local', role: 'MEMBER', department: 'KCC', weeklyHours: 8 },
  {
    name: 'Joris van Dijk',
    email: 'joris.vandijk@planbord.local',
    role: 'MEMBER',
    department: 'Openbare Ruimte',
    weeklyHours: 6,
  },
  {
    name: 'Fatima El Amrani',
    email: 'fatima.elamrani@planbord.local',
    role: 'MEMBER',
    department: 'Sociaal Domein',
    weeklyHours: 4,
  },
  {
    name: 'Pieter de Boer',
    email: 'liaison@planbord.local',
    role: 'LIAISON',
    department: 'Openbare Ruimte',
    weeklyHours: null,
  },
  {
    name: 'Marieke Janssen',
    email: 'marieke.janssen@planbord.local',
    role: 'LIAISON',
    department: 'Bibliotheek',
    weeklyHours: null,
  },
  {
    name: 'Kees Willems',
    email: 'kees.willems@planbord.local',
    role: 'LIAISON',
    department: 'Cultuur & Sport',
    weeklyHours: null,
  },
  {
    name: 'Naima Bouzid',
    email: 'naima.bouzid@planbord.local',
    role: 'LIAISON',
    department: 'Veiligheid',
    weeklyHours: null,
  },
];

/** True when the database holds no people yet: the demo seed only ever runs on an empty database. */
export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(User).count({ withDeleted: true })) === 0;
}

/** The fictional municipality of Lindeveld: its departments, channels, themes, audiences and media team. */
export async function seedDemo(db: DataSource, password: string): Promise<DemoLogin[]> {
  const passwordHash = await passwordHasher.hash(password);
  return db.transaction(async (em: EntityManager) => {
    const departments = new Map<string, Department>();
    for (const [name, color] of DEPARTMENTS)
      departments.set(name, await em.save(em.create(Department, { name, color })));
    for (const [name, color] of THEMES) await em.save(em.create(Theme, { name, color }));
    const audiences = new Map<string, Audience>();
    for (const name of AUDIENCES) audiences.set(name, await em.save(em.create(Audience, { name })));
    for (const channel of CHANNELS) {
      await em.save(
        em.create(Channel, {
          name: channel.name,
          kind: channel.kind,
          handle: channel.handle,
          ownerDepartmentId: departments.get(channel.owner)!.id,
          audiences: channel.audiences.map((a) => audiences.get(a)!),
        }),
      );
    }
    const people = new Map<string, User>();
    for (const person of PEOPLE) {
      people.set(
        person.email,
        await em.save(
          em.create(User, {
            name: person.name,
            email: person.email,
            passwordHash,
            role: person.role,
            departmentId: departments.get(person.department)!.id,
            weeklyHours: person.weeklyHours,
            locale: 'nl',
          }),
        ),
      );
    }
    for (const proposal of CHANNEL_PROPOSALS) {
      await em.save(
        em.create(Channel, {
          name: proposal.name,
          kind: proposal.kind,
          handle: proposal.handle,
          ownerDepartmentId: departments.get(proposal.owner)!.id,
          audiences: proposal.audiences.map((a) => audiences.get(a)!),
          status: 'PROPOSED',
          reason: proposal.reason,
          proposedById: people.get(proposal.by)!.id,
        }),
      );
    }
    return PEOPLE.map(({ email, name, role }) => ({ email, name, role }));
  });
}
