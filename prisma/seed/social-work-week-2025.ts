// Social Care Wales's Social Work Week 2025 (from the programme it
// published), with a few extra sessions so that every
// feature has something to show: a full workshop with a waiting list, an
// in-person mock court, a lunchtime session, a draft and a cancelled session.
// Bilingual: its Welsh, and the language each session is given in, are in
// demo-week-welsh.ts (which also says what is left in English on purpose).
import { Audience, PublicationStatus, SessionFormat, SessionStatus, SpeakerPart } from "../../lib/generated/prisma/enums";
import { at } from "./demo-times";
import type { DemoEvent, DemoSession, DemoTheme } from "./demo-types";
import { TEAMS, ZOOM, teamsUrl, zoomUrl } from "./online-meetings";
import { PAST_EVENT_SLUG } from "./practice-week-2024";
import { lines, paragraphs } from "./text";

export const DEMO_EVENT_SLUG = "social-work-week-2025";

export const demoEvent: DemoEvent = {
  slug: DEMO_EVENT_SLUG,
  title: "Social Work Week 2025",
  summary:
    "Free online events from 17 to 21 March to celebrate Social Work Week, open to anyone with an interest in social work in Wales. Attending counts towards your CPD hours if you're registered with Social Care Wales.",
  description: paragraphs(
    "Between 17 and 21 March we'll be hosting events and sharing inspiring messages to celebrate Social Work Week.",
    "During the week, we'll be hosting a series of online events. These are free to attend and they’re open to anyone with an interest in social work.",
    lines(
      "The programme will be focused around three main themes:",
      "- strengthening our professional relationships",
      "- maintaining our social work identity",
      "- supporting our well-being at work.",
    ),
    "And on Tuesday 18 March we’ll be celebrating World Social Work Day.",
    "Attending the events will count towards your continuing professional development (CPD) hours, if you're registered with us.",
    "The views and opinions expressed at these workshops are those of the speakers and do not necessarily reflect the views of the organisations they represent, or the views and opinions of Social Care Wales.",
  ),
  startDate: new Date("2025-03-17"),
  endDate: new Date("2025-03-21"),
  timeZone: "Europe/London",
  audienceNote: [
    "social workers, including those practising and those looking to return to the profession",
    "social work students and educators",
    "people with lived experience of social work",
    "employers of social workers",
    "the wider social care workforce",
    "government and policy officials",
    "Social Care Wales employees and partner organisations",
  ],
  audiences: [
    Audience.PRACTITIONERS,
    Audience.STUDENTS_AND_EDUCATORS,
    Audience.MANAGERS_AND_LEADERS,
    Audience.LIVED_EXPERIENCE,
    Audience.EMPLOYERS,
    Audience.SOCIAL_CARE_WORKFORCE,
    Audience.POLICY_OFFICIALS,
  ],
  organiserName: "Social Care Wales",
  status: PublicationStatus.PUBLISHED,
  publishedAt: new Date("2025-02-17T09:00:00Z"),
};

export const demoThemeSlugs = {
  relationships: "strengthening-our-professional-relationships",
  identity: "maintaining-our-social-work-identity",
  wellBeing: "supporting-our-well-being-at-work",
} as const;

export const demoThemes: DemoTheme[] = [
  {
    slug: demoThemeSlugs.relationships,
    name: "Strengthening our professional relationships",
    summary:
      "Relationships are at the heart of social work. These sessions look at how we communicate, how we keep relationships genuine and safe, and how new ways of working affect the people we support.",
    colour: "#1d70b8",
    position: 0,
  },
  {
    slug: demoThemeSlugs.identity,
    name: "Maintaining our social work identity",
    summary:
      "What it means to be a social worker, what shapes our identity over a career, and why it matters, from students and newly qualified workers to the leaders of the profession.",
    colour: "#00703c",
    position: 1,
  },
  {
    slug: demoThemeSlugs.wellBeing,
    name: "Supporting our well-being at work",
    summary:
      "Looking after ourselves and each other: moral injury, professional kindness and compassion, and what managers and leaders can do to support well-being in their teams.",
    colour: "#6f3c97",
    position: 2,
  },
];

/** The sessions other code and tests refer to by name. */
export const demoSlugs = {
  event: DEMO_EVENT_SLUG,
  pastEvent: PAST_EVENT_SLUG,
  /** HYBRID, capacity 12, 12 confirmed and 2 on the waiting list. */
  fullWorkshop: "social-media-and-cpd-in-social-work-critical-perspectives",
  /** IN_PERSON in Cardiff, capacity 40, a few confirmed. */
  mockCourt: "mock-court-giving-evidence-with-confidence",
  /** 12:30–14:00 for managers and leaders, cpdHours 1.5. */
  lunchtime: "lunchtime-cpd-leading-for-well-being-in-social-work-teams",
  /** DRAFT: must never appear publicly. */
  draft: "closing-reflections-what-next-for-social-work-in-wales",
  /** CANCELLED, cancelledAt set. */
  cancelled: "reflective-supervision-in-a-busy-team",
  /** World Social Work Day (Tuesday 18 March), hosted by Social Work England. */
  worldSocialWorkDay: "how-do-we-use-data-to-contribute-to-the-social-work-profession-and-how-it-is-regulated",
  /** Capacity null: unlimited places. */
  unlimited: "from-placement-to-practice-students-and-practice-educators-in-conversation",
} as const;

export const demoSessions: DemoSession[] = [
  // Monday 17 March -------------------------------------------------------
  {
    slug: "consistent-values-and-changing-roles-social-work-identity-over-time",
    title: "Consistent values and changing roles - social work identity over time",
    summary:
      "Social workers at different stages of their careers discuss what social work identity means to them, whether it changes over time, and why it matters.",
    description: lines(
      "Join us for a discussion with social workers who are at different stages of their careers to:",
      "- explore what social work identity means to us and what shapes this",
      "- consider whether social work identity changes over time and in different contexts",
      "- discuss why social work identity matters.",
    ),
    themeSlug: demoThemeSlugs.identity,
    startsAt: at("2025-03-17", "10:00"),
    endsAt: at("2025-03-17", "11:30"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("NzFkYmE4ZTEtY29uc2lzdGVudC12YWx1ZXM"),
    capacity: 300,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.STUDENTS_AND_EDUCATORS, Audience.SOCIAL_CARE_WORKFORCE],
    status: SessionStatus.PUBLISHED,
    featured: true,
    cancelledAt: null,
    speakers: [
      { slug: "nia-edy", part: SpeakerPart.HOST },
      { slug: "cerian-twinberrow", part: SpeakerPart.HOST },
      { slug: "marian-parry-hughes", part: SpeakerPart.SPEAKER },
      { slug: "esther-chapman", part: SpeakerPart.SPEAKER },
      { slug: "samantha-stroud", part: SpeakerPart.SPEAKER },
      { slug: "heather-fitzpatrick", part: SpeakerPart.SPEAKER },
    ],
  },
  {
    slug: "do-you-get-me",
    title: "“Do you get me?”",
    summary:
      "A session about the Welsh language in social care: how we use language differently depending on the situation, and how bilingualism and language choice add another dimension to communication.",
    description: paragraphs(
      "Join Gwenan Prysor, Director of the MA Social Work programme at Bangor University and Esyllt Crozier, Social Care Wales’s improvement and development manager for social work as they lead a session about the Welsh language in social care. They’ll discuss how complicated language can be.",
      "They’ll look at how we use language differently, depending on our situation, the setting and who we’re talking to. They’ll also examine how bilingualism and language choice can add another dimension to communication.",
    ),
    themeSlug: demoThemeSlugs.relationships,
    startsAt: at("2025-03-17", "14:00"),
    endsAt: at("2025-03-17", "15:00"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("ZGY2MzQyYTYtZG8teW91LWdldC1tZQ"),
    capacity: 300,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.STUDENTS_AND_EDUCATORS, Audience.SOCIAL_CARE_WORKFORCE],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "esyllt-crozier", part: SpeakerPart.SPEAKER },
      { slug: "gwenan-prysor", part: SpeakerPart.SPEAKER },
    ],
  },
  {
    slug: "from-placement-to-practice-students-and-practice-educators-in-conversation",
    title: "From placement to practice: students and practice educators in conversation",
    summary:
      "Social work students and practice educators talk about placements, the first year in practice and how professional identity begins to form. Open to everyone, with no limit on places.",
    description: paragraphs(
      "What does it take to move from student to qualified social worker with your values intact? Social work students, a practice educator and a university practice learning lead talk about placements, the first year in practice and how professional identity begins to form.",
      lines(
        "Join this session to:",
        "- hear what students found most helpful, and most challenging, on placement",
        "- discuss how practice educators and teams can support reflective learning",
        "- consider how the first year in practice shapes social work identity",
        "- ask your own questions of students and educators at different stages.",
      ),
      "This session is open to everyone and there is no limit on places.",
    ),
    themeSlug: demoThemeSlugs.identity,
    startsAt: at("2025-03-17", "15:30"),
    endsAt: at("2025-03-17", "16:30"),
    format: SessionFormat.ONLINE,
    venue: ZOOM,
    joinUrl: zoomUrl("84512763091"),
    capacity: null,
    cpdHours: null,
    audiences: [Audience.STUDENTS_AND_EDUCATORS, Audience.PRACTITIONERS],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "kavita-pengelly", part: SpeakerPart.CHAIR },
      { slug: "iestyn-moravec", part: SpeakerPart.SPEAKER },
      { slug: "ffion-adebayo-jones", part: SpeakerPart.SPEAKER },
    ],
  },

  // Tuesday 18 March: World Social Work Day --------------------------------
  {
    slug: demoSlugs.worldSocialWorkDay,
    title: "“How do we use data to contribute to the social work profession and how it is regulated?”",
    summary:
      "Hosted by Social Work England on World Social Work Day: the leaders of the UK's four social work regulators discuss how regulation gathers, analyses and shares data to create positive change for the profession.",
    description: paragraphs(
      "This session is hosted by Social Work England.",
      "Join the leaders of the United Kingdom's four social work regulators as they discuss their common experiences of social work regulation. The session looks at the role regulation plays in gathering, analysing and sharing data to create positive change for the social work profession.",
      "We’re holding this session on Tuesday 18 March to celebrate World Social Work Day.",
    ),
    themeSlug: demoThemeSlugs.identity,
    startsAt: at("2025-03-18", "10:00"),
    endsAt: at("2025-03-18", "11:30"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("YTk0YjcxMmQtcmVndWxhdG9ycy1kYXRh"),
    capacity: 500,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.MANAGERS_AND_LEADERS, Audience.EMPLOYERS, Audience.POLICY_OFFICIALS, Audience.STUDENTS_AND_EDUCATORS],
    status: SessionStatus.PUBLISHED,
    featured: true,
    cancelledAt: null,
    speakers: [
      { slug: "colum-conway", part: SpeakerPart.PRESENTER },
      { slug: "declan-mcallister", part: SpeakerPart.PRESENTER },
      { slug: "maree-allison", part: SpeakerPart.PRESENTER },
      { slug: "sarah-mccarty", part: SpeakerPart.PRESENTER },
    ],
  },
  {
    slug: "neurodivergent-identity-in-social-work",
    title: "Neurodivergent identity in social work",
    summary:
      "Two neurodivergent social workers explore neurodivergent identity, masking and well-being, and a supervision model co-produced with neurodivergent social work students.",
    description: paragraphs(
      "Using their own lived experience as neurodivergent social workers, Florence and Fiona will explore neurodivergent identity and the neurodivergent movement.",
      lines(
        "Join this session to:",
        "- explore different neurotypes – and importantly, how they may overlap",
        "- consider some of the strengths and challenges that might be encountered and what this means for social workers’ identity inside and outside of social work",
        "- think about neurodivergence, intersectionality and double discrimination",
        "- find out how executive functioning can have an impact on social work practice",
        "- consider why people ‘mask’ and how this affects well-being, support and self-advocacy",
        "- learn about a supervision model co-produced with neurodivergent social work students, to help facilitate conversations around needs and support.",
      ),
    ),
    themeSlug: demoThemeSlugs.identity,
    startsAt: at("2025-03-18", "14:00"),
    endsAt: at("2025-03-18", "15:30"),
    format: SessionFormat.ONLINE,
    venue: ZOOM,
    joinUrl: zoomUrl("86230417755"),
    capacity: 300,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.STUDENTS_AND_EDUCATORS, Audience.MANAGERS_AND_LEADERS, Audience.SOCIAL_CARE_WORKFORCE],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "florence-smith", part: SpeakerPart.SPEAKER },
      { slug: "fiona-mcdonald", part: SpeakerPart.SPEAKER },
    ],
  },

  // Wednesday 19 March ----------------------------------------------------
  {
    slug: "artificial-intelligence-ai-and-social-work-balancing-innovation-and-integrity",
    title: "Artificial Intelligence (AI) and social work - balancing innovation and integrity",
    summary:
      "How AI can be used in social work, the ethical questions it raises, how it affects relationships with the people we support, and the latest guidance on using it well.",
    description: lines(
      "This session will look at AI in social work.",
      "- the integration of AI in social work: how AI technologies can be used within social work and their potential advantages",
      "- ethical considerations: the ethical challenges associated with AI in social work, including issues of privacy, consent, and bias",
      "- the impact on relationships: how AI influences the dynamics between social workers and clients, and strategies to maintain trust and empathy",
      "- best practices: best practices for the ethical integration of AI in social work, making sure technology enhances the profession",
      "- the latest guidance: the latest guidelines and recommendations for using AI in social work, to make sure you’re complying with current standards and practices.",
    ),
    themeSlug: demoThemeSlugs.relationships,
    startsAt: at("2025-03-19", "10:00"),
    endsAt: at("2025-03-19", "11:30"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("MmU4ZjAwNzUtYWktc29jaWFsLXdvcms"),
    capacity: 300,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.MANAGERS_AND_LEADERS, Audience.EMPLOYERS, Audience.POLICY_OFFICIALS, Audience.SOCIAL_CARE_WORKFORCE],
    status: SessionStatus.PUBLISHED,
    featured: true,
    cancelledAt: null,
    speakers: [
      { slug: "aimee-twinberrow", part: SpeakerPart.HOST },
      { slug: "donald-forrester", part: SpeakerPart.SPEAKER },
      { slug: "stuart-allen", part: SpeakerPart.SPEAKER },
      { slug: "glenda-george", part: SpeakerPart.SPEAKER },
      { slug: "nicki-harrison", part: SpeakerPart.SPEAKER },
    ],
  },
  {
    slug: demoSlugs.lunchtime,
    title: "Lunchtime CPD: leading for well-being in social work teams",
    summary:
      "A 90-minute lunchtime session for team managers and leaders on building well-being into supervision, allocation and team culture, with activities to use with your own team.",
    description: paragraphs(
      "Bring your lunch to this 90-minute session for team managers, senior practitioners and leaders. Managers and leaders play a central part in the well-being of the social workers they support, and are increasingly asked to show how they do it.",
      lines(
        "In this session we’ll:",
        "- look at what the evidence says about workload, stress and burnout in social work",
        "- share practical ways to build well-being into supervision, team meetings and caseload allocation",
        "- explore how to notice and respond when a colleague is struggling",
        "- reflect on how leaders can look after their own well-being too.",
      ),
      "The session includes short discussion activities that you can run with your own team afterwards.",
    ),
    themeSlug: demoThemeSlugs.wellBeing,
    startsAt: at("2025-03-19", "12:30"),
    endsAt: at("2025-03-19", "14:00"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("OWM1ZDIxNGYtbHVuY2h0aW1lLWNwZA"),
    capacity: 100,
    cpdHours: 1.5,
    audiences: [Audience.MANAGERS_AND_LEADERS, Audience.EMPLOYERS],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "anwen-castellano", part: SpeakerPart.SPEAKER },
      { slug: "marcus-delahaye", part: SpeakerPart.SPEAKER },
    ],
  },
  {
    slug: demoSlugs.fullWorkshop,
    title: "Social media and CPD in social work: critical perspectives",
    summary:
      "A small workshop on the benefits and pitfalls of using social media for continuing professional development, in the room in Cardiff or online. Places are limited to 12.",
    description: paragraphs(
      "A small workshop bringing together social work academics, practitioners and digital communications specialists to discuss the benefits and pitfalls of using social media as a means of continuing professional development (CPD) in social work.",
      "CPD is not always about traditional training courses or peer-reviewed research articles: what matters is the impact of learning, not necessarily the way it is delivered. Social media can open up peer support, debate and learning across the profession, but it also raises questions about professional boundaries, privacy and the quality of what we read.",
      lines(
        "In this workshop we’ll:",
        "- look at how social workers use blogs, online forums, professional networks and social media to learn and share practice",
        "- weigh up the benefits and pitfalls, including confidentiality, privacy and professional boundaries online",
        "- consider how learning through social media can be recorded and reflected on as CPD",
        "- share ideas for supporting colleagues who find digital tools daunting.",
      ),
      "Places are limited so that everyone can take part in the discussion. You can join us in the room in Cardiff or online.",
    ),
    themeSlug: demoThemeSlugs.relationships,
    startsAt: at("2025-03-19", "14:30"),
    endsAt: at("2025-03-19", "16:30"),
    format: SessionFormat.HYBRID,
    venue: "Social Care Wales, South Gate House, Wood Street, Cardiff CF10 1EW",
    joinUrl: teamsUrl("NDNhYzE5MmUtc29jaWFsLW1lZGlhLWNwZA"),
    capacity: 12,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.STUDENTS_AND_EDUCATORS, Audience.MANAGERS_AND_LEADERS],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "elin-marchant", part: SpeakerPart.CHAIR },
      { slug: "owain-tessaro", part: SpeakerPart.SPEAKER },
      { slug: "priya-lanyon", part: SpeakerPart.SPEAKER },
    ],
  },

  // Thursday 20 March -----------------------------------------------------
  {
    slug: demoSlugs.mockCourt,
    title: "Mock court: giving evidence with confidence",
    summary:
      "A hands-on mock court in Cardiff: learn how the family court works, watch a social worker give evidence and be cross-examined, and practise presenting your evidence with confidence.",
    description: paragraphs(
      "Many social workers feel anxious about going to court, yet giving evidence is part of the job, and social workers are experts whose evidence matters. Much of the anxiety comes from not knowing what to expect. This hands-on mock court, run by legal experts and an experienced practitioner, takes you through a family court hearing in a safe setting.",
      lines(
        "In this session you’ll:",
        "- learn how the court works, its rules, language and etiquette, and what your duties are as a witness",
        "- watch a social worker give evidence and be cross-examined, pausing to discuss what went well and what could be better",
        "- practise answering questions clearly and staying focused on the evidence under pressure",
        "- pick up tips for writing statements and preparing for a hearing.",
      ),
      "This session takes place in person in Cardiff and is not streamed online. There is a short break mid-morning, with refreshments. Places are limited to 40.",
    ),
    themeSlug: demoThemeSlugs.identity,
    startsAt: at("2025-03-20", "09:30"),
    endsAt: at("2025-03-20", "12:00"),
    format: SessionFormat.IN_PERSON,
    venue: "Moot Court Room, Law Building, Museum Avenue, Cardiff CF10 3AX",
    joinUrl: null,
    capacity: 40,
    // Two and a half hours including a refreshment break.
    cpdHours: 2,
    audiences: [Audience.PRACTITIONERS, Audience.STUDENTS_AND_EDUCATORS],
    status: SessionStatus.PUBLISHED,
    featured: true,
    cancelledAt: null,
    speakers: [
      { slug: "mair-howells", part: SpeakerPart.CHAIR },
      { slug: "helen-ashworth-reyes", part: SpeakerPart.PRESENTER },
      { slug: "gareth-lovell", part: SpeakerPart.SPEAKER },
    ],
  },
  {
    slug: demoSlugs.cancelled,
    title: "Reflective supervision in a busy team",
    summary: "How to protect time for reflective supervision when caseloads are high, and what good supervision does for practice and well-being.",
    description: paragraphs(
      "Supervision is often the first thing to be squeezed when a team is under pressure, yet it is where social workers make sense of their work, check their decisions and look after their well-being.",
      lines(
        "In this session we’ll:",
        "- look at what makes supervision reflective rather than a case-by-case checklist",
        "- share simple tools for reflecting on decisions, intuition and bias",
        "- discuss how to protect supervision time in a busy team.",
      ),
      "We’re sorry: this session has been cancelled because the speaker is unavailable. We hope to run it later in the year.",
    ),
    themeSlug: demoThemeSlugs.wellBeing,
    startsAt: at("2025-03-20", "12:30"),
    endsAt: at("2025-03-20", "13:30"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("YmM3NmE5ZDAtcmVmbGVjdGl2ZS1zdXBlcnZpc2lvbg"),
    capacity: 80,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.MANAGERS_AND_LEADERS],
    status: SessionStatus.CANCELLED,
    featured: false,
    cancelledAt: new Date("2025-03-10T09:00:00Z"),
    speakers: [{ slug: "sian-featherstone", part: SpeakerPart.SPEAKER }],
  },
  {
    slug: "relationships-and-professional-boundaries",
    title: "Relationships and professional boundaries",
    summary:
      "Alternative approaches to professional boundaries, how to build genuine and safe professional relationships, and how to make relationship-based practice a core principle in our organisations.",
    description: lines(
      "Join this session to:",
      "- consider alternative approaches to professional boundaries: we’ll talk about boundaries and relationships, reflecting on how new approaches to practice can enhance empathy and collaboration.",
      "- explore relationship-based practices: how can we develop genuine and safe professional relationships?",
      "- reflect on systemic change: we’ll discuss ways to promote relationship-based practice as a core principle in our organisations.",
    ),
    themeSlug: demoThemeSlugs.relationships,
    startsAt: at("2025-03-20", "14:00"),
    endsAt: at("2025-03-20", "15:30"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("ZTFmMDM4YjItcmVsYXRpb25zaGlwcw"),
    capacity: 300,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.STUDENTS_AND_EDUCATORS, Audience.MANAGERS_AND_LEADERS, Audience.SOCIAL_CARE_WORKFORCE],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "jay-goulding", part: SpeakerPart.HOST },
      { slug: "danica-darley", part: SpeakerPart.SPEAKER },
      { slug: "peter-blundell", part: SpeakerPart.SPEAKER },
      { slug: "nick-andrews", part: SpeakerPart.SPEAKER },
    ],
  },

  // Friday 21 March -------------------------------------------------------
  {
    slug: "moral-injury-in-social-work-the-what-the-how-and-why-it-matters",
    title: "Moral injury in social work: the what, the how, and why it matters",
    summary:
      "What moral injury is, how our identity and values relate to our beliefs and behaviours, and why professional kindness and compassion in the workplace matter.",
    description: paragraphs(
      "Join Siobhan Maclean and Thomas Kitchen to discuss moral injury in social work.",
      lines(
        "In this session, we’ll:",
        "- define moral injury and relate this to a social work context",
        "- explore how our identity and values relate to our beliefs and behaviours",
        "- discuss the importance of professional kindness and compassion in the workplace.",
      ),
    ),
    themeSlug: demoThemeSlugs.wellBeing,
    startsAt: at("2025-03-21", "10:00"),
    endsAt: at("2025-03-21", "11:00"),
    format: SessionFormat.ONLINE,
    venue: ZOOM,
    joinUrl: zoomUrl("81904526638"),
    capacity: 300,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.MANAGERS_AND_LEADERS, Audience.SOCIAL_CARE_WORKFORCE, Audience.STUDENTS_AND_EDUCATORS],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "siobhan-maclean", part: SpeakerPart.SPEAKER },
      { slug: "thomas-kitchen", part: SpeakerPart.SPEAKER },
    ],
  },
  {
    slug: "nothing-about-us-without-us-learning-from-lived-experience",
    title: "Nothing about us without us: learning from lived experience",
    summary:
      "People with lived experience of social work share what helped, what didn't, and what good relationships with social workers look like from the other side of the table.",
    description: paragraphs(
      "People with lived experience of social work share what helped, what didn't, and what good relationships with social workers look like from the other side of the table.",
      lines(
        "In this session we’ll:",
        "- hear from a parent and a care-experienced young person about their experiences of social work",
        "- talk about what helps people feel listened to, respected and involved in decisions",
        "- discuss how co-production can shape services, training and research",
        "- leave time for questions and reflection.",
      ),
      "People with lived experience of social work are warmly welcome. There is no limit on places; please tell us if you need any support to take part.",
    ),
    themeSlug: demoThemeSlugs.relationships,
    startsAt: at("2025-03-21", "11:30"),
    endsAt: at("2025-03-21", "12:30"),
    format: SessionFormat.ONLINE,
    venue: ZOOM,
    joinUrl: zoomUrl("83377190524"),
    capacity: null,
    cpdHours: null,
    audiences: [Audience.LIVED_EXPERIENCE, Audience.PRACTITIONERS, Audience.STUDENTS_AND_EDUCATORS, Audience.SOCIAL_CARE_WORKFORCE],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "bethan-quartermain", part: SpeakerPart.HOST },
      { slug: "tomos-riordan", part: SpeakerPart.SPEAKER },
      { slug: "lowri-abernethy", part: SpeakerPart.SPEAKER },
    ],
  },
  {
    slug: "practice-week-what-senior-leaders-learn-from-observing-practice",
    title: "Practice week: what senior leaders learn from observing practice",
    summary:
      "For employers and senior leaders: how a local authority ran a practice week, with leaders observing practice and hearing directly from staff and the people they support, and what changed as a result.",
    description: paragraphs(
      "More local authorities now hold a practice week: a week dedicated to learning and professional development, when senior leaders spend time alongside front-line practitioners, observe practice and hear directly from the people who use services and from staff.",
      lines(
        "A director of social services and a principal social worker share how they ran a practice week and what changed as a result. We’ll:",
        "- explain the two main approaches: a self-audit in which senior leaders observe and review practice, and a programme of events to share learning",
        "- discuss working with university partners, multi-agency partners and the voluntary and independent sector on a limited budget",
        "- share what senior leaders learned from observing practice, and how it fed into quality assurance",
        "- consider how to keep the conversation going after the week ends.",
      ),
    ),
    themeSlug: demoThemeSlugs.relationships,
    startsAt: at("2025-03-21", "14:00"),
    endsAt: at("2025-03-21", "15:00"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("ZjI5YTc0NWMtcHJhY3RpY2Utd2Vlaw"),
    capacity: 150,
    cpdHours: null,
    audiences: [Audience.EMPLOYERS, Audience.MANAGERS_AND_LEADERS, Audience.POLICY_OFFICIALS],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "rachel-trevithick", part: SpeakerPart.PRESENTER },
      { slug: "daniel-okonjo-price", part: SpeakerPart.PRESENTER },
    ],
  },
  {
    slug: demoSlugs.draft,
    title: "Closing reflections: what next for social work in Wales?",
    summary: "Draft: a closing conversation drawing together the themes of the week.",
    description: paragraphs(
      "Draft, not yet confirmed. A closing conversation drawing together what we heard during the week about relationships, identity and well-being, and what it means for social work in Wales.",
    ),
    themeSlug: demoThemeSlugs.identity,
    startsAt: at("2025-03-21", "15:30"),
    endsAt: at("2025-03-21", "16:30"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("MDhkNDE2ZjMtY2xvc2luZy1yZWZsZWN0aW9ucw"),
    capacity: 300,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.MANAGERS_AND_LEADERS],
    status: SessionStatus.DRAFT,
    featured: false,
    cancelledAt: null,
    // Morwenna Stace speaks only in this draft, so must not appear publicly either.
    speakers: [{ slug: "morwenna-stace", part: SpeakerPart.CHAIR }],
  },
];
