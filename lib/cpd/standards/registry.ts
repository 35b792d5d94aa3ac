import type { Regulator } from "../../generated/prisma/enums";
import { generalCpdAreas } from "./general-cpd-areas";
import { socialCareWalesCode } from "./social-care-wales";
import { socialWorkEnglandStandards } from "./social-work-england";
import type { ProfessionalStandard, StandardsList } from "./types";

/** The list of standards a person's CPD is linked to, by their regulator. Add a module here to ship another list. */
export const standardsByRegulator: Record<Regulator, StandardsList> = {
  SOCIAL_WORK_ENGLAND: socialWorkEnglandStandards,
  SOCIAL_CARE_WALES: socialCareWalesCode,
  SSSC: generalCpdAreas,
  NISCC: generalCpdAreas,
  HCPC: generalCpdAreas,
  NONE: generalCpdAreas,
};

export function standardsFor(regulator: Regulator): StandardsList {
  return standardsByRegulator[regulator];
}

/** Every numbered standard of a list, in order. */
export function allStandards(list: StandardsList): ProfessionalStandard[] {
  return list.groups.flatMap((group) => group.standards);
}

export function isStandardOf(list: StandardsList, code: string): boolean {
  return allStandards(list).some((standard) => standard.code === code);
}

/** A standard's wording, or undefined for a code no longer in the list (kept on old entries). */
export function standardText(list: StandardsList, code: string): string | undefined {
  return standardOf(list, code)?.text;
}

/** A standard of a list, with its Welsh where the wording is ours; undefined for a code no longer in the list. */
export function standardOf(list: StandardsList, code: string): ProfessionalStandard | undefined {
  return allStandards(list).find((standard) => standard.code === code);
}
