// The records every-page.spec.ts needs before it visits every page: an
// attendee and an organiser of their own, and a past week whose session,
// speaker, theme, certificate and CPD entries carry long real-world values (a
// 40-character email address, a Welsh double-barrelled name, a long session
// title, long speaker and organisation names, a long link), so that the scans
// see pages as full as a real week makes them, and the reflow check at 320 px
// really exercises wrapping.
import { randomBytes } from "node:crypto";
import { expect, type Browser } from "@playwright/test";
import { upcomingSlugs } from "../../../prisma/seed/glan-usk-practice-week";
import { demoSlugs } from "../../../prisma/seed/social-work-week-2025";
import { requestSignUpLink, signUp } from "./accounts";
import { signInAs } from "./auth";
import { queryE2eDatabase } from "./database";
import { newestLinkSecret } from "./outbox";
import type { PageFixtures } from "./page-inventory";

const PASSWORD = "a long enough password";
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const EMAIL_DOMAIN = "@example.test";

export type FixtureAccount = { id: string; name: string; email: string; password: string };

export type PageFixtureSet = {
  fixtures: PageFixtures;
  attendee: FixtureAccount;
  organiser: FixtureAccount;
  /** Ids for the admin area's dynamic routes: the long-valued week's. */
  adminParams: { eventId: string; sessionId: string; speakerId: string; themeId: string; opportunityId: string; messageId: string };
};

/** Long values as real people and organisers write them; none of them is padding. */
export const longValues = {
  attendeeName: "Gwenllian Angharad Llywelyn-Prydderch",
  organiserName: "Cadwaladr Ifan Rhys-Pritchard ap Gruffydd",
  organisation: "Cyngor Bwrdeistref Sirol Rhondda Cynon Taf (Rhondda Cynon Taf County Borough Council)",
  jobRole: "Uwch Weithiwr Cymdeithasol / Senior Social Worker, Adults’ Safeguarding and Deprivation of Liberty Safeguards Team",
  weekTitle: "Rhondda Cynon Taf Children’s and Adults’ Services Practice Development Week 2025",
  themeName: "Safeguarding adults and children across organisational and professional boundaries",
  sessionTitle:
    "Deprivation of Liberty Safeguards and the Mental Capacity Act 2005: what Cheshire West still means for everyday practice in adults’ and children’s services in Wales",
  speakerName: "Dr Gwenllian Angharad Llywelyn-Prydderch",
  speakerRole: "Principal Lecturer in Social Work and Interprofessional Safeguarding Practice",
  speakerOrganisation: "Prifysgol Cymru Y Drindod Dewi Sant (University of Wales Trinity Saint David)",
  venue: "Ystafell Gynadledda Caerphilly, Tŷ Trevithick, Abercynon, Mountain Ash CF45 4UQ",
  resourceTitle: "Slides: Deprivation of Liberty Safeguards and the Mental Capacity Act 2005, what Cheshire West still means for everyday practice",
  joinUrl:
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk4NmQ1OTMtNGQ2Yy00YmM0LWE5ZWMtMGJhNjY4ZTc0YzQx%40thread.v2/0?context=%7b%22Tid%22%3a%22rctcbc-gov-uk%22%7d",
} as const;

const tag = () => randomBytes(4).toString("hex");
const recordId = () => `e2epage${randomBytes(8).toString("hex")}`;

/** An address of exactly 40 characters: the prefix, then random letters to make it unique. */
export function fortyCharacterEmail(prefix: string): string {
  const fill = 40 - prefix.length - EMAIL_DOMAIN.length;
  if (fill < 4) throw new Error(`"${prefix}" leaves too little room for a unique 40-character address`);
  const email = `${prefix}${randomBytes(fill).toString("hex").slice(0, fill)}${EMAIL_DOMAIN}`;
  if (email.length !== 40) throw new Error(`${email} is not 40 characters long`);
  return email;
}

function randomCertificateCode(): string {
  const groups = Array.from({ length: 7 }, () => Array.from(randomBytes(4), (byte) => CROCKFORD[byte % 32]).join(""));
  return `CPD-${groups.join("-")}`;
}

/** An account of the fixtures: signed up through the real forms (in a browser context of its own), then given the long organisation and job role. */
async function fixtureAccount(browser: Browser, name: string, email: string): Promise<FixtureAccount> {
  const context = await browser.newContext();
  const account = await signUp(await context.newPage(), { name, email, password: PASSWORD, regulator: "Social Work England", registrationNumber: "SW445566" });
  await context.close();
  await queryE2eDatabase(`UPDATE "User" SET organisation = $2, "jobRole" = $3 WHERE id = $1`, [account.id, longValues.organisation, longValues.jobRole]);
  return account;
}

/** Publishes or unpublishes the week as the organiser would: the admin action also expires the public programme cache. */
async function setWeekPublished(browser: Browser, organiser: FixtureAccount, eventId: string, published: boolean) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signInAs(page, organiser.email, organiser.password, `/admin/events/${eventId}`);
    await page.getByRole("button", { name: published ? "Publish this week" : "Unpublish (back to draft)" }).click();
    // The week is written in English only, so publishing asks first (issue 12).
    if (published) await page.getByRole("button", { name: "Publish anyway" }).click();
    await expect(page.getByRole("status")).toContainText(published ? "The week is published" : "The week is back to draft");
  } finally {
    await context.close();
  }
}

export async function createPageFixtures(browser: Browser): Promise<PageFixtureSet> {
  const attendee = await fixtureAccount(browser, longValues.attendeeName, fortyCharacterEmail("gwenllian.llywelyn."));
  const organiser = await fixtureAccount(browser, longValues.organiserName, fortyCharacterEmail("cadwaladr.rhys."));
  await queryE2eDatabase(`UPDATE "User" SET role = 'ORGANISER' WHERE id = $1`, [organiser.id]);

  // A past week, written as a draft and then published by the organiser (so
  // that the public programme cache shows it at once).
  const suffix = tag();
  const eventId = recordId();
  const weekSlug = `rhondda-cynon-taf-practice-development-week-2025-${suffix}`;
  await queryE2eDatabase(
    `INSERT INTO "Event" (id, slug, title, summary, description, "startDate", "endDate", "timeZone", "audienceNote", audiences, "organiserName", status, "updatedAt")
     VALUES ($1, $2, $3, $4, $5, DATE '2025-10-13', DATE '2025-10-17', 'Europe/London', $6, ARRAY['PRACTITIONERS', 'MANAGERS_AND_LEADERS']::"Audience"[], $7, 'DRAFT', now())`,
    [
      eventId,
      weekSlug,
      longValues.weekTitle,
      "A week of learning for everyone in Rhondda Cynon Taf’s adults’ and children’s services, online and at Tŷ Trevithick.",
      `Read the week’s safeguarding guidance at ${longValues.joinUrl.replace("teams.microsoft.com", "www.rctcbc.gov.uk")} before you come.`,
      ["children’s and adults’ social workers, including Approved Mental Health Professionals and Best Interests Assessors"],
      longValues.organisation,
    ],
  );
  const themeId = recordId();
  const themeSlug = `safeguarding-across-organisational-and-professional-boundaries-${suffix}`;
  await queryE2eDatabase(
    `INSERT INTO "Theme" (id, "eventId", slug, name, summary, colour, position, "updatedAt") VALUES ($1, $2, $3, $4, $5, '#1d70b8', 0, now())`,
    [themeId, eventId, themeSlug, longValues.themeName, "Working together when the people we support move between services, teams and organisations."],
  );
  const speakerId = recordId();
  const speakerSlug = `dr-gwenllian-angharad-llywelyn-prydderch-${suffix}`;
  await queryE2eDatabase(`INSERT INTO "Speaker" (id, slug, name, role, organisation, bio, "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, now())`, [
    speakerId,
    speakerSlug,
    longValues.speakerName,
    longValues.speakerRole,
    longValues.speakerOrganisation,
    `${longValues.speakerName} teaches on the MA Social Work and writes at https://www.uwtsd.ac.uk/staff/gwenllian-angharad-llywelyn-prydderch-safeguarding-research.`,
  ]);
  const sessionId = recordId();
  const sessionSlug = `deprivation-of-liberty-safeguards-and-the-mental-capacity-act-2005-${suffix}`;
  const checkInSessionId = recordId();
  await queryE2eDatabase(
    `INSERT INTO "Session" (id, "eventId", "themeId", slug, title, summary, description, "startsAt", "endsAt", format, venue, "joinUrl", capacity, audiences, status, "selfCheckIn", "checkInCode", "updatedAt")
     VALUES ($1, $3, $4, $5, $6, $7, $8, TIMESTAMPTZ '2025-10-14 09:00Z', TIMESTAMPTZ '2025-10-14 10:30Z', 'HYBRID', $9, $10, 40,
             ARRAY['PRACTITIONERS']::"Audience"[], 'PUBLISHED', false, NULL, now()),
            ($2, $3, $4, $11, $12, 'Checking in to a session that has finished.', 'Checking in to a session that has finished.',
             TIMESTAMPTZ '2025-10-15 13:00Z', TIMESTAMPTZ '2025-10-15 14:00Z', 'ONLINE', 'Microsoft Teams', $10, NULL,
             ARRAY['PRACTITIONERS']::"Audience"[], 'PUBLISHED', true, 'K7M2QX', now())`,
    [
      sessionId,
      checkInSessionId,
      eventId,
      themeId,
      sessionSlug,
      longValues.sessionTitle,
      "What the Supreme Court’s judgment in P v Cheshire West and Chester Council and P and Q v Surrey County Council means for assessments today.",
      `Bring a case to discuss. The judgment is at https://www.supremecourt.uk/cases/docs/uksc-2012-0068-judgment.pdf and our practice guidance at ${longValues.joinUrl}.`,
      longValues.venue,
      longValues.joinUrl,
      `supervision-after-a-serious-case-review-${suffix}`,
      "Supervision after a serious case review: reflective practice for Approved Mental Health Professionals",
    ],
  );
  await queryE2eDatabase(`INSERT INTO "SessionSpeaker" ("sessionId", "speakerId", position, part) VALUES ($1, $3, 0, 'SPEAKER'), ($2, $3, 0, 'CHAIR')`, [
    sessionId,
    checkInSessionId,
    speakerId,
  ]);

  // Slides, recordings and reading (issue 15), with long titles and a long link: the slides for
  // everyone, the reading for people with a place, the recording for attendees (the attendee
  // attended, so sees all three; an anonymous visitor sees the slides and hears there is more).
  await queryE2eDatabase(
    `INSERT INTO "SessionResource" (id, "sessionId", kind, title, url, visibility, position, "updatedAt")
     VALUES ($1, $4, 'SLIDES', $5, $6, 'EVERYONE', 0, now()),
            ($2, $4, 'READING', $7, $8, 'REGISTRANTS', 1, now()),
            ($3, $4, 'RECORDING', $9, $10, 'ATTENDEES', 2, now())`,
    [
      recordId(),
      recordId(),
      recordId(),
      sessionId,
      longValues.resourceTitle,
      longValues.joinUrl.replace("teams.microsoft.com", "rctcbc.sharepoint.com"),
      "Reading list: the Supreme Court’s judgment in P v Cheshire West and Chester Council, with the Law Commission’s report on Mental Capacity and Deprivation of Liberty",
      "https://www.lawcom.gov.uk/project/mental-capacity-and-deprivation-of-liberty/",
      "Recording of the session, with captions and a transcript in Welsh and English",
      "https://rctcbc.sharepoint.com/:v:/s/practicedevelopmentweek2025/deprivation-of-liberty-safeguards-recording-with-captions",
    ],
  );

  // The attendee attended the long session (CPD still to log, a certificate
  // issued) and is booked on a past one with self check-in switched on (its
  // check-in page says the window has closed).
  const attendedRegistrationId = recordId();
  const checkInRegistrationId = recordId();
  await queryE2eDatabase(
    `INSERT INTO "Registration" (id, "sessionId", "userId", status, attendance, "attendanceMarkedAt", "updatedAt")
     VALUES ($1, $2, $5, 'CONFIRMED', 'ATTENDED', now(), now()), ($3, $4, $5, 'CONFIRMED', 'UNMARKED', NULL, now())`,
    [attendedRegistrationId, sessionId, checkInRegistrationId, checkInSessionId, attendee.id],
  );
  // The attendee is a senior leader with a past observation to reflect on and log.
  const observationBookingId = recordId();
  const opportunityId = recordId();
  const slotId = recordId();
  await queryE2eDatabase(`UPDATE "User" SET "seniorLeader" = true WHERE id = $1`, [attendee.id]);
  await queryE2eDatabase(
    `INSERT INTO "ObservationOpportunity" (id, "eventId", team, activity, format, location, "hostName", "hostEmail", "updatedAt")
     VALUES ($1, $2, $3, 'HOME_VISIT', 'IN_PERSON', $4, 'Rhian Powell', 'rhian.powell@example.test', now())`,
    [opportunityId, eventId, "Children’s disability team, Llanfair-ym-Muallt office (Approved Mental Health Professional duty)", longValues.venue],
  );
  await queryE2eDatabase(
    `INSERT INTO "ObservationSlot" (id, "opportunityId", "startsAt", "endsAt") VALUES ($1, $2, now() - interval '3 days', now() - interval '3 days' + interval '2 hours')`,
    [slotId, opportunityId],
  );
  await queryE2eDatabase(`INSERT INTO "ObservationBooking" (id, "slotId", "userId", "updatedAt") VALUES ($1, $2, $3, now())`, [
    observationBookingId,
    slotId,
    attendee.id,
  ]);
  // A message the attendee was sent about the long session (long values, both
  // languages, a link), and a draft to the week for the organiser's preview.
  const sentMessageId = recordId();
  const draftMessageId = recordId();
  const messageBody = `Bring a case to discuss, anonymised.\n\nThe judgment is at https://www.supremecourt.uk/cases/docs/uksc-2012-0068-judgment.pdf and our practice guidance at ${longValues.joinUrl}.`;
  await queryE2eDatabase(
    `INSERT INTO "OrganiserMessage" (id, "eventId", "sessionId", audience, subject, body, "subjectCy", "bodyCy", status, "sendAt", "sentAt", "createdById", "updatedAt")
     VALUES ($1, $2, $3, 'CONFIRMED', $4, $5, $6, $7, 'SENT', now() - interval '1 day', now() - interval '1 day', $8, now()),
            ($9, $2, NULL, 'EVERYONE', $4, $5, NULL, NULL, 'DRAFT', NULL, NULL, $8, now())`,
    [
      sentMessageId,
      eventId,
      sessionId,
      "Reading before we meet: the Cheshire West judgment and our Deprivation of Liberty Safeguards practice guidance for Approved Mental Health Professionals",
      messageBody,
      "Darllen cyn i ni gyfarfod: dyfarniad Cheshire West a’n canllawiau ymarfer ar y Trefniadau Diogelu wrth Amddifadu o Ryddid",
      messageBody,
      organiser.id,
      draftMessageId,
    ],
  );
  await queryE2eDatabase(
    `INSERT INTO "MessageRecipient" (id, "messageId", "userId", status, attempts, "sentAt", "updatedAt") VALUES ($1, $2, $3, 'SENT', 1, now() - interval '1 day', now())`,
    [recordId(), sentMessageId, attendee.id],
  );
  const otherCpdEntryId = recordId();
  await queryE2eDatabase(
    `INSERT INTO "CpdEntry" (id, "userId", "activityType", title, "activityDate", hours, learning, impact, "peerNotes", "peerReflection", standards, "updatedAt")
     VALUES ($1, $2, 'READING', $3, DATE '2026-10-01', 1.5, $4, 'I will open supervision with a check-in.', $5, true, ARRAY['4.2'], now())`,
    [
      otherCpdEntryId,
      attendee.id,
      "Reading on trauma-informed supervision in statutory children’s services and Approved Mental Health Professional teams",
      "How supervision can hold the emotional weight of the work: https://www.researchinpractice.org.uk/children/publications/2024/trauma-informed-supervision-strategic-briefing/",
      "Discussed with my practice educator, Siân Haf Pritchard-Llewelyn.",
    ],
  );
  const certificateCode = randomCertificateCode();
  await queryE2eDatabase(
    `INSERT INTO "Certificate" (id, code, kind, "userId", "eventId", "sessionId", "holderName", regulator, "registrationNumber", title, "eventTitle", "organiserName", "timeZone", "startsAt", "endsAt", hours)
     SELECT $1, $2, 'SESSION', $3, "eventId", id, $4, 'SOCIAL_WORK_ENGLAND', 'SW445566', title, $5, $6, 'Europe/London', "startsAt", "endsAt", 1.5 FROM "Session" WHERE id = $7`,
    [recordId(), certificateCode, attendee.id, attendee.name, longValues.weekTitle, longValues.organisation, sessionId],
  );

  await setWeekPublished(browser, organiser, eventId, true);
  const links = await emailedLinks(browser, attendee, organiser, otherCpdEntryId);

  return {
    attendee,
    organiser,
    adminParams: { eventId, sessionId, speakerId, themeId, opportunityId, messageId: draftMessageId },
    fixtures: {
      sessionSlugs: [
        demoSlugs.worldSocialWorkDay,
        demoSlugs.fullWorkshop,
        demoSlugs.cancelled,
        demoSlugs.mockCourt,
        sessionSlug,
        // Not open to everyone: who they are for, and why this visitor cannot book (docs/decisions/0012).
        upcomingSlugs.staffOnly,
        upcomingSlugs.invitation,
        upcomingSlugs.approval,
      ],
      weekSlug: demoSlugs.event,
      weekDay: "2025-03-19",
      speakerSlug: "siobhan-maclean",
      themeSlug: "maintaining-our-social-work-identity",
      pastWeekSlug: demoSlugs.pastEvent,
      longValues: { weekSlug, themeSlug, speakerSlug },
      certificateCode,
      attendedRegistrationId,
      checkInRegistrationId,
      observationBookingId,
      otherCpdEntryId,
      links,
    },
  };
}

/**
 * One unused link of each kind, asked for through the site as people do. The
 * attendee's address is made unconfirmed first, so /account shows its
 * "confirm your address" notice to the scans as well.
 */
async function emailedLinks(browser: Browser, attendee: FixtureAccount, organiser: FixtureAccount, peerEntryId: string): Promise<PageFixtures["links"]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const newcomer = fortyCharacterEmail("newcomer.llewellyn.");
  await requestSignUpLink(page, newcomer);
  const signUp = await newestLinkSecret(newcomer, "/sign-up/finish");

  await page.goto("/forgotten-password");
  await page.getByLabel("Email address").fill(attendee.email);
  await page.getByRole("button", { name: "Send me the link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const resetPassword = await newestLinkSecret(attendee.email, "/reset-password");

  await queryE2eDatabase(`UPDATE "User" SET "emailVerifiedAt" = NULL WHERE id = $1`, [attendee.id]);
  await signInAs(page, attendee.email, attendee.password);
  await page.getByRole("button", { name: "Send me a confirmation link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "We have sent a confirmation link" })).toBeVisible();
  const verifyEmail = await newestLinkSecret(attendee.email, "/verify-email");

  await page.goto("/account/details");
  const movingTo = fortyCharacterEmail("moving.to.");
  const emailForm = page.locator("form").filter({ has: page.getByLabel("New email address") });
  await emailForm.getByLabel("New email address").fill(movingTo);
  await emailForm.getByLabel("Your password, to confirm it is you").fill(attendee.password);
  await emailForm.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "We have sent a link" })).toBeVisible();
  const changeEmail = await newestLinkSecret(movingTo, "/change-email");

  // A colleague asked to confirm the peer discussion on the attendee's long entry, by a long name.
  await page.goto(`/account/cpd/${peerEntryId}/peer`);
  const colleague = fortyCharacterEmail("peer.colleague.");
  await page.getByLabel("Your colleague's name").fill("Siân Haf Pritchard-Llewelyn ap Gruffydd-Vaughan");
  await page.getByLabel("Your colleague's email address").fill(colleague);
  await page.getByRole("button", { name: "Send the request" }).click();
  await expect(page.getByRole("status").filter({ hasText: "We have emailed" })).toBeVisible();
  const peerConfirmation = await newestLinkSecret(colleague, "/peer-confirmation");
  await context.close();

  const organiserContext = await browser.newContext();
  const organiserPage = await organiserContext.newPage();
  await signInAs(organiserPage, organiser.email, organiser.password, "/admin/organisers");
  const invited = fortyCharacterEmail("invited.organiser.ap.");
  await organiserPage.getByLabel("Email address").fill(invited);
  await organiserPage.getByRole("button", { name: "Add organiser" }).click();
  await expect(organiserPage.getByRole("status")).toContainText(invited);
  const organiserInvitation = await newestLinkSecret(invited, "/organiser-invitation");
  await organiserContext.close();
  return { signUp, resetPassword, verifyEmail, organiserInvitation, changeEmail, peerConfirmation };
}

/** Takes the week off the public site as the organiser would (expiring the cache), then deletes everything made above. */
export async function removePageFixtures(browser: Browser, set: PageFixtureSet): Promise<void> {
  try {
    await setWeekPublished(browser, set.organiser, set.adminParams.eventId, false);
  } finally {
    await queryE2eDatabase(`DELETE FROM "Certificate" WHERE code = $1`, [set.fixtures.certificateCode]);
    await queryE2eDatabase(`DELETE FROM "Event" WHERE id = $1`, [set.adminParams.eventId]);
    await queryE2eDatabase(`DELETE FROM "Speaker" WHERE id = $1`, [set.adminParams.speakerId]);
    await queryE2eDatabase(`DELETE FROM "User" WHERE id = ANY($1)`, [[set.attendee.id, set.organiser.id]]);
    await queryE2eDatabase(`DELETE FROM "OrganiserInvitation" WHERE email LIKE 'invited.organiser.ap.%'`);
  }
}
