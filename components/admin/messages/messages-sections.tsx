import { getTranslations } from "next-intl/server";
import type { MessagesPage } from "@/lib/messages/get-messages-page";
import { MessageForm } from "./message-form";
import { MessagesTable } from "./messages-table";

/** The body of a session's or a week's messages page: the messages so far, then the form to write (or change) one. */
export async function MessagesSections({ data, scope, caption }: { data: MessagesPage; scope: { sessionId: string } | { eventId: string }; caption: string }) {
  const t = await getTranslations("admin.messages");
  return (
    <>
      <section aria-labelledby="list-heading" className="mb-12">
        <h2 id="list-heading" className="mb-3 text-2xl">
          {t("list.heading")}
        </h2>
        <MessagesTable messages={data.messages} timeZone={data.timeZone} caption={caption} />
      </section>

      <section aria-labelledby="compose-heading" className="mb-12">
        <h2 id="compose-heading" className="mb-3 text-2xl">
          {data.draft.messageId ? t("compose.changeHeading") : t("compose.heading")}
        </h2>
        <MessageForm scope={scope} initial={data.draft} audienceCounts={data.audienceCounts} timeZone={data.timeZone} />
      </section>
    </>
  );
}
