import { Link } from "@/components/locale-link";
import { PageHeading } from "./page-heading";

/** What a page opened from an emailed link shows when the link is expired, used or made up: why, and where to go instead. */
export function InvalidLink({ heading, text, links }: { heading: string; text: string; links: { href: string; label: string }[] }) {
  return (
    <>
      <PageHeading title={heading} lead={<p>{text}</p>} />
      {links.length > 0 ? (
        <ul className="list-disc space-y-2 pl-6">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
