"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveMessageDraftAction } from "@/app/admin/messages/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ChoicesField, TextAreaField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { welshWords } from "@/components/forms/welsh-label";
import { idleFormState } from "@/lib/forms/form-state";
import { BODY_MAX, MESSAGE_AUDIENCES, SUBJECT_MAX } from "@/lib/messages/message-limits";

export type MessageFormValues = {
  messageId: string;
  audience: string;
  subject: string;
  body: string;
  subjectCy: string;
  bodyCy: string;
  when: string;
  sendOn: string;
  sendTime: string;
};

type Props = {
  /** { sessionId } for a session's people, { eventId } for the whole week's. */
  scope: { sessionId: string } | { eventId: string };
  initial: MessageFormValues;
  /** How many people are in each group now, shown beside each choice. */
  audienceCounts: Record<string, number>;
  timeZone: string;
};

/** Writes (or changes) a message; "Preview" saves it as a draft and opens its preview. Works without JavaScript. */
export function MessageForm({ scope, initial, audienceCounts, timeZone }: Props) {
  const t = useTranslations("admin.messages.compose");
  const [state, action] = useActionState(saveMessageDraftAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const values = { ...initial, ...state.values };
  const errors = state.fieldErrors ?? {};
  return (
    <form key={answerKey} action={action} noValidate className="max-w-2xl">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} titleId="message-error-summary" />
      {Object.entries(scope).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="messageId" value={values.messageId} />
      <ChoicesField
        name="audience"
        type="radio"
        legend={t("audience")}
        error={errors.audience}
        options={MESSAGE_AUDIENCES.map((audience) => ({
          value: audience,
          label: `${t(`audiences.${audience}`)} (${t("audienceCounts", { count: audienceCounts[audience] ?? 0 })})`,
        }))}
        selected={[values.audience]}
      />
      <TextField name="subject" label={t("subject")} error={errors.subject} defaultValue={values.subject} maxLength={SUBJECT_MAX} />
      <TextAreaField name="body" label={t("body")} hint={t("bodyHint")} error={errors.body} defaultValue={values.body} rows={8} maxLength={BODY_MAX} />
      <TextField
        name="subjectCy"
        lang="cy"
        label={t.rich("subjectCy", welshWords)}
        hint={t("welshHint")}
        error={errors.subjectCy}
        defaultValue={values.subjectCy}
        maxLength={SUBJECT_MAX}
      />
      <TextAreaField
        name="bodyCy"
        lang="cy"
        label={t.rich("bodyCy", welshWords)}
        error={errors.bodyCy}
        defaultValue={values.bodyCy}
        rows={8}
        maxLength={BODY_MAX}
      />
      <ChoicesField
        name="when"
        type="radio"
        legend={t("when")}
        error={errors.when}
        options={[
          { value: "now", label: t("now") },
          { value: "later", label: t("later") },
        ]}
        selected={[values.when]}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="sendOn" type="date" label={t("sendOn")} error={errors.sendOn} defaultValue={values.sendOn} />
        <TextField
          name="sendTime"
          type="time"
          label={t("sendTime")}
          hint={t("sendTimeHint", { zone: timeZone })}
          error={errors.sendTime}
          defaultValue={values.sendTime}
        />
      </div>
      <SubmitButton>{t("preview")}</SubmitButton>
    </form>
  );
}
