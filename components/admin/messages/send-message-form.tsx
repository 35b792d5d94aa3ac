"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { sendMessageAction } from "@/app/admin/messages/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CheckboxField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { idleFormState } from "@/lib/forms/form-state";

type Props = {
  messageId: string;
  /** The message has no Welsh version where Welsh is expected: the organiser ticks to confirm English only. */
  askEnglishOnly: boolean;
  /** The button's words: "Send now" or "Schedule for …". */
  submit: string;
};

/** Sends (or schedules) a previewed draft. */
export function SendMessageForm({ messageId, askEnglishOnly, submit }: Props) {
  const t = useTranslations("admin.messages.detail");
  const [state, action] = useActionState(sendMessageAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const error = state.fieldErrors?.englishOnly;
  return (
    <form key={answerKey} action={action} noValidate className="mb-6 max-w-2xl">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} titleId="send-error-summary" />
      <input type="hidden" name="messageId" value={messageId} />
      {askEnglishOnly ? <CheckboxField name="englishOnly" label={t("englishOnly")} hint={t("englishOnlyHint")} error={error} /> : null}
      <SubmitButton>{submit}</SubmitButton>
    </form>
  );
}
