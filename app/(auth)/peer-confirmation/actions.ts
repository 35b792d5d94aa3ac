"use server";

import { answerPeerConfirmation } from "@/lib/cpd/peer/answer-peer-confirmation";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import type { FormState } from "@/lib/forms/form-state";

/**
 * The colleague's answer. No account is needed: the link's secret is the
 * right to answer, once. The answer's words are shown in place of the form.
 */
export async function answerPeerConfirmationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const result = await answerPeerConfirmation(prisma, env().NEXTAUTH_SECRET, { token: formData.get("token"), answer: formData.get("answer") });
  if (!result.ok) return failedFormState("cpd.peer.answer", { refusal: "invalid" });
  return { status: "success", values: { answer: result.answer } };
}
