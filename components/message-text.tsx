import { linkParts } from "@/lib/messages/link-parts";

/**
 * An organiser's plain-text message: its line breaks kept, its web addresses
 * made links. React escapes everything else, so no HTML typed is interpreted.
 */
export function MessageText({ text }: { text: string }) {
  return (
    <div className="whitespace-pre-wrap break-words">
      {linkParts(text).map((part, index) =>
        part.kind === "link" ? (
          <a key={index} href={part.href} rel="noopener noreferrer" className="break-all">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </div>
  );
}
