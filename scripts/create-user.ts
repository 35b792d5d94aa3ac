// npm run user:create -- --email someone@example.org --name "Full Name" [--role organiser|attendee]
//
// Creates an account that can sign in: an organiser by default. The password
// comes from NEW_USER_PASSWORD when it is set, otherwise it is asked for twice
// on the terminal without being shown. Needs DATABASE_URL.
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { signUpSchema } from "../lib/auth/account-schemas";
import { createAccount } from "../lib/auth/create-account";
import { createPrismaClient } from "../lib/prisma-client";

const USAGE = `Usage: npm run user:create -- --email ADDRESS --name "FULL NAME" [--role organiser|attendee]

  --email   the address to sign in with
  --name    the person's full name
  --role    organiser (the default) or attendee

The password is read from NEW_USER_PASSWORD if set, otherwise asked for on the terminal.`;

/** A problem with what was asked for: printed without a stack trace, exit code 1. */
class InputError extends Error {}
/** A problem with the arguments themselves: printed with the usage. */
class UsageError extends InputError {}

/** The account catalogue's error keys (account.errors.*), in words for the command line. */
const ERROR_MESSAGES: Record<string, string> = {
  emailRequired: "Give an email address with --email.",
  emailInvalid: "The email address is not in the right format, like name@example.org.",
  emailTaken: "An account with this email address already exists.",
  passwordRequired: "The password is empty.",
  passwordTooShort: "The password must be 10 characters or more.",
  passwordTooLong: "The password must be 200 characters or fewer.",
  nameRequired: 'Give the person\'s full name with --name "Full Name".',
  regulatorInvalid: "The regulator is not one of the known ones.",
  tooLong: "This is too long.",
};

const FIELD_LABELS: Record<string, string> = { email: "Email", name: "Name", password: "Password" };

function describeFieldErrors(fieldErrors: Record<string, string>): string {
  return Object.entries(fieldErrors)
    .map(([field, key]) => `  - ${FIELD_LABELS[field] ?? field}: ${ERROR_MESSAGES[key] ?? key}`)
    .join("\n");
}

type Options = { email: string; name: string; role: "ORGANISER" | "ATTENDEE" };

function parseArguments(args: string[]): Options | "help" {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    const match = /^--(email|name|role)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new UsageError(`Unknown argument: ${arg}`);
    const key = match[1]!;
    let value = match[2];
    if (value === undefined) {
      value = args[i + 1];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`--${key} needs a value.`);
      i++;
    }
    if (key in values) throw new UsageError(`--${key} is given more than once.`);
    values[key] = value;
  }
  if (!values.email?.trim()) throw new UsageError("Give an email address with --email.");
  if (!values.name?.trim()) throw new UsageError('Give the person\'s full name with --name "Full Name".');
  const role = (values.role ?? "organiser").trim().toLowerCase();
  if (role !== "organiser" && role !== "attendee") {
    throw new UsageError(`--role must be organiser or attendee, not "${values.role}".`);
  }
  return { email: values.email, name: values.name, role: role === "organiser" ? "ORGANISER" : "ATTENDEE" };
}

/** Asks for a line on the terminal without echoing what is typed. */
async function askHidden(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, encoding, callback) {
      if (!muted) process.stdout.write(chunk, encoding);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const interrupted = new Promise<never>((_, reject) => {
    rl.on("SIGINT", () => reject(new InputError("Cancelled: no account was created.")));
  });
  try {
    const answer = rl.question(prompt);
    answer.catch(() => undefined); // closing the prompt after Ctrl-C rejects it: nothing to report
    muted = true; // the prompt is written; hide what is typed from here on
    return await Promise.race([answer, interrupted]);
  } finally {
    muted = false;
    rl.close();
    process.stdout.write("\n");
  }
}

async function readPassword(): Promise<string> {
  const fromEnvironment = process.env.NEW_USER_PASSWORD;
  if (fromEnvironment !== undefined && fromEnvironment !== "") return fromEnvironment;
  if (!process.stdin.isTTY) {
    throw new InputError("Set NEW_USER_PASSWORD, or run this in a terminal to be asked for the password.");
  }
  const password = await askHidden("Password (10 characters or more): ");
  const again = await askHidden("Password again: ");
  if (password !== again) throw new InputError("The two passwords are not the same: no account was created.");
  return password;
}

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  if (options === "help") {
    console.log(USAGE);
    return 0;
  }

  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    throw new InputError("DATABASE_URL is not set. Point it at the site's PostgreSQL database, e.g. postgresql://postgres@127.0.0.1:5432/cpd_week");
  }

  // Say what is wrong with the email or name before asking for a password.
  const early = signUpSchema.safeParse({ email: options.email, name: options.name, password: "x".repeat(10) });
  if (!early.success) {
    const problems: Record<string, string> = {};
    for (const issue of early.error.issues) problems[String(issue.path[0] ?? "form")] ??= issue.message;
    throw new InputError(`Could not create the account:\n${describeFieldErrors(problems)}`);
  }

  const prisma = createPrismaClient(databaseUrl, { max: 1 });
  try {
    if (await prisma.user.findUnique({ where: { email: early.data.email }, select: { id: true } })) {
      throw new InputError(`Could not create the account:\n${describeFieldErrors({ email: "emailTaken" })}`);
    }
    const password = await readPassword();
    // The operator vouches for the address, as a sign-up link would prove it.
    const result = await createAccount(prisma, { email: options.email, name: options.name, password }, options.role, { emailVerifiedAt: new Date() });
    if (!result.ok) throw new InputError(`Could not create the account:\n${describeFieldErrors(result.fieldErrors ?? {})}`);
    const role = options.role === "ORGANISER" ? "organiser" : "attendee";
    console.log(`Created ${role} account for ${options.name.trim()} <${early.data.email}>. They can sign in now.`);
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof InputError) {
      console.error(error.message);
      if (error instanceof UsageError) console.error(`\n${USAGE}`);
    } else {
      console.error(error instanceof Error ? error.message : String(error));
    }
    process.exitCode = 1;
  },
);
