// Changing the joint passphrase: both current parts prove both partners are here, and each
// chooses a new part, in turn, while the other looks away. Usually only the vault key's
// wrapping changes. If someone may know an old part, "re-key" renews the vault's keys and
// everything under them, and gives new recovery halves, shown in turn. If the current parts do
// not open it, one error says so, never which.

import { useId, useRef, useState, type FormEvent } from 'react'
import type { VaultPartId, VaultPartner } from '../../../../../shared/contract.ts'
import { api, problemOf } from '../../../api.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { usePassphrasePair } from '../../../ui/new-passphrase-fields.tsx'
import { HalvesInTurn, useHalves } from '../door/halves-in-turn.tsx'
import { PartnerSide } from '../door/partner-side.tsx'
import { partnerFor } from '../partners.ts'
import { isolated } from '../../../../../shared/text-direction.ts'

type Field = 'currentPartA' | 'currentPartB' | 'newPartA' | 'newPartB' | 'journalPassphraseA' | 'journalPassphraseB'
const FIELDS: Record<VaultPartId, { current: Field; next: Field; journal: Field }> = {
  a: { current: 'currentPartA', next: 'newPartA', journal: 'journalPassphraseA' },
  b: { current: 'currentPartB', next: 'newPartB', journal: 'journalPassphraseB' }
}
const CHANGED = 'The joint passphrase is changed. From now on, open the vault with your new parts.'
const REKEYED = 'The vault’s keys are renewed, and both your journals know the new ones. From now on, open it with your new parts.'

export function ChangeJointPassphraseForm({ partners }: { partners: readonly VaultPartner[] }) {
  const ids = useId()
  const a = partnerFor(partners, 'a')
  const b = partnerFor(partners, 'b')
  const names = [a.displayName, b.displayName]
  const currentRefs = { a: useRef<HTMLInputElement>(null), b: useRef<HTMLInputElement>(null) }
  const [current, setCurrent] = useState<Record<VaultPartId, string>>({ a: '', b: '' })
  const pairs = { a: usePassphrasePair(names), b: usePassphrasePair(names) }
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [notes, setNotes] = useState<Partial<Record<Field, string>>>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [done, setDone] = useState('')
  const [rekey, setRekey] = useState(false)
  const journalRefs = { a: useRef<HTMLInputElement>(null), b: useRef<HTMLInputElement>(null) }
  const [journals, setJournals] = useState<Record<VaultPartId, string>>({ a: '', b: '' })
  const halves = useHalves(() => setDone(REKEYED))

  const edit = (set: (value: string) => void) => (value: string) => {
    set(value)
    setNotes({})
    setFailure(null)
    setDone('')
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    const missing: Partial<Record<Field, string>> = {}
    for (const partner of [a, b]) {
      if (current[partner.part] === '') missing[FIELDS[partner.part].current] = `${isolated(partner.displayName)}, type the part you use now.`
      if (rekey && journals[partner.part] === '')
        missing[FIELDS[partner.part].journal] = `${isolated(partner.displayName)}, type your own journal's passphrase too.`
    }
    setNotes(missing)
    const firstBad = missing.currentPartA
      ? currentRefs.a
      : (pairs.a.unready() ??
        (missing.journalPassphraseA
          ? journalRefs.a
          : missing.currentPartB
            ? currentRefs.b
            : (pairs.b.unready() ?? (missing.journalPassphraseB ? journalRefs.b : null))))
    if (firstBad) return firstBad.current?.focus()
    setBusy(true)
    try {
      const answer = await api.vault.changePassphrase({
        currentPartA: current.a,
        currentPartB: current.b,
        newPartA: pairs.a.passphrase,
        newPartB: pairs.b.passphrase,
        rekey,
        ...(rekey ? { journalPassphraseA: journals.a, journalPassphraseB: journals.b } : {})
      })
      setCurrent({ a: '', b: '' })
      setJournals({ a: '', b: '' })
      pairs.a.clear()
      pairs.b.clear()
      setTried(false)
      setRekey(false)
      if (answer) halves.show(answer.recoveryHalves)
      else setDone(CHANGED)
    } catch (error) {
      const problem = problemOf(error)
      const field = problem.field as Field | undefined
      if (field && Object.values(FIELDS).some((f) => f.current === field || f.next === field || f.journal === field)) {
        setNotes({ [field]: problem.message })
        if (field === 'journalPassphraseA' || field === 'journalPassphraseB')
          setJournals((was) => ({ ...was, [field === 'journalPassphraseA' ? 'a' : 'b']: '' }))
      } else {
        // Wrong current parts: both are typed again, and the message names neither.
        setCurrent({ a: '', b: '' })
        setFailure(problem.message)
        currentRefs.a.current?.focus()
      }
    } finally {
      setBusy(false)
    }
  }

  if (halves.halves) return <HalvesInTurn partners={partners} halves={halves.halves} replacing onKept={halves.kept} />

  return (
    <form className="change-joint-passphrase" onSubmit={(e) => void submit(e)} noValidate aria-label="Change the joint passphrase">
      <p className="vault-settings__lead">Each of you types the part you use now and a new one, while the other looks away.</p>
      <div className="partner-sides">
        {[a, b].map((partner) => (
          <PartnerSide
            key={partner.part}
            partner={partner}
            proof={{
              kind: 'part',
              label: `${isolated(partner.displayName)}'s current part`,
              value: current[partner.part],
              onChange: (value) => setCurrent((was) => ({ ...was, [partner.part]: value })),
              ref: currentRefs[partner.part],
              note: notes[FIELDS[partner.part].current]
            }}
            pair={pairs[partner.part]}
            edit={edit}
            tried={tried}
            newPartRefusal={notes[FIELDS[partner.part].next]}
            journal={
              rekey
                ? {
                    value: journals[partner.part],
                    onChange: (value) => setJournals((was) => ({ ...was, [partner.part]: value })),
                    ref: journalRefs[partner.part],
                    note: notes[FIELDS[partner.part].journal]
                  }
                : undefined
            }
          />
        ))}
      </div>
      <label className="settings__check change-joint-passphrase__rekey">
        <input type="checkbox" checked={rekey} onChange={(e) => setRekey(e.target.checked)} aria-describedby={`${ids}-rekey`} />
        Someone may know one of our old parts: renew the vault’s keys
      </label>
      <p id={`${ids}-rekey`} className="vault-settings__lead">
        Everything in the vault is encrypted again under new keys, and each of you gets a new half of the recovery code. Anyone who learnt an old part or half
        can then open only copies made before, never what you keep here from now on. Each of you also types your own journal’s passphrase, so both journals
        learn the new keys at once.
      </p>
      <ErrorMessage message={failure} />
      <p className="vault-settings__done" role="status">
        {done}
      </p>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? (rekey ? 'Renewing the keys…' : 'Changing…') : rekey ? 'Change it and renew the keys' : 'Change the joint passphrase'}
        </button>
      </div>
    </form>
  )
}
