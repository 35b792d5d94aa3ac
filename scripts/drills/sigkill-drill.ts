// Drill 1: the server is killed (SIGKILL) in the middle of a booking rush and
// started again. Nothing a client was told must be lost or doubled, and
// every booking that committed gets exactly one email (confirmation or
// waiting list), none twice: the emails are queued in the booking's own
// transaction, and the job worker (killed with the server) picks up after
// the restart, including the jobs it was holding when it died.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../../lib/prisma-client";
import { startServer, type RunningServer } from "../support/server";
import { check, createBookableSession, createPeople, request, drillServer, table, type Answer, type Check, type Person } from "./harness";

export const SIGKILL_SETTINGS = {
  /** Places on the session; the rest of the people go to the waiting list. */
  capacity: 60,
  people: 300,
  /** Concurrent clients, each sending its next booking as soon as the last is answered. */
  clients: 50,
  /** The server is killed once this many bookings have been answered. */
  killAfterAnswers: 100,
  /** How long the restarted worker may take to send every queued email (a dead worker's jobs are taken back within ~25 s). */
  emailsWithinMs: 90_000,
};

type Outcome = { registrationId: string; status: "CONFIRMED" | "WAITLISTED"; alreadyRegistered: boolean };

type Attempt = { person: Person; phase: "before kill" | "after restart"; answer: Answer };

export type DrillContext = {
  prisma: PrismaClient;
  secret: string;
  port: number;
  env: Record<string, string>;
  workDir: string;
  say(message: string): void;
};

export async function sigkillDrill(context: DrillContext): Promise<{ checks: Check[]; report: string }> {
  const { capacity, people: peopleCount, clients, killAfterAnswers } = SIGKILL_SETTINGS;
  const { prisma, say } = context;
  const { sessionId } = await createBookableSession(prisma, "sigkill", capacity);
  const people = await createPeople(prisma, context.secret, "sigkill", peopleCount);
  const bookingPath = `/api/sessions/${sessionId}/registrations`;
  const logFile = path.join(context.workDir, "sigkill-server.log");
  const start = () => startServer({ ...drillServer, port: context.port, env: context.env, logFile });

  say(`SIGKILL drill: ${peopleCount} people, ${capacity} places, ${clients} concurrent clients…`);
  const first = await start();
  say(`Server up (pid ${first.pid}); booking…`);
  const attempts: Attempt[] = [];
  const queue = [...people];
  let answered = 0;
  let killedAt = 0;

  const book = async (server: RunningServer, person: Person, phase: Attempt["phase"]) => {
    const answer = await request(server.baseUrl, bookingPath, { method: "POST", cookie: person.cookie, timeoutMs: 60_000 });
    attempts.push({ person, phase, answer });
    if (answer.status !== "no answer") answered += 1;
    return answer;
  };

  // Phase 1: the rush, until the server is killed.
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (!killedAt) {
        const person = queue.shift();
        if (!person) return;
        await book(first, person, "before kill");
        if (answered >= killAfterAnswers && !killedAt) {
          killedAt = Date.now();
          first.signal("SIGKILL");
        }
      }
    }),
  );
  const killCode = await first.exited;
  const [queueAtKill] = await prisma.$queryRaw<Array<{ queued: number; held: number }>>`
    SELECT count(*)::int AS queued, count(locked_by)::int AS held FROM graphile_worker.jobs WHERE task_identifier = 'send-registration-email'`;
  const cutOff = attempts.filter((attempt) => attempt.answer.status === "no answer").map((attempt) => attempt.person);
  const notTried = [...queue];
  // What the database holds for the people who got no answer: committed before the kill, or not at all.
  const committedBeforeRetry = new Map(
    (
      await prisma.registration.findMany({
        where: { sessionId, userId: { in: cutOff.map((person) => person.id) } },
        select: { id: true, userId: true, status: true },
      })
    ).map((row) => [row.userId, row]),
  );
  say(
    `Killed the server (pid ${first.pid}, exit ${killCode}) after ${answered} answers; ` +
      `${cutOff.length} bookings in flight got no answer (${committedBeforeRetry.size} of them had committed). Restarting…`,
  );

  // Phase 2: a new server on the same database; the rest book, the cut-off retry once.
  const restartedAt = Date.now();
  const second = await start();
  const restartMs = Date.now() - restartedAt;
  say(`Server up again (pid ${second.pid}); the rest book and the cut-off retry once…`);
  const retryQueue: Array<{ person: Person }> = [...cutOff, ...notTried].map((person) => ({ person }));
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let item = retryQueue.shift(); item; item = retryQueue.shift()) await book(second, item.person, "after restart");
    }),
  );

  say("Waiting for the job worker to send every queued email…");
  const queueStartedAt = Date.now();
  let waiting = await queuedEmailCount(prisma);
  while (waiting > 0 && Date.now() - queueStartedAt < SIGKILL_SETTINGS.emailsWithinMs) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    waiting = await queuedEmailCount(prisma);
  }
  const queueDrainMs = Date.now() - queueStartedAt;
  const addresses = new Set(people.map((person) => person.email.toLowerCase()));
  const outbox = (await readOutbox(context.env.EMAIL_OUTBOX_DIR)).filter((email) => addresses.has(email.to.toLowerCase()));

  say("Checking the database…");
  // The evidence.
  const rows = await prisma.registration.findMany({
    where: { sessionId },
    select: { id: true, userId: true, status: true, waitlistPosition: true },
  });
  const rowsByUser = new Map<string, typeof rows>();
  for (const row of rows) rowsByUser.set(row.userId, [...(rowsByUser.get(row.userId) ?? []), row]);

  const parsed = attempts.map((attempt) => ({ ...attempt, outcome: parseOutcome(attempt.answer) }));
  const created = parsed.filter((attempt) => attempt.answer.status === 201);
  const lost = created.filter((attempt) => {
    const row = rowsByUser.get(attempt.person.id)?.[0];
    return !row || row.id !== attempt.outcome?.registrationId || row.status !== attempt.outcome.status;
  });
  const duplicates = [...rowsByUser.values()].filter((list) => list.length > 1).length;
  const doubleCreated = [...groupBy(created, (attempt) => attempt.person.id).values()].filter((list) => list.length > 1).length;
  const confirmed = rows.filter((row) => row.status === "CONFIRMED").length;
  const positions = rows
    .filter((row) => row.status === "WAITLISTED")
    .map((row) => row.waitlistPosition ?? 0)
    .sort((a, b) => a - b);
  const contiguous = positions.every((position, index) => position === index + 1);
  const failures = parsed.filter((attempt) => typeof attempt.answer.status === "number" && attempt.answer.status >= 400);
  const retries = parsed.filter((attempt) => attempt.phase === "after restart" && committedBeforeRetry.has(attempt.person.id));
  const retriesReturningExisting = retries.filter((attempt) => {
    const before = committedBeforeRetry.get(attempt.person.id);
    return attempt.answer.status === 200 && attempt.outcome?.alreadyRegistered === true && attempt.outcome.registrationId === before?.id;
  });
  const finalAnswers = new Map<string, Attempt["answer"]>();
  for (const attempt of parsed) finalAnswers.set(attempt.person.id, attempt.answer);
  const unanswered = people.filter((person) => {
    const answer = finalAnswers.get(person.id);
    return !answer || (answer.status !== 200 && answer.status !== 201);
  });

  // One email per committed booking, of the kind its status calls for.
  const emailsByAddress = groupBy(outbox, (email) => email.to.toLowerCase());
  const personById = new Map(people.map((person) => [person.id, person]));
  const emailProblems: string[] = [];
  for (const row of rows) {
    const address = personById.get(row.userId)?.email.toLowerCase() ?? "";
    const received = emailsByAddress.get(address) ?? [];
    const expected = row.status === "CONFIRMED" ? "Your place is confirmed" : "You are on the waiting list";
    if (received.length !== 1 || !received[0]?.subject.startsWith(expected)) {
      emailProblems.push(
        `${address}: ${received.length} email(s)${received.length ? ` (${received.map((email) => email.subject.slice(0, 30)).join("; ")})` : ""}, expected one "${expected}"`,
      );
    }
  }
  const twice = [...emailsByAddress.values()].filter((list) => list.length > 1).length;

  const checks: Check[] = [
    check("every 201 is in the database with the answered status", lost.length === 0, `${created.length - lost.length} of ${created.length}`),
    check("no duplicate registrations", duplicates === 0 && doubleCreated === 0, `${duplicates} people with 2+ rows, ${doubleCreated} people told 201 twice`),
    check("confirmed places within capacity", confirmed <= capacity, `${confirmed} confirmed of ${capacity} places`),
    check(
      "waiting list numbered 1..k without gaps",
      contiguous,
      positions.length ? `${positions.length} waiting, positions ${positions[0]}..${positions.at(-1)}` : "nobody waiting",
    ),
    check(
      "a retry of a booking committed before the kill returns it",
      retriesReturningExisting.length === retries.length,
      `${retriesReturningExisting.length} of ${retries.length} answered 200 with the existing registration`,
    ),
    check(
      "everyone has a booking in the end",
      unanswered.length === 0 && rows.length === people.length,
      `${rows.length} registrations for ${people.length} people`,
    ),
    check("no 4xx/5xx answers", failures.length === 0, failures.length ? sample(failures.map((attempt) => attempt.answer)) : "none"),
    check("the email queue empties after the restart", waiting === 0, `${waiting} waiting after ${(queueDrainMs / 1000).toFixed(1)} s`),
    check(
      "every committed booking has exactly one email of its kind, none twice",
      emailProblems.length === 0 && twice === 0,
      emailProblems.length ? `${emailProblems.length} wrong, e.g. ${emailProblems[0]}` : `${outbox.length} emails for ${rows.length} bookings`,
    ),
  ];

  const count = (phase: Attempt["phase"], status: number | "no answer") =>
    parsed.filter((attempt) => attempt.phase === phase && attempt.answer.status === status).length;
  const report = [
    table(
      ["phase", "201 new", "200 existing", "no answer", "errors"],
      (["before kill", "after restart"] as const).map((phase) => [
        phase,
        count(phase, 201),
        count(phase, 200),
        count(phase, "no answer"),
        parsed.filter((attempt) => attempt.phase === phase && typeof attempt.answer.status === "number" && attempt.answer.status >= 400).length,
      ]),
    ),
    "",
    table(
      ["database after the drill", "value"],
      [
        ["registrations / people", `${rows.length} / ${people.length}`],
        ["confirmed / capacity", `${confirmed} / ${capacity}`],
        ["waiting list", positions.length ? `${positions.length} (positions ${positions[0]}..${positions.at(-1)})` : "0"],
        ["cut off by the kill, committed / not", `${committedBeforeRetry.size} / ${cutOff.length - committedBeforeRetry.size}`],
        ["restart to healthy", `${(restartMs / 1000).toFixed(1)} s`],
        ["emails queued at the kill / held by the killed worker", `${queueAtKill?.queued ?? 0} / ${queueAtKill?.held ?? 0}`],
        ["emails sent / sent twice", `${outbox.length} / ${twice}`],
        ["queue empty after the last booking", `${(queueDrainMs / 1000).toFixed(1)} s`],
      ],
    ),
  ].join("\n");
  return { checks, report };
}

async function queuedEmailCount(prisma: PrismaClient): Promise<number> {
  const [row] = await prisma.$queryRaw<Array<{ waiting: number }>>`
    SELECT count(*)::int AS waiting FROM graphile_worker.jobs WHERE task_identifier = 'send-registration-email'`;
  return row?.waiting ?? 0;
}

/** The emails the server wrote to its outbox folder: recipient and subject. */
async function readOutbox(dir: string | undefined): Promise<Array<{ to: string; subject: string }>> {
  if (!dir) throw new Error("The drill's server must write emails to an outbox folder (EMAIL_OUTBOX_DIR)");
  const files = (await readdir(dir).catch(() => [] as string[])).filter((file) => file.endsWith(".eml"));
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(dir, file), "utf8");
      return { to: /^To: (.*)$/m.exec(text)?.[1]?.trim() ?? "", subject: /^Subject: (.*)$/m.exec(text)?.[1]?.trim() ?? "" };
    }),
  );
}

function parseOutcome(answer: Answer): Outcome | undefined {
  if (answer.status !== 200 && answer.status !== 201) return undefined;
  try {
    return JSON.parse(answer.body) as Outcome;
  } catch {
    return undefined;
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function sample(answers: Answer[]): string {
  const first = answers[0];
  if (!first) return "";
  const text = first.status === "no answer" ? first.error : `${first.status} ${first.body.slice(0, 120)}`;
  return `${answers.length}, e.g. ${text}`;
}
