import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { checkDemoData, demoSlugs, isDatabaseEmpty, seedDemoWeek } from "@/prisma/seed/demo-week";

describe("demo week seed", () => {
  it("holds consistent data (unique slugs, no overbooking, waiting list in order)", () => {
    expect(() => checkDemoData()).not.toThrow();
  });

  it("has been seeded into the test database, with a full workshop and its waiting list", async () => {
    expect(await isDatabaseEmpty(prisma)).toBe(false);
    const workshop = await prisma.session.findUniqueOrThrow({
      where: { slug: demoSlugs.fullWorkshop },
      select: { capacity: true, registrations: { select: { status: true, waitlistPosition: true } } },
    });
    const confirmed = workshop.registrations.filter((registration) => registration.status === "CONFIRMED");
    const waiting = workshop.registrations.filter((registration) => registration.status === "WAITLISTED");
    expect(confirmed).toHaveLength(workshop.capacity ?? -1);
    expect(waiting.map((registration) => registration.waitlistPosition).sort()).toEqual([1, 2]);
  });

  it("writes nothing when it fails part-way (one transaction)", async () => {
    const before = await prisma.session.count();
    // Seeding again collides with the existing rows on the first unique slug.
    await expect(seedDemoWeek(prisma)).rejects.toThrow();
    expect(await prisma.session.count()).toBe(before);
  });
});
