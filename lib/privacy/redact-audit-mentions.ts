import type { Prisma } from "../generated/prisma/client";

/** What the audit log says instead of the name or email address of someone who has closed their account. */
export const CLOSED_ACCOUNT_LABEL = "[account closed]";

type Mention = { text: string; replacement: string };

function replaceAll(text: string, mentions: Mention[]): string {
  return mentions.reduce((result, mention) => (mention.text ? result.split(mention.text).join(mention.replacement) : result), text);
}

function redactJson(value: Prisma.JsonValue, mentions: Mention[]): Prisma.InputJsonValue | undefined {
  if (value === null) return undefined;
  const json = JSON.stringify(value);
  const escaped = mentions.map((mention) => ({
    text: JSON.stringify(mention.text).slice(1, -1),
    replacement: JSON.stringify(mention.replacement).slice(1, -1),
  }));
  const redacted = replaceAll(json, escaped);
  return redacted === json ? undefined : (JSON.parse(redacted) as Prisma.InputJsonValue);
}

/**
 * Organisers' audit entries about a person who is closing their account
 * (their registrations, attendance, certificates, organiser role, or any entry
 * naming their email address) keep what was done and when, but no longer name
 * them. Entries the person made as an organiser are not touched here: those
 * keep the organiser's email address as the record of who made the change.
 */
export async function redactAuditMentions(
  tx: Prisma.TransactionClient,
  person: { userId: string; email: string; registrationIds: string[]; certificateIds: string[]; names: string[] },
): Promise<number> {
  const entries = await tx.auditEntry.findMany({
    where: {
      OR: [
        { entityType: "user", entityId: person.userId },
        { entityType: "registration", entityId: { in: person.registrationIds } },
        { entityType: "certificate", entityId: { in: person.certificateIds } },
        { summary: { contains: person.email } },
      ],
    },
    select: { id: true, summary: true, before: true, after: true },
  });
  // Longest first, so "Alex Morgan-Hughes" is replaced before "Alex Morgan" inside it.
  const mentions: Mention[] = [
    { text: person.email, replacement: CLOSED_ACCOUNT_LABEL },
    ...person.names.map((name) => ({ text: name, replacement: CLOSED_ACCOUNT_LABEL })),
  ]
    .filter((mention) => mention.text.trim().length > 0)
    .sort((a, b) => b.text.length - a.text.length);

  let changed = 0;
  for (const entry of entries) {
    const summary = replaceAll(entry.summary, mentions);
    const before = redactJson(entry.before, mentions);
    const after = redactJson(entry.after, mentions);
    if (summary === entry.summary && before === undefined && after === undefined) continue;
    await tx.auditEntry.update({
      where: { id: entry.id },
      data: { summary, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) },
    });
    changed += 1;
  }
  return changed;
}
