import type { StandardsList } from "./types";

/**
 * Our own broad areas of practice, for regulators whose list we do not ship
 * (SSSC, NISCC, HCPC) and for people without a regulator. Not a regulator's
 * official list, and labelled as such wherever it is shown.
 */
export const generalCpdAreas: StandardsList = {
  name: "General areas of practice (not a regulator's official list)",
  nameCy: "Meysydd ymarfer cyffredinol (nid rhestr swyddogol rheoleiddiwr)",
  official: false,
  groups: [
    {
      code: "G",
      title: "Areas of practice",
      titleCy: "Meysydd ymarfer",
      standards: [
        { code: "G1", text: "Knowledge and skills for practice.", textCy: "Gwybodaeth a sgiliau ar gyfer ymarfer." },
        {
          code: "G2",
          text: "Rights, safeguarding and well-being of the people I work with.",
          textCy: "Hawliau, diogelu a llesiant y bobl rwy’n gweithio gyda nhw.",
        },
        {
          code: "G3",
          text: "Communication and working in partnership with people and carers.",
          textCy: "Cyfathrebu a gweithio mewn partneriaeth â phobl a gofalwyr.",
        },
        { code: "G4", text: "Values, ethics and professional conduct.", textCy: "Gwerthoedd, moeseg ac ymddygiad proffesiynol." },
        { code: "G5", text: "Working with colleagues, supervision and leadership.", textCy: "Gweithio gyda chydweithwyr, goruchwyliaeth ac arweinyddiaeth." },
        { code: "G6", text: "Research, evidence and reflection on practice.", textCy: "Ymchwil, tystiolaeth a myfyrio ar ymarfer." },
      ],
    },
  ],
};
