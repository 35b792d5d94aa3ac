import { z } from "zod";
import { nullWhenEmpty, singleLineText } from "../../forms/text-fields";
import { ResourceKind, ResourceVisibility } from "../../generated/prisma/enums";
import { linkProblem, MAX_LINK_LENGTH, normalisedLink } from "../../resources/resource-link";
import { recordIdSchema } from "../registrations/registration-schemas";

// The form that adds a resource to a session or edits one. Messages are keys
// of admin.resources.errors. The link is checked by resource-link.ts's rule,
// each problem with its own message (an http:// link, a space, no real
// site), and stored in the browser's own spelling of it.

export const MAX_RESOURCE_TITLE_LENGTH = 200;

const title = (keys: { required?: string }) => singleLineText(MAX_RESOURCE_TITLE_LENGTH, { ...keys, tooLong: "titleTooLong" });

export const resourceFormSchema = z.object({
  sessionId: recordIdSchema,
  /** Empty when adding; the resource's id when editing. */
  resourceId: z.union([z.literal(""), recordIdSchema]).default(""),
  kind: z.enum(ResourceKind, { error: "kindRequired" }),
  title: title({ required: "titleRequired" }),
  titleCy: nullWhenEmpty(title({})),
  // Longer than any link accepted, so that the link rule (not this limit) says what is wrong.
  url: singleLineText(MAX_LINK_LENGTH + 1_000, { required: "urlRequired", tooLong: "urlTooLong" })
    .superRefine((url, context) => {
      const problem = url === "" ? null : linkProblem(url);
      if (problem) context.addIssue({ code: "custom", message: problem });
    })
    .transform((url) => (linkProblem(url) === null ? normalisedLink(url) : url)),
  visibility: z.enum(ResourceVisibility, { error: "visibilityRequired" }),
});

export type ResourceForm = z.output<typeof resourceFormSchema>;

/** The fields of a submitted resource form, as the schema reads them. */
export function readResourceForm(formData: FormData): Record<string, string | undefined> {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return {
    sessionId: text("sessionId"),
    resourceId: text("resourceId"),
    kind: text("kind"),
    title: text("title"),
    titleCy: text("titleCy"),
    url: text("url"),
    visibility: text("visibility"),
  };
}

/** A resource as the audit log records it. */
export function resourceSnapshot(resource: {
  id: string;
  kind: string;
  title: string;
  titleCy: string | null;
  url: string;
  visibility: string;
  position: number;
}) {
  const { id, kind, title, titleCy, url, visibility, position } = resource;
  return { id, kind, title, titleCy, url, visibility, position };
}
