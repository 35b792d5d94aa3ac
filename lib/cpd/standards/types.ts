/** One numbered standard a CPD entry can be linked to, e.g. "1.1 Value each person as an individual…". */
export type ProfessionalStandard = {
  code: string;
  text: string;
  /** The Welsh, where the wording is ours (our summaries, our general areas); a regulator's own English wording has none. */
  textCy?: string;
};

/** A heading of a regulator's list with its numbered standards. */
export type StandardGroup = { code: string; title: string; titleCy?: string; standards: readonly ProfessionalStandard[] };

export type StandardsList = {
  /** The list's name as the regulator publishes it. */
  name: string;
  /** Its Welsh name, where the regulator publishes one or the list is ours. */
  nameCy?: string;
  /** False for our own generic areas, shown to people whose regulator's list we do not ship. */
  official: boolean;
  /** Where the regulator publishes the full text, shown beside the list. */
  sourceUrl?: string;
  /** True when the numbered items are our short summaries rather than the regulator's own wording. */
  summarised?: boolean;
  groups: readonly StandardGroup[];
};
