// Writing the demo weeks: one transaction that writes everything the week
// modules describe (checked first by checkDemoData), and the wipe that
// `npm run db:seed -- --force` runs before it.
//
// Only scripts and test set-up import this module: it loads the generated
// Prisma client (through create-account), which Playwright specs cannot load,
// so they import the data modules (demo-accounts.ts, the weeks) instead.
import { newCalendarToken } from "../../lib/auth/create-account";
import { hashPassword } from "../../lib/auth/password";
import type { Prisma } from "../../lib/generated/prisma/client";
import { CpdActivityType, DeliveryLanguage, RegistrationStatus } from "../../lib/generated/prisma/enums";
import type { PrismaClient } from "../../lib/prisma-client";
import { eventDayKeys, localDayKey } from "../../lib/programme/event-time";
import { checkDemoData } from "./check-demo-data";
import { demoAccounts, demoUsers } from "./demo-accounts";
import { demoCpdEntries, demoRegistrations } from "./demo-registrations";
import { demoResourcesOf } from "./demo-resources";
import { demoSpeakers } from "./demo-speakers";
import { londonTime } from "./demo-times";
import { deliveryLanguages, welshSessions, welshSpeakers, welshThemes, welshWeeks } from "./demo-week-welsh";
import { demoWeeks } from "./demo-weeks";
import { buildUpcomingWeek } from "./glan-usk-practice-week";

type Tx = Prisma.TransactionClient;

/** True when the database holds no events (so a demo seed would not collide with real data). */
export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.event.count()) === 0;
}

/** Deletes every event, speaker and user; cascades remove themes, sessions, speaker links and registrations. */
export async function wipeDatabase(tx: Tx): Promise<void> {
  await tx.event.deleteMany();
  await tx.speaker.deleteMany();
  await tx.user.deleteMany();
}

function idsBySlug(rows: { id: string; slug: string }[]): Map<string, string> {
  return new Map(rows.map((r) => [r.slug, r.id]));
}

function lookup(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Demo seed: no ${what} ${key}`);
  return id;
}

/**
 * Writes the demo weeks (the upcoming one dated from `now`), their speakers,
 * demo users, registrations and CPD entries, in one transaction: if anything fails, nothing
 * is written. With `replaceExisting` the database is wiped first, inside the
 * same transaction.
 */
export async function seedDemoWeek(prisma: PrismaClient, options: { replaceExisting?: boolean; now?: Date } = {}): Promise<void> {
  const now = options.now ?? new Date();
  checkDemoData(now);
  const weeks = demoWeeks(now);
  const registrations = [...demoRegistrations, ...buildUpcomingWeek(now).registrations];

  // Hashing is deliberately slow (~50 ms): once per distinct password, before the transaction.
  const passwordHashes = new Map<string, string>();
  for (const password of new Set(demoUsers.flatMap((u) => (u.password ? [u.password] : [])))) {
    passwordHashes.set(password, await hashPassword(password));
  }

  await prisma.$transaction(
    async (tx) => {
      if (options.replaceExisting) await wipeDatabase(tx);

      const speakerIds = idsBySlug(
        await tx.speaker.createManyAndReturn({
          data: demoSpeakers.map((s) => ({
            slug: s.slug,
            name: s.name,
            role: s.role,
            roleCy: welshSpeakers[s.slug]?.roleCy ?? null,
            organisation: s.organisation,
            organisationCy: welshSpeakers[s.slug]?.organisationCy ?? null,
            bio: s.bio,
            bioCy: welshSpeakers[s.slug]?.bioCy ?? null,
          })),
          select: { id: true, slug: true },
        }),
      );

      const sessionIds = new Map<string, string>();
      const eventIds = new Map<string, string>();
      for (const { event, themes, sessions, observations } of weeks) {
        const welshWeek = welshWeeks[event.slug];
        const { id: eventId } = await tx.event.create({
          data: {
            slug: event.slug,
            title: event.title,
            titleCy: welshWeek?.titleCy ?? null,
            summary: event.summary,
            summaryCy: welshWeek?.summaryCy ?? null,
            description: event.description,
            descriptionCy: welshWeek?.descriptionCy ?? null,
            startDate: event.startDate,
            endDate: event.endDate,
            timeZone: event.timeZone,
            audienceNote: event.audienceNote,
            audienceNoteCy: welshWeek?.audienceNoteCy ?? [],
            audiences: event.audiences,
            organiserName: event.organiserName,
            organiserNameCy: welshWeek?.organiserNameCy ?? null,
            status: event.status,
            publishedAt: event.publishedAt,
          },
          select: { id: true },
        });
        eventIds.set(event.slug, eventId);

        const themeIds = idsBySlug(
          await tx.theme.createManyAndReturn({
            data: themes.map((t) => ({
              eventId,
              slug: t.slug,
              name: t.name,
              nameCy: welshThemes[t.slug]?.nameCy ?? null,
              summary: t.summary,
              summaryCy: welshThemes[t.slug]?.summaryCy ?? null,
              colour: t.colour,
              position: t.position,
            })),
            select: { id: true, slug: true },
          }),
        );

        const created = await tx.session.createManyAndReturn({
          data: sessions.map((s) => ({
            eventId,
            themeId: s.themeSlug ? lookup(themeIds, s.themeSlug, "theme") : null,
            slug: s.slug,
            title: s.title,
            titleCy: welshSessions[s.slug]?.titleCy ?? null,
            summary: s.summary,
            summaryCy: welshSessions[s.slug]?.summaryCy ?? null,
            description: s.description,
            descriptionCy: welshSessions[s.slug]?.descriptionCy ?? null,
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            format: s.format,
            venue: s.venue,
            venueCy: welshSessions[s.slug]?.venueCy ?? null,
            deliveryLanguage: deliveryLanguages[s.slug] ?? DeliveryLanguage.ENGLISH,
            joinUrl: s.joinUrl,
            capacity: s.capacity,
            cpdHours: s.cpdHours,
            audiences: s.audiences,
            status: s.status,
            featured: s.featured,
            cancelledAt: s.cancelledAt,
            bookingRule: s.booking?.rule ?? null,
            bookingDomains: s.booking?.domains ?? [],
            bookingAudience: s.booking?.audience ?? null,
            bookingAudienceCy: s.booking?.audienceCy ?? null,
            unlisted: s.booking?.unlisted ?? false,
            accessProvided: s.accessProvided ?? [],
            peerDiscussion: s.peerDiscussion ?? false,
          })),
          select: { id: true, slug: true },
        });
        for (const row of created) sessionIds.set(row.slug, row.id);
        await tx.invitationCode.createMany({
          data: sessions.flatMap((s) => (s.booking?.codes ?? []).map((code) => ({ ...code, sessionId: lookup(sessionIds, s.slug, "session") }))),
        });
        for (const { slots, ...observation } of observations ?? []) {
          const days = eventDayKeys(event.startDate, event.endDate);
          await tx.observationOpportunity.create({
            data: {
              ...observation,
              eventId,
              slots: { create: slots.map((slot) => ({ startsAt: londonTime(days[slot.day]!, slot.from), endsAt: londonTime(days[slot.day]!, slot.to) })) },
            },
          });
        }

        await tx.sessionResource.createMany({
          data: sessions.flatMap((s) => demoResourcesOf(s.slug).map((resource) => ({ ...resource, sessionId: lookup(sessionIds, s.slug, "session") }))),
        });

        await tx.sessionSpeaker.createMany({
          data: sessions.flatMap((s) =>
            s.speakers.map((sp, position) => ({
              sessionId: lookup(sessionIds, s.slug, "session"),
              speakerId: lookup(speakerIds, sp.slug, "speaker"),
              position,
              part: sp.part,
            })),
          ),
        });
      }

      const users = await tx.user.createManyAndReturn({
        data: demoUsers.map((u) => ({
          email: u.email.toLowerCase(),
          name: u.name,
          role: u.role,
          regulator: u.regulator,
          registrationNumber: u.registrationNumber,
          jobRole: u.jobRole,
          organisation: u.organisation,
          passwordHash: u.password ? passwordHashes.get(u.password) : null,
          seniorLeader: u.seniorLeader ?? false,
          // Demo addresses count as proved, as if each person had opened their sign-up link.
          emailVerifiedAt: new Date(),
          calendarToken: newCalendarToken(),
        })),
        select: { id: true, email: true },
      });
      const userIds = new Map(users.map((u) => [u.email, u.id]));

      const registrationIds = new Map(
        (
          await tx.registration.createManyAndReturn({
            data: registrations.map((r) => ({
              sessionId: lookup(sessionIds, r.sessionSlug, "session"),
              userId: lookup(userIds, r.email.toLowerCase(), "user"),
              status: r.status,
              waitlistPosition: r.waitlistPosition,
              attendance: r.attendance,
              attendanceMarkedAt: r.attendanceMarkedAt,
              cancelledAt: r.cancelledAt,
              createdAt: r.createdAt,
            })),
            select: { id: true, sessionId: true, userId: true },
          })
        ).map((r) => [`${r.sessionId} ${r.userId}`, r.id]),
      );

      // Messages already sent: each confirmed person of the session has a delivered copy.
      const organiserId = lookup(userIds, demoAccounts.organiser.email, "user");
      for (const message of weeks.flatMap((week) => (week.messages ?? []).map((m) => ({ ...m, eventId: week.event.slug })))) {
        const sessionId = lookup(sessionIds, message.sessionSlug, "session");
        const people = registrations.filter((r) => r.sessionSlug === message.sessionSlug && r.status === RegistrationStatus.CONFIRMED);
        await tx.organiserMessage.create({
          data: {
            eventId: lookup(eventIds, message.eventId, "event"),
            sessionId,
            audience: "CONFIRMED",
            subject: message.subject,
            body: message.body,
            subjectCy: message.subjectCy,
            bodyCy: message.bodyCy,
            status: "SENT",
            sendAt: message.sentAt,
            sentAt: message.sentAt,
            createdById: organiserId,
            createdAt: message.sentAt,
            recipients: {
              create: people.map((r) => ({
                userId: lookup(userIds, r.email.toLowerCase(), "user"),
                status: "SENT" as const,
                attempts: 1,
                sentAt: message.sentAt,
                createdAt: message.sentAt,
              })),
            },
          },
        });
      }

      // Written as logSessionCpd writes them: the session's title and local day, type SESSION.
      const sessionsBySlug = new Map(weeks.flatMap(({ event, sessions }) => sessions.map((s) => [s.slug, { session: s, timeZone: event.timeZone }] as const)));
      const entries = await tx.cpdEntry.createManyAndReturn({
        select: { id: true, registrationId: true, title: true, activityDate: true },
        data: demoCpdEntries.map((c) => {
          const found = sessionsBySlug.get(c.sessionSlug);
          if (!found) throw new Error(`Demo seed: no session ${c.sessionSlug}`);
          const userId = lookup(userIds, c.email.toLowerCase(), "user");
          return {
            userId,
            registrationId: lookup(registrationIds, `${lookup(sessionIds, c.sessionSlug, "session")} ${userId}`, "registration"),
            activityType: CpdActivityType.SESSION,
            title: found.session.title,
            activityDate: new Date(`${localDayKey(found.session.startsAt, found.timeZone)}T00:00:00Z`),
            hours: c.hours,
            learning: c.learning,
            impact: c.impact,
            peerNotes: c.peerNotes,
            peerReflection: c.peerReflection,
            standards: c.standards,
            createdAt: c.loggedAt,
            updatedAt: c.loggedAt,
          };
        }),
      });
      await tx.peerConfirmation.createMany({
        data: demoCpdEntries.flatMap((c) => {
          const userId = lookup(userIds, c.email.toLowerCase(), "user");
          const registrationId = lookup(registrationIds, `${lookup(sessionIds, c.sessionSlug, "session")} ${userId}`, "registration");
          const entry = entries.find((row) => row.registrationId === registrationId);
          if (!c.peerConfirmedBy || !entry || !c.peerNotes) return [];
          const { name, email, requestedAt, respondedAt } = c.peerConfirmedBy;
          return [
            {
              entryId: entry.id,
              colleagueName: name,
              colleagueEmail: email,
              title: entry.title,
              activityDate: entry.activityDate,
              note: c.peerNotes,
              status: "CONFIRMED" as const,
              requestedAt,
              respondedAt,
            },
          ];
        }),
      });
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
