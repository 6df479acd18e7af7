// Creating the vault together: an introduction naming both partners, each partner's part
// typed twice while the other looks away, then the recovery code in two halves, one screen
// per partner. Part A waits in this component's state only until both are sent; then both
// are cleared. Each half is dropped from state once its partner has kept it.

import { useId, useState } from 'react'
import type { VaultPartId, VaultPartner } from '../../../../../shared/contract.ts'
import { api, problemOf } from '../../../api.ts'
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.ts'
import { usePassphrasePair } from '../../../ui/new-passphrase-fields.tsx'
import { CreatePartStep } from './create-part-step.tsx'
import { bothNames, partnerFor } from '../partners.ts'
import { HalvesInTurn, useHalves } from './halves-in-turn.tsx'
import { isolated } from '../../../../../shared/text-direction.ts'

type Step = 'intro' | 'part-a' | 'part-b' | 'halves'

interface Props {
  partners: readonly VaultPartner[]
  /** The vault exists and is open. */
  onCreated: () => void
  onCancel: () => void
}

export function CreateTogether({ partners, onCreated, onCancel }: Props) {
  const a = partnerFor(partners, 'a')
  const b = partnerFor(partners, 'b')
  const names = [a.displayName, b.displayName]
  const pairA = usePassphrasePair(names)
  const pairB = usePassphrasePair(names)
  const [step, setStep] = useState<Step>('intro')
  const [refusal, setRefusal] = useState<{ part: VaultPartId; message: string } | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const halves = useHalves(onCreated)

  const clearNotes = () => {
    setRefusal(null)
    setFailure(null)
  }

  const create = async () => {
    setBusy(true)
    clearNotes()
    try {
      const { recoveryHalves } = await api.vault.create({ partA: pairA.passphrase, partB: pairB.passphrase })
      pairA.clear()
      pairB.clear()
      halves.show(recoveryHalves)
      setStep('halves')
    } catch (error) {
      const problem = problemOf(error)
      const part = problem.field === 'partA' ? 'a' : problem.field === 'partB' ? 'b' : null
      if (part) setRefusal({ part, message: problem.message })
      else setFailure(problem.message)
      // A refused part A is typed again on its own step; B's partner need not see it.
      if (part === 'a') setStep('part-a')
    } finally {
      setBusy(false)
    }
  }

  const refusalFor = (part: VaultPartId) => (refusal?.part === part ? refusal.message : null)

  switch (step) {
    case 'intro':
      return <CreateIntro partners={partners} onBegin={() => setStep('part-a')} onCancel={onCancel} />
    case 'part-a':
      return (
        <CreatePartStep
          key="a"
          partner={a}
          other={b}
          pair={pairA}
          lead={`${isolated(b.displayName)}, would you look away for a moment? ${isolated(a.displayName)}, choose your part of the vault's passphrase and type it twice. Nobody else will see it, not even ${isolated(b.displayName)}, and you will type it each time you open the vault together.`}
          refusal={refusalFor('a')}
          failure={null}
          busy={false}
          submitLabel={`Next: ${isolated(b.displayName)}'s part`}
          onEdit={clearNotes}
          onSubmit={() => setStep('part-b')}
          onBack={() => setStep('intro')}
        />
      )
    case 'part-b':
      return (
        <CreatePartStep
          key="b"
          partner={b}
          other={a}
          pair={pairB}
          lead={`Thank you, ${isolated(a.displayName)}. Now it is your turn to look away for a moment. ${isolated(b.displayName)}, choose a part of your own and type it twice; ${isolated(a.displayName)} will never need to know it.`}
          refusal={refusalFor('b')}
          failure={failure}
          busy={busy}
          submitLabel="Create the vault"
          busyLabel="Creating the vault…"
          onEdit={clearNotes}
          onSubmit={() => void create()}
          onBack={() => setStep('part-a')}
        />
      )
    case 'halves':
      return <HalvesInTurn partners={partners} halves={halves.halves ?? {}} onKept={halves.kept} />
  }
}

function CreateIntro({ partners, onBegin, onCancel }: { partners: readonly VaultPartner[]; onBegin: () => void; onCancel: () => void }) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const a = partnerFor(partners, 'a').displayName
  return (
    <section className="panel panel--wide vault-panel" aria-labelledby={`${ids}-title`}>
      <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
        Create your vault together
      </h1>
      <div className="lead vault-lead">
        <p>The vault is a place for what {bothNames(partners)} want to share only with each other. It opens only when you are both here.</p>
        <ol className="vault-steps">
          <li>Each of you chooses a part of its passphrase, while the other looks away. Neither of you ever sees the other's part.</li>
          <li>Each of you keeps one half of its recovery code, for the day you both forget your parts.</li>
          <li>Either of you can drop a sealed secret into it at any time; reading needs you both.</li>
        </ol>
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={onBegin}>
          Begin with {a}'s part
        </button>
        <button type="button" onClick={onCancel}>
          Not now
        </button>
      </div>
    </section>
  )
}
