import type { ReactNode } from "react";
import { Link } from "@/components/locale-link";

/** A section of a long page (privacy notice, accessibility statement), as written in the message catalogue. */
export type ProseSection = {
  heading: string;
  /** 2 unless given: a sub-section of the one before. */
  level?: 2 | 3 | 4;
  paragraphs?: string[];
  items?: string[];
  /** Paragraphs after the list. */
  after?: string[];
};

/**
 * Text with "[words](/path)" links, and "{organiser}" replaced. Links to this
 * site go through next/link; others open in the same tab like any link.
 */
function Rich({ text, organiser }: { text: string; organiser: string }) {
  const parts: ReactNode[] = [];
  const pattern = /\[([^\]]+)\]\(([^)\s]+)\)/g;
  const filled = text.replaceAll("{organiser}", organiser);
  let last = 0;
  for (const match of filled.matchAll(pattern)) {
    const [whole, words = "", href = ""] = match;
    parts.push(filled.slice(last, match.index));
    parts.push(
      href.startsWith("/") ? (
        <Link key={match.index} href={href}>
          {words}
        </Link>
      ) : (
        <a key={match.index} href={href} rel="noopener noreferrer">
          {words}
        </a>
      ),
    );
    last = match.index + whole.length;
  }
  parts.push(filled.slice(last));
  return <>{parts}</>;
}

const headingClass = { 2: "mt-10 mb-3 text-2xl", 3: "mt-8 mb-3 text-xl", 4: "mt-6 mb-2 text-lg" } as const;

export function ProseSections({ sections, organiser }: { sections: ProseSection[]; organiser: string }) {
  return (
    <div className="max-w-prose">
      {sections.map((section) => {
        const level = section.level ?? 2;
        const Heading = `h${level}` as const;
        return (
          <section key={section.heading}>
            <Heading className={headingClass[level]}>{section.heading}</Heading>
            {section.paragraphs?.map((paragraph) => (
              <p key={paragraph} className="mb-4">
                <Rich text={paragraph} organiser={organiser} />
              </p>
            ))}
            {section.items ? (
              <ul className="mb-4 list-disc space-y-2 pl-6">
                {section.items.map((item) => (
                  <li key={item}>
                    <Rich text={item} organiser={organiser} />
                  </li>
                ))}
              </ul>
            ) : null}
            {section.after?.map((paragraph) => (
              <p key={paragraph} className="mb-4">
                <Rich text={paragraph} organiser={organiser} />
              </p>
            ))}
          </section>
        );
      })}
    </div>
  );
}
