// Every organiser-only entry point of the site. The authorisation spec
// (admin-authorisation.spec.ts) compares these lists with the app folder and
// with the build's server-action manifest, and fails when something admin is
// added (or removed) without being listed here — then proves each one refuses
// anonymous visitors and attendees.

/** Pages under app/admin, as folder patterns. */
export const adminPages = [
  "/admin/audit",
  "/admin/certificates",
  "/admin/emails",
  "/admin/events/[eventId]/delete",
  "/admin/events/[eventId]",
  "/admin/events/[eventId]/messages",
  "/admin/events/[eventId]/feedback",
  "/admin/events/new",
  "/admin/events",
  "/admin/messages/[messageId]",
  "/admin/observations/[opportunityId]",
  "/admin/observations/report",
  "/admin/observations",
  "/admin/organisers",
  "/admin",
  "/admin/sessions/[sessionId]/attendance",
  "/admin/sessions/[sessionId]/booking",
  "/admin/sessions/[sessionId]/cancel",
  "/admin/sessions/[sessionId]/delete",
  "/admin/sessions/[sessionId]/messages",
  "/admin/sessions/[sessionId]/feedback",
  "/admin/sessions/[sessionId]",
  "/admin/sessions/[sessionId]/registrations",
  "/admin/sessions/[sessionId]/resources",
  "/admin/sessions/new",
  "/admin/sessions",
  "/admin/speakers/[speakerId]/delete",
  "/admin/speakers/[speakerId]",
  "/admin/speakers/new",
  "/admin/speakers",
  "/admin/themes/[themeId]/delete",
  "/admin/themes/[themeId]",
  "/admin/themes/new",
  "/admin/themes",
] as const;

/** Route handlers under app/admin (answer 401/403, never a redirect). */
export const adminRouteHandlers = [
  "/admin/events/[eventId]/registrations.csv",
  "/admin/observations/report.csv",
  "/admin/sessions/[sessionId]/registrations.csv",
  "/admin/sessions/[sessionId]/feedback.csv",
] as const;

/** Server actions defined under app/admin, as "file#exportedName". */
export const adminActions = [
  "app/admin/certificates/actions.ts#revokeCertificateAction",
  "app/admin/emails/actions.ts#retryFailedEmailAction",
  "app/admin/events/actions.ts#createEventAction",
  "app/admin/events/actions.ts#updateEventAction",
  "app/admin/events/actions.ts#publishEventAction",
  "app/admin/events/actions.ts#unpublishEventAction",
  "app/admin/events/actions.ts#deleteEventAction",
  "app/admin/events/actions.ts#setWeekBookingRuleAction",
  "app/admin/events/actions.ts#setEmbedOriginsAction",
  "app/admin/messages/actions.ts#saveMessageDraftAction",
  "app/admin/messages/actions.ts#sendMessageAction",
  "app/admin/messages/actions.ts#cancelMessageAction",
  "app/admin/messages/actions.ts#discardMessageDraftAction",
  "app/admin/observations/actions.ts#createOpportunityAction",
  "app/admin/observations/actions.ts#updateOpportunityAction",
  "app/admin/observations/actions.ts#deleteOpportunityAction",
  "app/admin/observations/actions.ts#addSlotAction",
  "app/admin/observations/actions.ts#removeSlotAction",
  "app/admin/observations/actions.ts#giveSeniorLeaderAction",
  "app/admin/observations/actions.ts#removeSeniorLeaderAction",
  "app/admin/organisers/actions.ts#promoteOrganiserAction",
  "app/admin/organisers/actions.ts#removeOrganiserAction",
  "app/admin/organisers/actions.ts#withdrawInvitationAction",
  "app/admin/sessions/[sessionId]/attendance/actions.ts#markAttendanceAction",
  "app/admin/sessions/[sessionId]/check-in/actions.ts#changeSelfCheckInAction",
  "app/admin/sessions/[sessionId]/booking/actions.ts#setSessionBookingRuleAction",
  "app/admin/sessions/[sessionId]/booking/actions.ts#createInvitationCodeAction",
  "app/admin/sessions/[sessionId]/booking/actions.ts#withdrawInvitationCodeAction",
  "app/admin/sessions/[sessionId]/booking/actions.ts#decideBookingRequestAction",
  "app/admin/sessions/[sessionId]/registrations/actions.ts#promoteFromWaitingListAction",
  "app/admin/sessions/[sessionId]/registrations/actions.ts#cancelRegistrationOnBehalfAction",
  "app/admin/sessions/[sessionId]/resources/actions.ts#saveSessionResourceAction",
  "app/admin/sessions/[sessionId]/resources/actions.ts#removeSessionResourceAction",
  "app/admin/sessions/[sessionId]/resources/actions.ts#moveSessionResourceAction",
  "app/admin/sessions/actions.ts#createSessionAction",
  "app/admin/sessions/actions.ts#updateSessionAction",
  "app/admin/sessions/actions.ts#changeSessionStatusAction",
  "app/admin/sessions/actions.ts#cancelSessionAction",
  "app/admin/sessions/actions.ts#duplicateSessionAction",
  "app/admin/sessions/actions.ts#deleteSessionAction",
  "app/admin/speakers/actions.ts#createSpeakerAction",
  "app/admin/speakers/actions.ts#updateSpeakerAction",
  "app/admin/speakers/actions.ts#deleteSpeakerAction",
  "app/admin/themes/actions.ts#createThemeAction",
  "app/admin/themes/actions.ts#updateThemeAction",
  "app/admin/themes/actions.ts#deleteThemeAction",
] as const;

/** Server actions outside the admin area, with who may call them (checked by their own tests). */
export const otherActions = {
  "app/(auth)/actions.ts#signInAction": "anyone (limited per account, per address from the socket, per trusted browser)",
  "app/(auth)/actions.ts#signOutAction": "anyone (ends the caller's own session)",
  "app/(auth)/sign-up/actions.ts#requestSignUpAction": "anyone (the same answer whether or not the address has an account; limited per address and per email)",
  "app/(auth)/sign-up/actions.ts#finishSignUpAction": "whoever holds an unused, unexpired sign-up link (it proves the mailbox)",
  "app/(auth)/reset-password/actions.ts#requestPasswordResetAction": "anyone (the same answer whether or not the address has an account; limited)",
  "app/(auth)/reset-password/actions.ts#resetPasswordAction": "whoever holds an unused, unexpired password link for the account",
  "app/(auth)/verify-email/actions.ts#verifyEmailAction": "whoever holds an unused, unexpired confirmation link (it proves the mailbox)",
  "app/(auth)/verify-email/actions.ts#sendVerificationEmailAction": "the signed-in person, for their own address",
  "app/(auth)/organiser-invitation/actions.ts#acceptInvitationAction": "the signed-in person whose address the invitation link was sent to",
  "app/(auth)/organiser-invitation/actions.ts#acceptWithNewAccountAction":
    "whoever holds an unused, unexpired invitation link, when the address has no account",
  "app/account/actions.ts#updateDetailsAction": "the signed-in person, for their own account",
  "app/account/actions.ts#changePasswordAction": "the signed-in person, for their own account",
  "app/account/actions.ts#resetCalendarAction": "the signed-in person, for their own account",
  "app/account/actions.ts#requestEmailChangeAction":
    "the signed-in person, for their own account (with their password; limited per account and per new address)",
  "app/(auth)/change-email/actions.ts#confirmEmailChangeAction": "whoever holds an unused, unexpired change-of-address link (it proves the new mailbox)",
  "app/(public)/sessions/actions.ts#registerAction": "the signed-in person, for themselves",
  "app/(public)/sessions/actions.ts#cancelRegistrationAction": "the signed-in person, for their own registration",
  "app/(public)/sessions/actions.ts#withdrawBookingRequestAction": "the signed-in person, for their own request that is still waiting",
  "app/(public)/sessions/actions.ts#saveAccessNeedsAction": "the signed-in person, for their own booking, until its session ends",
  "app/account/observations/actions.ts#bookObservationAction":
    "the signed-in person, if an organiser has marked them a senior leader (checked under the slot's lock)",
  "app/account/observations/actions.ts#cancelObservationAction": "the signed-in person, for their own observation, before it starts",
  "app/account/observations/actions.ts#saveReflectionAction": "the signed-in person, for their own observation, once it has started",
  "app/account/cpd/actions.ts#logSessionCpdAction": "the signed-in person, for their own attended registration",
  "app/account/cpd/actions.ts#saveOtherCpdAction": "the signed-in person, for their own CPD entries",
  "app/account/cpd/actions.ts#deleteCpdEntryAction": "the signed-in person, for their own CPD entries",
  "app/account/cpd/actions.ts#saveRenewalDateAction": "the signed-in person, for their own account's renewal date",
  "app/account/cpd/actions.ts#recordLearningDiscussionAction": "the signed-in person, for their own record of discussions with a manager",
  "app/account/cpd/actions.ts#deleteLearningDiscussionAction": "the signed-in person, for their own recorded discussions",
  "app/account/cpd/actions.ts#requestPeerConfirmationAction":
    "the signed-in person, for their own entry with a peer note (limited per account and per colleague's address)",
  "app/(auth)/peer-confirmation/actions.ts#answerPeerConfirmationAction":
    "whoever holds an unused, unexpired peer confirmation link (no account: the link is the right to answer, once)",
  "app/account/feedback/actions.ts#giveFeedbackAction": "the signed-in person, once, for their own registration marked attended, after its session has ended",
  "app/account/check-in/actions.ts#checkInAction": "the signed-in person, for their own confirmed registration",
  "app/account/privacy/actions.ts#deleteAccountAction": "the signed-in person, for their own account (with their password)",
} as const satisfies Record<string, string>;

/**
 * The functions of lib/programme/public-cache.ts, in the order they appear
 * there. Next.js lists every 'use cache' function in the build's server
 * reference manifest as "$$RSC_SERVER_CACHE_<n>", numbered in that order, and
 * answers a server-action POST naming one: anyone can call them. They return
 * only public programme data and check their arguments
 * (lib/programme/public-cache-keys.ts).
 */
export const publicCacheFunctions = [
  "cachedCurrentEvent",
  "cachedPublishedEvent",
  "cachedPublishedEvents",
  "cachedEventThemes",
  "cachedPublicSessionCount",
  "cachedFeaturedSessions",
  "cachedProgrammeSessions",
  "cachedSessionPage",
  "cachedSpeakerPage",
  "cachedPublicSpeakers",
  "cachedThemePage",
  "cachedPublicPaths",
  "cachedWeekScheduleSessions",
] as const;

export const publicCacheActions: Record<string, string> = Object.fromEntries(
  publicCacheFunctions.map((name, index) => [
    `lib/programme/public-cache.ts#$$RSC_SERVER_CACHE_${index}`,
    `anyone: ${name} (public programme data only; arguments checked)`,
  ]),
);
