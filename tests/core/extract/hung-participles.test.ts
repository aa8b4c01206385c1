/**
 * The subject of the clause a participle after a comma hangs on (hung-participles.ts): past what opens the clause
 * (a time, a participle, "even"), in the clause after ", but", the name after its role or in apposition after a
 * description. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('the subject a participle after a comma hangs on', () => {
  it('read past a time, an opening participle, a run-on phrase and "even"', () => {
    expectClaimants(
      [
        'Ada Berg, the harbour master, said the port had lost £1 million. Tom Fenn, the ferry chief, said it had not.',
        'This year, she came to the defence of the harbour board, which faces an inquiry, saying it had saved £2 million.',
        'The day before, at a meeting in Kestrel Bay, Ruth Hale was just as blunt, claiming that the board wanted to close 40 shops.',
        'Arriving at the harbour, inspectors began checking the wall, believing there were three cracks costing £4 million.',
        'By Sunday afternoon he had cancelled a rally in Kestrel Bay, Wis., citing the £4 million cost.',
        'And even the ferry union tried to calm the row, noting that fares had risen by 4 percent.'
      ],
      [
        ['This year, she came', ['Ada Berg', 'she', 'saying']],
        ['The day before', ['Ruth Hale', 'Ruth Hale', 'claiming']],
        ['Arriving at the harbour', ['inspectors', 'inspectors', 'believing']],
        ['By Sunday afternoon', ['Tom Fenn', 'he', 'citing']],
        ['And even the ferry union', ['the ferry union', 'the ferry union', 'noting']]
      ]
    )
  })

  it('the clause after ", but", a name after its role, a name in apposition after a description', () => {
    expectClaimants(
      [
        'Tom Reyes quickly turned to the budget, but Ada Nash brought him back to the wall, asking him to explain the £4 million overrun.',
        'Former mayor Ruth Hale on Monday hit the campaign trail for the first time, calling the levy a £4 million mistake.',
        'But the other councillor on the panel, former mayor Ben Ortiz, drew a contrast, saying that the levy would raise £2 million.',
        "Hale's deputy, Ian Moss, threw out the plan in a speech on Sunday, accusing the board of hiding £4 million.",
        'Many unpaid volunteers try to keep the centre open, telling few people that it loses £3,000 a month.'
      ],
      [
        ['Tom Reyes quickly turned', ['Ada Nash', 'Ada Nash', 'asking']],
        ['Former mayor Ruth Hale', ['Ruth Hale', 'Ruth Hale', 'calling']],
        ['But the other councillor', ['Ben Ortiz', 'Ben Ortiz', 'saying']],
        ["Hale's deputy", ['Ian Moss', 'Ian Moss', 'accusing']],
        ['Many unpaid volunteers', ['Many unpaid volunteers', 'Many unpaid volunteers', 'telling']]
      ]
    )
  })

  it('a name with its own aside keeps it; a name opening a clause of place is not in apposition', () => {
    expectClaimants(
      [
        'Kay Ryan remains confident despite early doubters such as Ann Cole, R-Ore., and Bo Park, D-Wash., now saying the levy should be cut to £1 million.',
        'On Sunday, Pastor Ray Dunn stood at his pulpit in Burlington, Iowa, and, citing the £4 million debt, endorsed Ann Cole for mayor.'
      ],
      [
        ['Bo Park, D-Wash.', ['Bo Park', 'Bo Park', 'saying']],
        ['On Sunday, Pastor Ray Dunn', ['Pastor Ray Dunn', 'Pastor Ray Dunn', 'citing']]
      ]
    )
  })

  it('a run-on pronoun however far the first comma, a state after a place, two names joined by "and"', () => {
    expectClaimants(
      [
        'Ada Berg, the harbour master, said the port had lost £1 million. Tom Fenn, the ferry chief, said it had not.',
        'By Sunday afternoon he had cancelled a long-planned joint rally with the harbour union on Friday in Kestrel Bay, Wis., citing the £4 million cost.',
        'The day before, at a meeting in Beaumont, Tex., Ruth Hale was just as blunt, warning that 40 shops would close.',
        'Entering the debate, Ann Cole and Bo Park -- seeking a £2 million grant -- faced attacks from Tom Reyes.'
      ],
      [
        ['By Sunday afternoon', ['Tom Fenn', 'he', 'citing']],
        ['The day before', ['Ruth Hale', 'Ruth Hale', 'warning']],
        ['Entering the debate', ['Ann Cole and Bo Park', 'Ann Cole and Bo Park', 'seeking']]
      ]
    )
  })

  it('a happening says nothing: the participle is the subject’s of the clause after "after", or no one’s', () => {
    expectClaimants(
      [
        'The row erupted two months after the mayor entered the race with harsh words about fishermen, calling them thieves and vowing to close the quay.',
        'The whole episode played out on Monday, suggesting that 40 shops would close.'
      ],
      [
        ['The row erupted', ['the mayor', 'the mayor', 'calling']],
        ['The whole episode', null]
      ]
    )
  })
})
