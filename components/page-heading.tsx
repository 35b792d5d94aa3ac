import type { ReactNode } from "react";

export function PageHeading({ title, lead, caption }: { title: ReactNode; lead?: ReactNode; caption?: ReactNode }) {
  return (
    <div className="mb-8 space-y-3">
      {caption ? <p className="text-lg text-muted">{caption}</p> : null}
      <h1 className="text-3xl sm:text-4xl">{title}</h1>
      {lead ? <div className="max-w-prose text-xl">{lead}</div> : null}
    </div>
  );
}
