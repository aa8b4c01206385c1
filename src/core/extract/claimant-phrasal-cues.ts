/**
 * Verbs that count as a claimant cue only with the particle that makes them a stance or a statement: "pushed for"
 * (not "pushed the cart"), "called for", "came out against", "weighed in", "lashed out". Word lists only, kept apart
 * from the cue reader (claimant-cues.ts) like the single verbs of claimant-verbs.ts, so they can be read and grown
 * on their own.
 */

/** Every sequence of one word from each slot: forms(['took'], ['a'], ['jab', 'swipe']) → took a jab, took a swipe. */
function forms(...slots: string[][]): string[][] {
  return slots.reduce<string[][]>((seqs, slot) => seqs.flatMap((seq) => slot.map((w) => [...seq, w])), [[]])
}

// prettier-ignore
const PHRASAL_CUES: string[][] = [
  ['push', 'for'], ['pushed', 'for'], ['pushing', 'for'], ['pushes', 'for'], ['call', 'for'], ['called', 'for'],
  ['calling', 'for'], ['calls', 'for'], ['call', 'on'], ['called', 'on'], ['calling', 'on'], ['calls', 'on'],
  ['came', 'out'], ['come', 'out'], ['comes', 'out'], ['coming', 'out'], ['weighed', 'in'], ['weigh', 'in'],
  ['weighs', 'in'], ['lashed', 'out'], ['lash', 'out'], ['lashes', 'out'], ['spoke', 'out'], ['speak', 'out'],
  ['speaks', 'out'], ['speaking', 'out'], ['took', 'aim'], ['take', 'aim'], ['takes', 'aim'], ['taking', 'aim'],
  ['took', 'issue'], ['take', 'issue'], ['takes', 'issue'], ['made', 'clear'], ['make', 'clear'], ['makes', 'clear'],
  ['made', 'it', 'clear'], ['makes', 'it', 'clear'], ['made', 'the', 'case'], ['make', 'the', 'case'],
  ['makes', 'the', 'case'], ['made', 'a', 'case'], ['played', 'down'], ['plays', 'down'], ['playing', 'down'],
  ['signed', 'on'], ['stood', 'by'], ['stands', 'by'], ['sided', 'with'], ['side', 'with'], ['sides', 'with'], ['signaled', 'that'], ['hit', 'back'],
  ['fired', 'back'], ['shot', 'back'], ['went', 'after'], ['goes', 'after'], ['is', 'hoping'], ['are', 'hoping'],
  ['in', 'favor', 'of'], ['in', 'favour', 'of'], ['point', 'out'], ['points', 'out'], ['pointing', 'out'],
  // evidence and reporting: "experts point to the 1994 law", "the Herald has learned that"
  ['point', 'to'], ['points', 'to'], ['pointing', 'to'], ['has', 'learned'], ['have', 'learned'], ['had', 'learned'],
  // intention: "the mayor is looking to cut the levy"
  ['looking', 'to'],
  // refusing or dismissing: "balked at the fee", "shrugged off the criticism", "brushed aside the report"
  ['balk', 'at'], ['balked', 'at'], ['balks', 'at'], ['bristled', 'at'], ['bristles', 'at'], ['shrugged', 'off'],
  ['shrugs', 'off'], ['brushed', 'off'], ['brushes', 'off'], ['brushed', 'aside'], ['brushes', 'aside'],
  // speaking of something or for someone: "laid out her plan", "touched on the levy", "referred to the audit"
  ['vouched', 'for'], ['vouches', 'for'], ['laid', 'out'], ['lays', 'out'], ['touched', 'on'], ['touches', 'on'],
  ['referred', 'to'], ['refers', 'to'], ['referring', 'to'],
  // standing by what one said, holding forth, taking offence: "stands by the claim", "held forth on the levy"
  ['stand', 'by'], ['standing', 'by'], ['held', 'forth'], ['holds', 'forth'], ['holding', 'forth'],
  ...forms(['take', 'takes', 'took', 'taking'], ['offense', 'offence']),
  // attacking in words: "took a swipe at the mayor", "takes a jab at the levy"
  ...forms(['take', 'takes', 'took', 'taking'], ['a'], ['shot', 'swipe', 'jab', 'dig', 'potshot'], ['at']),
  // "distanced herself from the plan": a stance against it
  ...forms(['distance', 'distances', 'distanced', 'distancing'], ['himself', 'herself', 'themselves', 'itself'], ['from']),
  // "makes no apologies for", "made no secret of": saying it openly
  ...forms(['make', 'makes', 'made', 'making'], ['no'], ['apologies', 'apology', 'secret', 'mention']),
  // ruling a course out, taking credit, dwelling on a theme: "ruled out a tax rise", "took credit for the fall"
  ...forms(['rule', 'rules', 'ruled', 'ruling'], ['out']),
  ...forms(['take', 'takes', 'took', 'taking'], ['credit'], ['for']),
  ...forms(['dwell', 'dwells', 'dwelt', 'dwelled', 'dwelling'], ['on']),
  // going through a list aloud: "ticked off the council's failures"
  ...forms(['tick', 'ticks', 'ticked', 'ticking'], ['off']),
  // mocking or honouring in words: "poked fun at the mayor's plan", "paid tribute to the crews"
  ...forms(['poke', 'pokes', 'poked', 'poking'], ['fun'], ['at']),
  ...forms(['pay', 'pays', 'paid', 'paying'], ['tribute', 'homage'], ['to']),
  // taking someone's side: "rooted for the dockers", "rallied behind the levy", "threw her weight behind Okafor";
  // not "got behind": "got behind the wheel", "got behind on rent" are no stance.
  ...forms(['root', 'roots', 'rooted', 'rooting'], ['for']),
  ...forms(['rally', 'rallies', 'rallied', 'rallying'], ['behind']),
  ...forms(['throw', 'throws', 'threw', 'thrown', 'throwing'], ['his', 'her', 'their', 'its'], ['weight'], ['behind']),
  // putting an idea forward to test it: "floated the idea of a toll"
  ...forms(['float', 'floats', 'floated', 'floating'], ['the', 'an'], ['idea', 'notion', 'possibility']),
  // speaking at last of something private: "opened up about her illness"
  ...forms(['open', 'opens', 'opened', 'opening'], ['up'], ['about', 'on']),
  // voting written with its noun: "cast a vote for the levy", "cast their ballots against the plan"
  ...forms(['cast', 'casts', 'casting'], ['a', 'their', 'his', 'her', 'its', 'our'],
    ['vote', 'votes', 'ballot', 'ballots'], ['for', 'against'])
]

/** The phrasal cues by their first word: every token of every sentence is looked up here. */
export const PHRASAL_BY_FIRST = new Map<string, string[][]>()
for (const words of PHRASAL_CUES) PHRASAL_BY_FIRST.set(words[0], [...(PHRASAL_BY_FIRST.get(words[0]) ?? []), words])
