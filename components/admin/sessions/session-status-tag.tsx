/** A session's status as a word in a box: the style differs per status, the word says it. */
export function SessionStatusTag({ status, label }: { status: "DRAFT" | "PUBLISHED" | "CANCELLED"; label: string }) {
  const style = {
    DRAFT: "border-muted text-ink bg-panel",
    PUBLISHED: "border-success text-success",
    CANCELLED: "border-danger text-danger line-through decoration-2",
  }[status];
  return <span className={`inline-block border-2 px-2 py-0.5 text-sm font-bold uppercase tracking-wide ${style}`}>{label}</span>;
}
