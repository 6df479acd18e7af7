// An error said out loud: role="alert" makes screen readers announce it when it appears.

export function ErrorMessage({ message, id }: { message: string | null; id?: string }) {
  if (!message) return null
  return (
    <p className="error" role="alert" id={id}>
      {message}
    </p>
  )
}
