/**
 * A server action's form argument as a FormData, whatever was posted.
 *
 * Actions are public endpoints: React passes (previousState, formData) to a
 * useActionState action and (formData) to a plain form action, but anyone can
 * post either shape to either kind. Without this, the wrong shape makes
 * `formData.get` throw and the visitor gets a 500; with it, an action meets an
 * empty form and answers with its usual validation errors.
 */
export function asFormData(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
