"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestPeerConfirmationAction } from "@/app/account/cpd/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ChoicesField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { idleFormState } from "@/lib/forms/form-state";

const LANGUAGES = ["WELSH", "ENGLISH", "BILINGUAL"] as const;

/** The colleague's name, email address and the language of the email: the request goes to them, once. */
export function PeerConfirmationForm({ entryId, language, again }: { entryId: string; language: string; again: boolean }) {
  const t = useTranslations("cpd.peer");
  // The same words as the account's own choice of language.
  const tLanguages = useTranslations("account.signUp.languages");
  const [state, action] = useActionState(requestPeerConfirmationAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const values = state.values ?? { language };
  const errors = state.fieldErrors ?? {};
  return (
    <form key={answerKey} action={action} noValidate className="max-w-xl">
      <ErrorSummary errors={state.fieldErrors} message={state.message} />
      <input type="hidden" name="entryId" value={entryId} />
      <TextField name="colleagueName" label={t("colleagueName")} autoComplete="off" defaultValue={values.colleagueName ?? ""} error={errors.colleagueName} />
      <TextField
        name="colleagueEmail"
        type="email"
        autoComplete="off"
        spellCheck={false}
        label={t("colleagueEmail")}
        hint={t("colleagueEmailHint")}
        defaultValue={values.colleagueEmail ?? ""}
        error={errors.colleagueEmail}
      />
      <ChoicesField
        name="language"
        type="radio"
        legend={t("language")}
        options={LANGUAGES.map((value) => ({ value, label: tLanguages(value) }))}
        selected={[values.language ?? language]}
        error={errors.language}
      />
      <SubmitButton>{again ? t("sendAgain") : t("send")}</SubmitButton>
    </form>
  );
}
