import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NotOrganiserError } from "@/lib/admin/authorise";
import type { CurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { bookObservation, cancelObservation } from "@/lib/observations/book-observation";
import { listObservationsForLeader } from "@/lib/observations/list-my-observations";
import { listObservationReport } from "@/lib/observations/list-observations";
import { addSlot, deleteOpportunity, removeSlot, saveOpportunity } from "@/lib/observations/manage-opportunities";
import { saveObservationReflection } from "@/lib/observations/save-reflection";
import { giveSeniorLeader, removeSeniorLeader } from "@/lib/observations/set-senior-leader";
import { discardQueuedJobs, queuedJobs } from "../helpers/job-queue";

// Practice observations (seed 002): organisers set up opportunities and
// slots, only senior leaders book, one observer per place however many click
// at once, a reflection afterwards for organisers only, and the host thanked.

const suffix = randomBytes(4).toString("hex");
const before = new Date("2030-06-01T09:00:00Z");
const after = new Date("2030-06-04T12:00:00Z");
let eventId: string;
let organiser: CurrentUser;
let counter = 0;

const person = (data: { seniorLeader?: boolean; role?: "ATTENDEE" | "ORGANISER" } = {}) =>
  prisma.user.create({
    data: {
      email: `obs-${++counter}-${suffix}@glanusk.example`,
      name: `Leader ${String(counter).padStart(3, "0")}`,
      seniorLeader: data.seniorLeader ?? false,
      role: data.role ?? "ATTENDEE",
    },
    select: { id: true, email: true, name: true, role: true },
  });

const opportunityForm = (extra: Record<string, unknown> = {}) => ({
  eventId,
  team: "Children's duty and assessment, Ystrad office",
  activity: "DUTY_SHIFT",
  format: "IN_PERSON",
  location: "Ystrad office, Heol y Bont",
  hostName: "Rhian Host",
  hostEmail: `rhian-${suffix}@glanusk.example`,
  ...extra,
});

async function opportunityWithSlot(observersPerSlot = "1") {
  const made = await saveOpportunity(prisma, organiser, opportunityForm({ observersPerSlot }));
  if (!made.ok) throw new Error(JSON.stringify(made));
  const slot = await addSlot(prisma, organiser, { opportunityId: made.id, date: "2030-06-04", startTime: "09:30", endTime: "11:00" });
  if (!slot.ok) throw new Error(JSON.stringify(slot));
  return { opportunityId: made.id, slotId: slot.id };
}

beforeAll(async () => {
  eventId = (
    await prisma.event.create({
      data: {
        slug: `obs-${suffix}`,
        title: "Glan Usk Practice Week",
        titleCy: "Wythnos Ymarfer Glan Wysg",
        summary: "s",
        startDate: new Date("2030-06-03"),
        endDate: new Date("2030-06-07"),
        organiserName: "Glan Usk",
        status: "PUBLISHED",
      },
    })
  ).id;
  organiser = await person({ role: "ORGANISER" });
});

beforeEach(async () => {
  await discardQueuedJobs();
});

afterAll(async () => {
  await prisma.event.delete({ where: { id: eventId } });
  await prisma.auditEntry.deleteMany({ where: { actorId: organiser.id } });
  await prisma.user.deleteMany({ where: { email: { contains: suffix } } });
});

describe("setting up observations", () => {
  it("checks the forms field by field, stores slot times in the week's zone, and is for organisers only", async () => {
    expect(
      await saveOpportunity(
        prisma,
        organiser,
        opportunityForm({ team: "", activity: "GARDENING", hostEmail: "not an email", observersPerSlot: "0", location: "a\tb" }),
      ),
    ).toEqual({
      ok: false,
      fieldErrors: {
        team: "teamRequired",
        activity: "activityRequired",
        hostEmail: "hostEmailInvalid",
        observersPerSlot: "observersInvalid",
        location: "controlCharacters",
      },
    });
    const { opportunityId, slotId } = await opportunityWithSlot();
    // 09:30 in British Summer Time is 08:30 UTC.
    expect(await prisma.observationSlot.findUniqueOrThrow({ where: { id: slotId }, select: { startsAt: true } })).toEqual({
      startsAt: new Date("2030-06-04T08:30:00Z"),
    });
    expect(await addSlot(prisma, organiser, { opportunityId, date: "2030-06-04", startTime: "11:00", endTime: "10:00" })).toEqual({
      ok: false,
      fieldErrors: { endTime: "endNotAfterStart" },
    });
    const leader = await person({ seniorLeader: true });
    await expect(saveOpportunity(prisma, leader, opportunityForm())).rejects.toBeInstanceOf(NotOrganiserError);
  });

  it("marks senior leaders by their account's address, and keeps slots and opportunities with bookings", async () => {
    const leader = await person();
    expect(await giveSeniorLeader(prisma, organiser, { email: leader.email.toUpperCase() })).toEqual({ ok: true, name: leader.name });
    expect(await giveSeniorLeader(prisma, organiser, { email: `nobody-${suffix}@example.org` })).toEqual({
      ok: false,
      fieldErrors: { email: "leaderNoAccount" },
    });
    const { opportunityId, slotId } = await opportunityWithSlot();
    expect((await bookObservation(prisma, leader.id, slotId, before)).ok).toBe(true);
    expect(await removeSlot(prisma, organiser, { opportunityId, slotId })).toEqual({ ok: false, refusal: "hasBookings" });
    expect(await deleteOpportunity(prisma, organiser, opportunityId)).toEqual({ ok: false, refusal: "hasBookings" });
    expect(await removeSeniorLeader(prisma, organiser, leader.id)).toEqual({ ok: true, name: leader.name });
    expect(await prisma.observationBooking.count({ where: { slotId, status: "BOOKED" } })).toBe(1);
  });
});

describe("booking an observation", () => {
  it("is for senior leaders only, before the slot starts, one booking per person and slot", async () => {
    const { slotId } = await opportunityWithSlot("2");
    const [leader, practitioner] = [await person({ seniorLeader: true }), await person()];
    expect(await bookObservation(prisma, practitioner.id, slotId, before)).toEqual({ ok: false, refusal: "notSeniorLeader" });
    const booked = await bookObservation(prisma, leader.id, slotId, before);
    expect(booked).toMatchObject({ ok: true, alreadyBooked: false });
    expect(await bookObservation(prisma, leader.id, slotId, before)).toMatchObject({ ok: true, alreadyBooked: true });
    const late = await person({ seniorLeader: true });
    expect(await bookObservation(prisma, late.id, slotId, after)).toEqual({ ok: false, refusal: "slotStarted" });
    expect(await bookObservation(prisma, late.id, "nope!", before)).toEqual({ ok: false, refusal: "slotNotFound" });
    if (booked.ok) {
      expect(await cancelObservation(prisma, practitioner.id, booked.bookingId, before)).toEqual({ ok: false, refusal: "bookingNotFound" });
      expect(await cancelObservation(prisma, leader.id, booked.bookingId, before)).toEqual({ ok: true });
      expect(await bookObservation(prisma, leader.id, slotId, before)).toEqual({ ok: true, bookingId: booked.bookingId, alreadyBooked: false });
    }
  });

  it("gives a one-observer slot to exactly one of 100 senior leaders booking at once", async () => {
    const { slotId } = await opportunityWithSlot("1");
    const leaders = await prisma.user.createManyAndReturn({
      data: Array.from({ length: 100 }, (_, n) => ({ email: `race-${n}-${suffix}@glanusk.example`, name: `Racer ${n}`, seniorLeader: true })),
      select: { id: true },
    });
    const outcomes = await Promise.all(leaders.map((leader) => bookObservation(prisma, leader.id, slotId, before)));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.refusal === "slotFull")).toHaveLength(99);
    expect(await prisma.observationBooking.count({ where: { slotId, status: "BOOKED" } })).toBe(1);
  });
});

describe("after the observation", () => {
  it("takes a reflection for organisers only, thanks the host once with nothing from it, and lists it in the week's report", async () => {
    const { slotId } = await opportunityWithSlot();
    const leader = await person({ seniorLeader: true });
    const booked = await bookObservation(prisma, leader.id, slotId, before);
    if (!booked.ok) throw new Error("not booked");
    const reflection = {
      bookingId: booked.bookingId,
      workingWell: "Calm, warm duty conversations",
      couldBeBetter: "Recording waits until the end of the day",
      themes: "Caseloads",
      followUp: "",
    };
    expect(await saveObservationReflection(prisma, leader.id, reflection, before)).toEqual({ ok: false, refusal: "notYet" });
    expect(await saveObservationReflection(prisma, leader.id, { ...reflection, workingWell: " " }, after)).toEqual({
      ok: false,
      fieldErrors: { workingWell: "workingWellRequired" },
    });
    const other = await person({ seniorLeader: true });
    expect(await saveObservationReflection(prisma, other.id, reflection, after)).toEqual({ ok: false, refusal: "bookingNotFound" });
    expect(await saveObservationReflection(prisma, leader.id, reflection, after)).toEqual({ ok: true });
    expect(await saveObservationReflection(prisma, leader.id, { ...reflection, followUp: "Visit again in spring" }, after)).toEqual({ ok: true });
    // Other test files run at the same time and queue their own emails: only this booking's jobs count.
    const jobs = (await queuedJobs()).filter((job) => JSON.stringify(job.payload).includes(booked.bookingId));
    expect(jobs.map((job) => job.task)).toEqual(["send-observation-thanks"]);
    expect(JSON.stringify(jobs)).not.toContain("Calm, warm");

    const report = await listObservationReport(prisma, organiser, eventId);
    const row = report.find((entry) => entry.id === booked.bookingId);
    expect(row).toMatchObject({ workingWell: "Calm, warm duty conversations", followUp: "Visit again in spring", user: { name: leader.name } });
    await expect(listObservationReport(prisma, leader, eventId)).rejects.toBeInstanceOf(NotOrganiserError);

    const mine = await listObservationsForLeader(prisma, leader.id, after);
    expect(mine.mine.map((entry) => [entry.id, entry.past, entry.reflectedAt !== null])).toEqual([[booked.bookingId, true, true]]);
  });
});
