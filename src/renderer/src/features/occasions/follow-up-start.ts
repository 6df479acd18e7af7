// What a reflection begun from a follow-up's prompt starts with: the prompt with the occasion's
// words and the partner's name in it, a suggested title, and the occasion it follows up. Built
// when the editor opens, from ids: routes never carry the journal's words.

import { followUpPrompt, followUpTitle, FOLLOW_UP_PROMPTS } from '../../../../shared/occasion-prompts.ts'
import { api } from '../../api.ts'
import type { FollowUpStart } from '../../ui/navigation.ts'
import { partnerNameNow } from '../../ui/use-partner-name.ts'
import { partnerWords } from './occasion-words.ts'

export interface FollowUpBeginning {
  title: string
  prompt: string
  followsUp: string
}

export async function followUpBeginning({ occasionId, kind, index }: FollowUpStart): Promise<FollowUpBeginning> {
  const [occasions, partner] = await Promise.all([api.occasions.list(), partnerNameNow()])
  const occasion = occasions.find((o) => o.id === occasionId)
  const ask = FOLLOW_UP_PROMPTS[kind][index]
  if (!occasion || !ask) throw new Error('That moment is not in your journal any more. It may have been deleted.')
  return { title: followUpTitle(occasion.what), prompt: followUpPrompt(occasion.what, ask(partnerWords(partner))), followsUp: occasion.id }
}
