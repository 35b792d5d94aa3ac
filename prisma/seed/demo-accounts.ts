// The people of the demo: the accounts to sign in with (`demoAccounts`, what
// tests and the seed script's output use) and everyone the seed writes as a
// user (`demoUsers`). Every address is at demo.cpdweek.test: never a real account.
import { Regulator, UserRole } from "../../lib/generated/prisma/enums";
import type { DemoUser } from "./demo-types";

/** The password of every demo account that can sign in. Demo data only: never a real account. */
export const DEMO_PASSWORD = "cpd-week-demo";

/** Accounts to sign in with on a seeded site (the organiser can reach the organiser pages). */
export const demoAccounts = {
  organiser: { email: "organiser@demo.cpdweek.test", password: DEMO_PASSWORD },
  attendee: { email: "attendee@demo.cpdweek.test", password: DEMO_PASSWORD },
  /** A senior leader, who can book practice observations. */
  leader: { email: "leader@demo.cpdweek.test", password: DEMO_PASSWORD },
} as const;

/** The address of numbered demo attendee `n` (attendee01@…), who has no password: people to fill the registers. */
export function attendeeEmail(n: number): string {
  return `attendee${String(n).padStart(2, "0")}@demo.cpdweek.test`;
}

function attendee(n: number, name: string, regulator: Regulator, jobRole: string, organisation: string, registrationNumber: string | null = null): DemoUser {
  return {
    email: attendeeEmail(n),
    name,
    role: UserRole.ATTENDEE,
    regulator,
    registrationNumber,
    jobRole,
    organisation,
  };
}

export const demoUsers: DemoUser[] = [
  attendee(1, "Carys Pritchard", Regulator.SOCIAL_CARE_WALES, "Social worker", "Taff Valley Council"),
  attendee(2, "Rhodri Bevan", Regulator.SOCIAL_CARE_WALES, "Senior practitioner", "Glan Usk County Council"),
  attendee(3, "Amira Haddad", Regulator.SOCIAL_CARE_WALES, "Social worker", "Cardiff Council"),
  attendee(4, "Gethin Morgan", Regulator.SOCIAL_CARE_WALES, "Team manager", "Taff Valley Council"),
  attendee(5, "Hannah Whitcombe", Regulator.SOCIAL_WORK_ENGLAND, "Social worker", "Gloucestershire County Council", "SW104233"),
  attendee(6, "Sioned Rees", Regulator.SOCIAL_CARE_WALES, "Practice educator", "Severnside University"),
  attendee(7, "Kwame Mensah", Regulator.SOCIAL_CARE_WALES, "Newly qualified social worker", "Glan Usk County Council"),
  attendee(8, "Eleri Vaughan", Regulator.SOCIAL_CARE_WALES, "Social work student", "Severnside University"),
  attendee(9, "Fraser McLeod", Regulator.SSSC, "Mental health officer", "Dumfries and Galloway Council"),
  attendee(10, "Aoife Gallagher", Regulator.NISCC, "Social worker", "Belfast Health and Social Care Trust"),
  attendee(11, "Tom Hartley", Regulator.NONE, "Policy adviser", "Welsh Government"),
  attendee(12, "Lowenna Price", Regulator.SOCIAL_CARE_WALES, "Domiciliary care worker", "Taff Valley Council"),
  attendee(13, "Dafydd Jenkins", Regulator.SOCIAL_CARE_WALES, "Social worker", "Cardiff Council"),
  attendee(14, "Mei Lin Chen", Regulator.SOCIAL_WORK_ENGLAND, "Social worker", "Herefordshire Council", "SW118905"),
  attendee(15, "Owen Prosser", Regulator.SOCIAL_CARE_WALES, "Social worker", "Glan Usk County Council"),
  attendee(16, "Nadia Kowalski", Regulator.SOCIAL_CARE_WALES, "Senior practitioner", "Taff Valley Council"),
  {
    email: demoAccounts.leader.email,
    name: "Catrin Ellery",
    role: UserRole.ATTENDEE,
    regulator: Regulator.SOCIAL_CARE_WALES,
    registrationNumber: "SCW-104477",
    jobRole: "Head of Children's Services",
    organisation: "Glan Usk County Council",
    password: demoAccounts.leader.password,
    seniorLeader: true,
  },
  {
    email: demoAccounts.organiser.email,
    name: "Demo Organiser",
    role: UserRole.ORGANISER,
    regulator: Regulator.NONE,
    registrationNumber: null,
    jobRole: "Events officer",
    organisation: "Social Care Wales",
    password: demoAccounts.organiser.password,
  },
  // The attendee to sign in as: attended sessions of both past weeks (one of
  // them logged in the CPD record, the others still to log) and booked on the
  // upcoming week, so every part of the account has something to show.
  {
    email: demoAccounts.attendee.email,
    name: "Alex Morgan",
    role: UserRole.ATTENDEE,
    regulator: Regulator.SOCIAL_CARE_WALES,
    registrationNumber: "SCW-204518",
    jobRole: "Senior social worker",
    organisation: "Glan Usk County Council",
    password: demoAccounts.attendee.password,
  },
];
