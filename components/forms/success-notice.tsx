/** A confirmation after a form saved something, announced to screen readers. */
export function SuccessNotice({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="status" className="mb-4 border-l-4 border-success bg-panel p-3 font-bold">
      {message}
    </p>
  );
}
