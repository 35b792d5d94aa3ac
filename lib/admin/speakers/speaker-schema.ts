import { z } from "zod";
import { multiLineText, nullWhenEmpty, singleLineText } from "../../forms/text-fields";
import { slugField } from "../slug";

/** The speaker form as submitted, checked and turned into what is stored. */
export const speakerFormSchema = z.object({
  name: singleLineText(120, { required: "nameRequired" }),
  slug: slugField,
  role: nullWhenEmpty(singleLineText(160)),
  roleCy: nullWhenEmpty(singleLineText(160)),
  organisation: nullWhenEmpty(singleLineText(160)),
  organisationCy: nullWhenEmpty(singleLineText(160)),
  bio: nullWhenEmpty(multiLineText(5_000)),
  bioCy: nullWhenEmpty(multiLineText(5_000)),
});

export type SpeakerFormInput = z.input<typeof speakerFormSchema>;

export const speakerRecordSelect = {
  id: true,
  slug: true,
  name: true,
  role: true,
  roleCy: true,
  organisation: true,
  organisationCy: true,
  bio: true,
  bioCy: true,
} as const;
