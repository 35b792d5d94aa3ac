import type { StandardsList } from "./types";

/**
 * Our own broad areas of practice, for regulators whose list we do not ship
 * (SSSC, NISCC, HCPC) and for people without a regulator. Not a regulator's
 * official list, and labelled as such wherever it is shown.
 */
export const generalCpdAreas: StandardsList = {
  name: "General areas of practice (not a regulator's official list)",
  official: false,
  groups: [
    {
      code: "G",
      title: "Areas of practice",
      standards: [
        { code: "G1", text: "Knowledge and skills for practice." },
        { code: "G2", text: "Rights, safeguarding and well-being of the people I work with." },
        { code: "G3", text: "Communication and working in partnership with people and carers." },
        { code: "G4", text: "Values, ethics and professional conduct." },
        { code: "G5", text: "Working with colleagues, supervision and leadership." },
        { code: "G6", text: "Research, evidence and reflection on practice." },
      ],
    },
  ],
};
