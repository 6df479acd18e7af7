// "What you each need now", in the open vault (issue 17, item 2): the latest needs check-in each
// partner shared, side by side, and under each the other's one thing to do this week for its
// first need. One still in its envelope says only that it waits there (the moment is kept); a
// partner who has shared none yet is told, gently, that they can. Nothing shows until one has.

import './needs-together.css'
import { useId, useState, type CSSProperties } from 'react'
import type { VaultPartner } from '../../../../../shared/contract.ts'
import { NEEDS, pickLabel, type NeedsTogether, type SharedNeeds } from '../../../../../shared/needs.ts'
import { themeById } from '../../../../../shared/themes.ts'
import { api } from '../../../api.ts'
import { formatDay } from '../../../ui/dates.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { inPartOrder } from '../secrets/open-vault-names.ts'
import { useVaultLoad } from '../use-vault-load.ts'
import { OfferField } from './offer-field.tsx'

const THEME = themeById('emotional-needs')
// Set through the DOM, which the CSP allows (unlike a style attribute in HTML).
const COLOUR = { '--needs-colour': THEME.colour } as CSSProperties

interface SideProps {
  partner: VaultPartner
  other: VaultPartner
  latest: SharedNeeds | null
  onSaved: (together: NeedsTogether) => void
  onLocked: () => void
}

function NeedsSide({ partner, other, latest, onSaved, onLocked }: SideProps) {
  const ids = useId()
  const name = partner.displayName
  return (
    <section className="needs-side" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>
        What <bdi>{name}</bdi> needs now
      </h3>
      {latest === null && (
        <p className="needs-side__none">
          <bdi>{name}</bdi> can share one too, whenever it suits: from “{THEME.title}” in <bdi>{name}</bdi>’s journal.
        </p>
      )}
      {latest?.isNew && (
        <p className="needs-side__none">
          <bdi>{name}</bdi>’s newest is still in its envelope above. Open it together, and it shows here.
        </p>
      )}
      {latest && !latest.isNew && latest.needs && (
        <>
          <p className="needs-side__day">Shared on {formatDay(latest.date)}</p>
          <ol className="needs-side__needs">
            {latest.needs.top.map((pick, index) => (
              <li key={index} className={index === 0 ? 'needs-side__need needs-side__need--first' : 'needs-side__need'}>
                <span className="needs-side__label">
                  <bdi>{pickLabel(pick)}</bdi>
                </span>
                {'id' in pick && <span className="needs-side__description">{NEEDS[pick.id].description}</span>}
              </li>
            ))}
          </ol>
          {latest.needs.line && (
            <blockquote className="needs-side__line" dir="auto">
              {latest.needs.line}
            </blockquote>
          )}
          <OfferField
            key={latest.secretId}
            secretId={latest.secretId}
            writer={other.displayName}
            forName={name}
            firstNeed={pickLabel(latest.needs.top[0]!)}
            offer={latest.offer}
            onSaved={onSaved}
            onLocked={onLocked}
          />
        </>
      )}
    </section>
  )
}

export function NeedsSideBySide({ partners, onLocked }: { partners: readonly VaultPartner[]; onLocked: () => void }) {
  const ids = useId()
  const loaded = useVaultLoad(() => api.vaultShared.needsTogether(), 'needs-together', onLocked)
  const [changed, setChanged] = useState<NeedsTogether | null>(null)
  const together = changed ?? (loaded.state === 'ready' ? loaded.value : null)
  const [a, b] = inPartOrder(partners)
  if (loaded.state === 'failed') return <ErrorMessage message={loaded.message} />
  if (!together || !a || !b || together.every((side) => side.latest === null)) return null
  const latestOf = (partner: VaultPartner) => together.find((side) => side.profileId === partner.profileId)?.latest ?? null
  return (
    <section className="vault-section needs-together" style={COLOUR} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>What you each need now</h2>
      <p className="needs-together__lead">
        The latest needs check-in each of you shared. Under each, the other can write one small thing to do this week for its first need.
      </p>
      <div className="needs-together__sides">
        <NeedsSide partner={a} other={b} latest={latestOf(a)} onSaved={setChanged} onLocked={onLocked} />
        <NeedsSide partner={b} other={a} latest={latestOf(b)} onSaved={setChanged} onLocked={onLocked} />
      </div>
    </section>
  )
}
