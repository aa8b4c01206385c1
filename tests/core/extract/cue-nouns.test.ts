/**
 * Words spelt like a cue that are nouns or naming participles where they stand, and the same words
 * as verbs. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a word spelt like a cue is no cue when its neighbours make it a noun', () => {
  it('a base form after "the" and a name, an -s form before an auxiliary or after an adjective', () => {
    expectClaimants(
      [
        'The Okafor campaign said on Monday that turnout had doubled. The Leeds attacks were the worst the city had seen in a decade. Several coastal states have since raised their flood levies.'
      ],
      [
        ['The Okafor campaign', ['The Okafor campaign', 'The Okafor campaign', 'said']],
        ['The Leeds attacks', null],
        ['Several coastal states', null]
      ]
    )
  })

  it('a base form after a determiner and a noun, before "until" or an auxiliary, is that noun', () => {
    expectClaimants(
      [
        'Harbour councillors on Tuesday delayed a vote on the ferry plan until next month. Harbour councillors plan to cut the ferry levy by 2 percent. The pilots want a 4 percent rise by March.'
      ],
      [
        ['Harbour councillors on Tuesday', null],
        ['Harbour councillors plan', ['Harbour councillors', 'Harbour councillors', 'plan']],
        ['The pilots want', ['The pilots', 'The pilots', 'want']]
      ]
    )
  })

  it('an -s form before a speech event is the verb, not a noun', () => {
    expectClaimants(
      [
        'The Harbour Democrat says in a statement that the levy will cost 300 jobs.',
        'Owen Pryce, the port’s finance lead, says in an interview that fares must rise.',
        'Harbour fees rose by 8% in May, port records show.'
      ],
      [
        ['The Harbour Democrat says', ['The Harbour Democrat', 'The Harbour Democrat', 'says']],
        ['Owen Pryce, the port’s', ['Owen Pryce', 'Owen Pryce', 'says']],
        ['Harbour fees rose by 8%', ['port records', 'port records', 'show']]
      ]
    )
  })

  it('an -s form after a figure or a compound modifier, or before a verb, is a noun', () => {
    expectClaimants(
      [
        'Ferry fares rose in 30 states last year. The council blamed zero-interest rates for the rise in borrowing. Harbour fees rose by 8% in May, a Herald analysis of newly filed council reports shows.'
      ],
      [
        ['Ferry fares rose', null],
        ['The council blamed', ['The council', 'The council', 'blamed']],
        [
          'Harbour fees rose',
          [
            'a Herald analysis of newly filed council reports',
            'a Herald analysis of newly filed council reports',
            'shows'
          ]
        ]
      ]
    )
  })

  it('after an owner a verb form is a noun, unless it is a noun of saying: "Okafor\'s show", "Hale\'s plan"', () => {
    expectClaimants(
      ["Okafor's show became a safe space for the mayor. Hale's plan would cap the levy at 2 percent."],
      [
        ["Okafor's show", null],
        ["Hale's plan", ['Hale', 'Hale', 'plan']]
      ]
    )
  })

  it('"side" and "sides" are nouns unless "with" follows; a weekday owns no claim', () => {
    expectClaimants(
      [
        "The levy drew sharp criticism from both sides of the harbour debate. The union sides with the dockers on pay. After Tuesday's attacks on the pier, the port closed for a week."
      ],
      [
        ['The levy drew', null],
        ['The union sides', ['The union', 'The union', 'sides with']],
        ["After Tuesday's attacks", null]
      ]
    )
  })

  it('after a preposition or "such", "no", "these" a verb form is a noun', () => {
    expectClaimants(
      [
        'The harbour fund raised about $58 million in support of the new pier. Such attacks on the mayor were rare. The union says no doubt remains about the levy.'
      ],
      [
        ['The harbour fund raised', null],
        ['Such attacks', null],
        ['The union says', ['The union', 'The union', 'says']]
      ]
    )
  })

  it('an -s form after a modifier is its noun when the phrase ends there: "battleground states,", "the Dover attacks."', () => {
    expectClaimants(
      [
        'The mayor spent 2 million pounds on radio in battleground states, the Herald reported. Hale backed the levy after the Dover attacks. Ferry traffic fell 8% in coastal states and inland ports alike.'
      ],
      [
        ['The mayor spent', ['the Herald', 'the Herald', 'reported']],
        ['Hale backed', ['Hale', 'Hale', 'backed']],
        ['Ferry traffic fell', null]
      ]
    )
  })

  it('the -s form stays a verb after a person, a body, a document, a pronoun for people or an adverb', () => {
    expectClaimants(
      [
        'Port fees will rise by 8%, one harbour slide says. Not everyone agrees on the size of the rise. Ruth Hale, the mayor, rarely speaks of the 2019 budget of 4 million pounds.'
      ],
      [
        ['Port fees will rise', ['one harbour slide', 'one harbour slide', 'says']],
        ['Not everyone agrees', ['Not everyone', 'Not everyone', 'agrees']],
        ['Ruth Hale, the mayor', ['Ruth Hale', 'Ruth Hale', 'speaks']]
      ]
    )
  })

  it('a bare noun for people modifies the -s form after it; one after a determiner is its subject', () => {
    expectClaimants(
      ['The harbour ads were designed to stoke voter fears, and turnout fell by 8%. The harbour union objects.'],
      [
        ['The harbour ads', null],
        ['The harbour union', ['The harbour union', 'The harbour union', 'objects']]
      ]
    )
  })

  it('"write off" cancels a debt and says nothing', () => {
    expectClaimants(
      ['The levy lets firms write off the 4 million pounds spent on dredging.'],
      [['The levy lets firms', null]]
    )
  })

  it('a naming participle after an indefinite noun says nothing', () => {
    expectClaimants(
      ['The port hired a consultancy called Harbourline to review the contracts.'],
      [['The port hired', null]]
    )
  })

  it('a thing called "the …" is named; a person who called the plan something is not', () => {
    expectClaimants(
      [
        'On the pier, Ms. Hale tried one turn after another of a move called the slipway, in which she spun twice.',
        'A union spokesman called the plan reckless.'
      ],
      [
        ['On the pier', null],
        ['A union spokesman', ['A union spokesman', 'A union spokesman', 'called']]
      ]
    )
  })

  it('the same words stay verbs after a plural name, a pronoun or with an object', () => {
    expectClaimants(
      [
        'The Germans support the dredging plan. The Kremlin attacks the harbour deal in every broadcast. She called the levy a tax on visitors.'
      ],
      [
        ['The Germans support', ['The Germans', 'The Germans', 'support']],
        ['The Kremlin attacks', ['The Kremlin', 'The Kremlin', 'attacks']],
        ['She called', null]
      ]
    )
  })

  it('an -s form after an -ing verb that follows "began" or "was" is its object; "The ruling says" keeps its verb', () => {
    expectClaimants(
      [
        'By 9 a.m. Sunday, the Rev. Tom Arden began taking calls from listeners on the levy.',
        'The ruling says the port must pay 2 million pounds.'
      ],
      [
        ['By 9 a.m. Sunday', null],
        ['The ruling says', ['The ruling', 'The ruling', 'says']]
      ]
    )
  })
})
