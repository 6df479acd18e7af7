// A recovery code (or a vault half) as groups in a grid. The dashes stay in the text, hidden,
// so copying it or hearing it read gives the code as it is typed.

interface Props {
  code: string
  testId: string
}

export function RecoveryCodeGroups({ code, testId }: Props) {
  return (
    <p className="recovery-code" data-testid={testId}>
      {code.split('-').map((group, index) => (
        <span key={index}>
          {index > 0 && <span className="visually-hidden">-</span>}
          {group}
        </span>
      ))}
    </p>
  )
}
