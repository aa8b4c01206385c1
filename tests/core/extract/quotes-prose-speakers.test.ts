/**
 * Speakers introduced in ordinary prose — reported speech, an anonymous source "telling" a paper,
 * a name opening a sentence — are the people later pronouns refer to. Table tests on new prose
 * modelled on real copy (a port and a hospital), plus the sentence reader on its own.
 */
import { describe, expect, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { proseSubject } from '../../../src/core/extract/prose-subjects'
import { paragraphs } from '../../helpers/builders'

const CASES: Case[] = [
  [
    'a role, a relative clause and reported speech introduce the "she" of the next quotes',
    paragraphs(
      'The port authority said on Monday that the east quay would close for a year. Its chief executive, Daniel Moss, said the closure was "regrettable but necessary".',
      'Commissioner Nadia Osei, who sits on the port board’s finance panel, said the closure would hurt small exporters most. “We were promised a new quay in 2018,” she said. “Now the old one is shutting too.”'
    ),
    [
      {
        text: 'regrettable but necessary',
        speaker: 'Daniel Moss',
        description: 'Its chief executive',
        cue: 'said',
        partial: true
      },
      {
        text: 'We were promised a new quay in 2018,',
        speaker: 'Nadia Osei',
        description: 'Commissioner, who sits on the port board’s finance panel',
        mention: 'she',
        cue: 'said',
        partial: false
      },
      { text: 'Now the old one is shutting too.', speaker: 'Nadia Osei', mention: 'she', cue: 'said' }
    ]
  ],
  [
    'an anonymous source who "told" a paper is the singular "they" that follows, through "They added"',
    paragraphs(
      '“Beds are fine,” said Daniel Moss, the hospital’s director.',
      'One nurse on the children’s ward told the Harbour Gazette that staff had reported broken monitors since 2022. “We logged every fault,” they said, speaking on condition of anonymity. “Nobody came to fix them.” They added that patients had been moved into corridors for “most of the winter”.'
    ),
    [
      { text: 'Beds are fine,', speaker: 'Daniel Moss' },
      {
        text: 'We logged every fault,',
        speaker: 'One nurse on the children’s ward',
        anonymous: true,
        mention: 'they',
        cue: 'said',
        partial: false
      },
      {
        text: 'Nobody came to fix them.',
        speaker: 'One nurse on the children’s ward',
        anonymous: true,
        mention: 'they'
      },
      {
        text: 'most of the winter',
        speaker: 'One nurse on the children’s ward',
        anonymous: true,
        mention: 'They',
        cue: 'added',
        partial: true
      }
    ]
  ],
  [
    'an honorific is split off the name; a long appositive is the description',
    paragraphs(
      '“The quay is safe,” said Daniel Moss.',
      'Dr Kwame Asante, a harbour engineer at Northshore Polytechnic who has surveyed the port’s quay walls, said the cracks were typical of 1960s concrete. “Walls of that age are living on borrowed time,” he said. “Nobody should be surprised.”',
      'Asante said the repairs would take two years.'
    ),
    [
      { text: 'The quay is safe,', speaker: 'Daniel Moss' },
      {
        text: 'Walls of that age are living on borrowed time,',
        speaker: 'Kwame Asante',
        description: 'a harbour engineer at Northshore Polytechnic who has surveyed the port’s quay walls',
        mention: 'he',
        cue: 'said'
      },
      { text: 'Nobody should be surprised.', speaker: 'Kwame Asante', mention: 'he', cue: 'said' }
    ]
  ],
  [
    '"Its spokesperson, Name," called the plan "…"',
    paragraphs(
      'Patients’ group Ward Watch said it would fight the closure. Its spokesperson, Ruth Adeyemi, called the plan “a betrayal of the east side” and urged the trust to think again.'
    ),
    [
      {
        text: 'a betrayal of the east side',
        speaker: 'Ruth Adeyemi',
        description: 'Its spokesperson',
        anonymous: false,
        mention: 'Ruth Adeyemi',
        cue: 'called',
        partial: true
      }
    ]
  ],
  [
    '"she said" after a man and then a woman are introduced: the most recent named person',
    paragraphs(
      'Chief surgeon Tom Reyes said the theatre schedule had been cut by half. Ward manager Alice Grant said nurses had not been consulted. “We found out from a memo,” she said.'
    ),
    [
      {
        text: 'We found out from a memo,',
        speaker: 'Alice Grant',
        description: 'Ward manager',
        mention: 'she',
        cue: 'said'
      }
    ]
  ],
  [
    'gender agrees: "she said" after a woman and then a man goes back to the woman',
    paragraphs(
      'Ward manager Alice Grant said nurses had not been consulted. Chief surgeon Tom Reyes said the theatre schedule had been cut by half. “We found out from a memo,” she said.'
    ),
    [{ text: 'We found out from a memo,', speaker: 'Alice Grant', mention: 'she', cue: 'said' }]
  ],
  [
    'reported speech in one paragraph, "he added" opening the next',
    paragraphs(
      'Port director Piet Jansen told reporters on Tuesday that two berths would close for repairs.',
      '“We cannot risk a collapse while ships are alongside,” he added.'
    ),
    [
      {
        text: 'We cannot risk a collapse while ships are alongside,',
        speaker: 'Piet Jansen',
        description: 'Port director',
        mention: 'he',
        cue: 'added'
      }
    ]
  ],
  [
    'a surname in reported speech brings a speaker back after someone else was quoted',
    paragraphs(
      'Port director Piet Jansen told reporters that two berths would close. “It is the quietest month,” said Mara Quist, a shipping agent.',
      'Jansen said the repairs would cost $3 million. “It is money well spent,” he said.'
    ),
    [
      { text: 'It is the quietest month,', speaker: 'Mara Quist', description: 'a shipping agent' },
      { text: 'It is money well spent,', speaker: 'Piet Jansen', description: 'Port director', mention: 'he' }
    ]
  ],
  [
    'plural anonymous officials in prose are the "they" of the next quote',
    paragraphs(
      '“We are ready,” said Piet Jansen. Port officials said the crane had failed twice this year. “The repairs were never finished,” they said.'
    ),
    [
      { text: 'We are ready,', speaker: 'Piet Jansen' },
      {
        text: 'The repairs were never finished,',
        speaker: 'Port officials',
        anonymous: true,
        mention: 'they',
        cue: 'said'
      }
    ]
  ],
  [
    'an anonymous spokesperson in prose is the "she" of the next quote',
    paragraphs(
      '“We are ready,” said Piet Jansen. A spokesperson for the port authority said the berth was safe. “Divers inspected it last week,” she added.'
    ),
    [
      { text: 'We are ready,', speaker: 'Piet Jansen' },
      {
        text: 'Divers inspected it last week,',
        speaker: 'A spokesperson for the port authority',
        anonymous: true,
        mention: 'she'
      }
    ]
  ],
  [
    'a name opening an ordinary sentence is a candidate; a name elsewhere is not',
    paragraphs(
      '“The queue is getting longer,” said nurse Mary Olu. The ward is named after Florence Nightingale. “We need more beds,” she said.',
      'Health minister Grace Mensah visited the ward on Monday. “I have seen enough,” she said.'
    ),
    [
      { text: 'The queue is getting longer,', speaker: 'Mary Olu' },
      { text: 'We need more beds,', speaker: 'Mary Olu', mention: 'she' },
      { text: 'I have seen enough,', speaker: 'Grace Mensah', description: 'Health minister', mention: 'she' }
    ]
  ],
  [
    'a plain courtesy title is neither name nor description; "Mr. Okoro" finds the full name',
    paragraphs(
      '“The cranes are old,” said Mr. John Okoro. The union described the offer as “an insult to every dockworker”.',
      '“They shake in the wind,” Mr. Okoro added.'
    ),
    [
      { text: 'The cranes are old,', speaker: 'John Okoro', description: null, mention: 'Mr. John Okoro' },
      {
        text: 'an insult to every dockworker',
        speaker: 'The union',
        mention: 'The union',
        cue: 'described',
        partial: true
      },
      { text: 'They shake in the wind,', speaker: 'John Okoro', mention: 'Mr. Okoro', cue: 'added' }
    ]
  ],
  [
    'no speaker can be found: organisations and objects in prose are not people',
    paragraphs(
      'The hospital trust closed two wards on Friday. Ships queued outside the port for three days. “Nobody told us anything,” she said.'
    ),
    [{ text: 'Nobody told us anything,', speaker: null, mention: null, cue: 'said' }]
  ]
]

describe('findQuotes with speakers introduced in prose', () => {
  it.each(CASES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** One sentence → the candidate it yields: [kind, name, group] or null. */
const SENTENCES: [sentence: string, want: [string, string, boolean] | null][] = [
  [
    'Councillor Ama Boateng, who chairs the harbour committee, said the fees would rise.',
    ['name', 'Ama Boateng', false]
  ],
  [
    'The harbour, which handles 4,000 ships a year, needs new cranes, the port authority said on Monday.',
    ['description', 'the port authority', true]
  ],
  [
    'Northshore Port Authority told the council that two cranes had failed.',
    ['name', 'Northshore Port Authority', true]
  ],
  ['Two dockworkers told the Gazette that the cranes shook in high wind.', ['description', 'Two dockworkers', false]],
  ['He added that the council had not been told.', ['pronoun', 'he', false]],
  ['Nurse manager Efua Mensah visited the ward.', ['name', 'Efua Mensah', false]],
  // Not candidates: a passive speech verb, an unknown noun, a possessive, a clause before a place name, no verb.
  ['The blame for the delay was claimed by the contractor.', null],
  ['On Monday, an affiliate of the union claimed the stoppage.', null],
  ['Following Ghana’s lukewarm support, the project stalled.', null],
  ['The port that serves 310,000 homes around Kestrel Bay says fees will rise.', null],
  ['Ships queued outside the port for three days.', null],
  ['Jane Doe and Tom Roe visited the ward.', null]
]

describe('proseSubject', () => {
  it.each(SENTENCES)('%s', (sentence, want) => {
    const subject = proseSubject(sentence, { start: 0, end: sentence.length })
    expect(subject ? [subject.kind, subject.name, subject.group] : null).toEqual(want)
    if (subject) expect(sentence.slice(subject.mention.start, subject.mention.end).length).toBeGreaterThan(0)
  })
})
