// Every organiser-only entry point of the site. The authorisation spec
// (admin-authorisation.spec.ts) compares these lists with the app folder and
// with the build's server-action manifest, and fails when something admin is
// added (or removed) without being listed here — then proves each one refuses
// anonymous visitors and attendees.

/** Pages under app/admin, as folder patterns. */
export const adminPages = [
  "/admin",
] as const;

/** Route handlers under app/admin (answer 401/403, never a redirect). */
export const adminRouteHandlers = [
] as const;

/** Server actions defined under app/admin, as "file#exportedName". */
export const adminActions = [
] as const;

/** Server actions outside the admin area, with who may call them (checked by their own tests). */
export const otherActions = {
  "app/(auth)/actions.ts#signInAction": "anyone",
  "app/(auth)/actions.ts#signUpAction": "anyone",
  "app/(auth)/actions.ts#signOutAction": "anyone (ends the caller's own session)",
  "app/account/actions.ts#updateDetailsAction": "the signed-in person, for their own account",
  "app/account/actions.ts#changePasswordAction": "the signed-in person, for their own account",
  "app/account/actions.ts#resetCalendarAction": "the signed-in person, for their own account",
  "app/(public)/sessions/actions.ts#registerAction": "the signed-in person, for themselves",
  "app/(public)/sessions/actions.ts#cancelRegistrationAction": "the signed-in person, for their own registration",
} as const satisfies Record<string, string>;
