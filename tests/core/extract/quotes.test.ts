import { describe, expect, it } from 'vitest'
import { findQuotes } from '../../../src/core/extract/quotes'
import { expectQuotes, quotesOf, type Case } from './quote-expectations'
import { articleOf, paragraphs } from '../../helpers/builders'

const CASES: Case[] = [
  [
    'inverted attribution with a description; the next quote in the paragraph continues it, named where the first is',
    paragraphs('“We will not leave the north,” said Amadou Diallo, the governor of Gao. “The army is here to stay.”'),
    [
      {
        text: 'We will not leave the north,',
        speaker: 'Amadou Diallo',
        description: 'the governor of Gao',
        mention: 'Amadou Diallo',
        cue: 'said',
        partial: false
      },
      {
        text: 'The army is here to stay.',
        speaker: 'Amadou Diallo',
        mention: 'Amadou Diallo',
        cue: 'said',
        partial: false
      }
    ]
  ],
  [
    'speaker introduced before a colon, role split from the name',
    paragraphs('Colonel Fatou Keita told reporters on Monday: “The roads to Timbuktu are open again.”'),
    [
      {
        text: 'The roads to Timbuktu are open again.',
        speaker: 'Fatou Keita',
        description: 'Colonel',
        mention: 'Colonel Fatou Keita',
        cue: 'told',
        partial: false
      }
    ]
  ],
  [
    'anonymous source, then "he"; apostrophes are not quote marks',
    paragraphs(
      '“It’s France’s problem, not Mali’s,” a senior diplomat said. “They left in the ’90s and came back,” he added.'
    ),
    [
      {
        text: 'It’s France’s problem, not Mali’s,',
        speaker: 'a senior diplomat',
        anonymous: true,
        mention: 'a senior diplomat',
        cue: 'said'
      },
      {
        text: 'They left in the ’90s and came back,',
        speaker: 'a senior diplomat',
        anonymous: true,
        mention: 'he',
        cue: 'added'
      }
    ]
  ],
  [
    'plural anonymous source, then "they"',
    paragraphs(
      '“The border is closed to all traffic,” officials said. “Nobody crosses until further notice,” they added.'
    ),
    [
      { text: 'The border is closed to all traffic,', speaker: 'officials', anonymous: true, cue: 'said' },
      {
        text: 'Nobody crosses until further notice,',
        speaker: 'officials',
        anonymous: true,
        mention: 'they',
        cue: 'added'
      }
    ]
  ],
  [
    '"according to" with an anonymous source after the quote',
    paragraphs(
      'The prefect warned that the dam would “give way within days if the rain does not stop,” according to two officials who declined to be named.'
    ),
    [
      {
        text: 'give way within days if the rain does not stop,',
        speaker: 'two officials who declined to be named',
        anonymous: true,
        cue: 'according to',
        partial: true
      }
    ]
  ],
  [
    'an organisation, then "it" in the next paragraph',
    paragraphs(
      'In a statement, the ministry said: “All 43 detainees have been released.”',
      '“We regret the delay,” it added.'
    ),
    [
      {
        text: 'All 43 detainees have been released.',
        speaker: 'the ministry',
        anonymous: false,
        mention: 'the ministry',
        cue: 'said'
      },
      { text: 'We regret the delay,', speaker: 'the ministry', mention: 'it', cue: 'added' }
    ]
  ],
  [
    'surname-only and pronoun mentions resolve to the full name',
    paragraphs(
      '“Our wells are dry,” said Moussa Coulibaly, the village chief.',
      'The nearest pump is 12 kilometres away.',
      '“We walk four hours for water,” Coulibaly said. “Nobody came to help,” he said.'
    ),
    [
      { text: 'Our wells are dry,', speaker: 'Moussa Coulibaly', mention: 'Moussa Coulibaly' },
      {
        text: 'We walk four hours for water,',
        speaker: 'Moussa Coulibaly',
        description: 'the village chief',
        mention: 'Coulibaly',
        cue: 'said'
      },
      { text: 'Nobody came to help,', speaker: 'Moussa Coulibaly', mention: 'he', cue: 'said' }
    ]
  ],
  [
    'a definite description refers back to the role given at introduction',
    paragraphs(
      '“Vaccines reached every district,” said Awa Sy, the health minister.',
      '“We still lack nurses,” the minister added.'
    ),
    [
      { text: 'Vaccines reached every district,', speaker: 'Awa Sy' },
      { text: 'We still lack nurses,', speaker: 'Awa Sy', mention: 'the minister', cue: 'added' }
    ]
  ],
  [
    'a nested quote stays inside its parent',
    paragraphs('“He told me, ‘Get out now,’ and I did,” the driver said.'),
    [{ text: 'He told me, ‘Get out now,’ and I did,', speaker: 'the driver', anonymous: false, cue: 'said' }]
  ],
  [
    'a quote over several paragraphs is one quote',
    paragraphs(
      '“The harvest is gone,” said farmer Aissata Traore. “The locusts came in March and stayed for weeks.',
      '“We have nothing left to sell and nothing left to eat.”'
    ),
    [
      { text: 'The harvest is gone,', speaker: 'Aissata Traore', description: 'farmer', mention: 'Aissata Traore' },
      {
        text: 'The locusts came in March and stayed for weeks.\n\n“We have nothing left to sell and nothing left to eat.',
        speaker: 'Aissata Traore',
        mention: 'Aissata Traore'
      }
    ]
  ],
  [
    'an attribution inside the sentence, then a quote carried into the next paragraph',
    paragraphs('“We are leaving,” the mayor said, “and we will not come back.', '“Not this year, not next year.”'),
    [
      { text: 'We are leaving,', speaker: 'the mayor', cue: 'said', partial: false },
      {
        text: 'and we will not come back.\n\n“Not this year, not next year.',
        speaker: 'the mayor',
        cue: 'said',
        partial: false
      }
    ]
  ],
  [
    'an opening mark that never closes is not a quote',
    paragraphs(
      '“This quote never closes, the reporter forgot.',
      'The next paragraph is plain prose about 5,000 troops.'
    ),
    []
  ],
  [
    'scare quotes and quoted terms are not quotes',
    paragraphs(
      'The port can take the largest "neo-Panamax" vessels. Officials said the so-called “peace dividend” had vanished. The group calls itself “the Guardians”.'
    ),
    []
  ],
  [
    'a short quote with a speech cue is a quote',
    paragraphs('“The talks are over,” said Senator Ruth Hale. Asked whether she would return, she said: “Never.”'),
    [
      { text: 'The talks are over,', speaker: 'Ruth Hale', description: 'Senator' },
      { text: 'Never.', speaker: 'Ruth Hale', mention: 'she', cue: 'said', partial: false }
    ]
  ],
  [
    'a partial quote takes the sentence’s speaker; the honorific is split off the name',
    paragraphs('Dr. Ines Moreau wrote in the Lancet that the drug was “safe and effective in most adults over sixty.”'),
    [
      {
        text: 'safe and effective in most adults over sixty.',
        speaker: 'Ines Moreau',
        description: 'Dr.',
        mention: 'Dr. Ines Moreau',
        cue: 'wrote',
        partial: true
      }
    ]
  ],
  [
    'a participle clause ties a partial quote to the main verb’s subject',
    paragraphs(
      '“The strike was a success,” Gen. Paul Faure said, adding that the army would “hunt down every remaining cell.”'
    ),
    [
      {
        text: 'The strike was a success,',
        speaker: 'Paul Faure',
        description: 'Gen.',
        mention: 'Gen. Paul Faure',
        cue: 'said',
        partial: false
      },
      {
        text: 'hunt down every remaining cell.',
        speaker: 'Paul Faure',
        mention: 'Gen. Paul Faure',
        cue: 'adding',
        partial: true
      }
    ]
  ],
  [
    'German and French quotation marks',
    paragraphs(
      '„Wir bleiben hier“, sagte Bürgermeister Jonas Müller.',
      '« Le Mali est seul avec ses choix », a écrit Nicolas Barotte.'
    ),
    [
      { text: 'Wir bleiben hier', speaker: 'Jonas Müller', cue: 'sagte' },
      { text: 'Le Mali est seul avec ses choix', speaker: 'Nicolas Barotte', cue: 'écrit' }
    ]
  ],
  [
    'British single quotes in a headline',
    articleOf(['title', '‘We will fight on,’ says defence minister Sadio Camara']),
    [{ text: 'We will fight on,', speaker: 'Sadio Camara', description: 'defence minister', cue: 'says' }]
  ],
  [
    'straight double quotes with an appositive before the verb',
    paragraphs('"The water is safe to drink," Jane Doe, the mayor of Springfield, said on Tuesday.'),
    [
      {
        text: 'The water is safe to drink,',
        speaker: 'Jane Doe',
        description: 'the mayor of Springfield',
        mention: 'Jane Doe',
        cue: 'said'
      }
    ]
  ],
  [
    'possessives and rock ’n’ roll are not quotes',
    paragraphs('The students’ union played rock ’n’ roll all night at the Joneses’ farm. Nobody complained.'),
    []
  ],
  [
    'no speaker can be found: speaker and mention are null',
    paragraphs('“Why now, after nine years?” she asked.'),
    [{ text: 'Why now, after nine years?', speaker: null, mention: null, cue: 'asked' }]
  ],
  [
    'a colon-ended paragraph introduces the quote in the next; role first, name in apposition',
    paragraphs('The commander, Ibrahim Toure, told the court:', '“I never gave the order to fire on civilians.”'),
    [
      {
        text: 'I never gave the order to fire on civilians.',
        speaker: 'Ibrahim Toure',
        description: 'The commander',
        mention: 'Ibrahim Toure',
        cue: 'told',
        partial: false
      }
    ]
  ],
  [
    'a relative clause between subject and verb',
    paragraphs(
      'The garrison commander, who spoke by phone from Kidal, said: “Nothing moves on the roads at night anymore.”'
    ),
    [
      {
        text: 'Nothing moves on the roads at night anymore.',
        speaker: 'The garrison commander',
        mention: 'The garrison commander',
        cue: 'said'
      }
    ]
  ],
  [
    'a pronoun with nobody before it stays unresolved',
    paragraphs('The ministry gave no figures. He shouted “Stop the convoy!” and ran toward the gate.'),
    [{ text: 'Stop the convoy!', speaker: null, mention: null, cue: 'shouted', partial: true }]
  ],
  [
    '"in a statement" with the source before or after it',
    paragraphs(
      'The ministry, in a statement, described the plan as “reckless and dangerous for the region.”',
      'In a statement, Smith called the ruling “a tragedy for the whole country.”'
    ),
    [
      { text: 'reckless and dangerous for the region.', speaker: 'The ministry', cue: 'in a statement', partial: true },
      { text: 'a tragedy for the whole country.', speaker: 'Smith', mention: 'Smith', cue: 'called', partial: true }
    ]
  ],
  [
    'the title of a work is not a quote',
    paragraphs('The agency published a report titled “A Future for the Sahel Without Foreign Troops” on Monday.'),
    []
  ],
  [
    'blockquote credited on the next line',
    articleOf(
      ['paragraph', 'The governor put it bluntly in a letter to residents.'],
      ['blockquote', 'We will not abandon the north, whatever Paris decides.'],
      ['paragraph', '— Amadou Diallo, governor of Gao']
    ),
    [
      {
        text: 'We will not abandon the north, whatever Paris decides.',
        speaker: 'Amadou Diallo',
        description: 'governor of Gao',
        mention: 'Amadou Diallo',
        cue: null,
        partial: false
      }
    ]
  ],
  [
    'blockquote with marks and the credit on its last line',
    articleOf(['blockquote', '“Every convoy is a target now.”\n- a logistics officer in Gao']),
    [
      {
        text: 'Every convoy is a target now.',
        speaker: 'a logistics officer in Gao',
        anonymous: true,
        mention: 'a logistics officer in Gao'
      }
    ]
  ]
]

describe('findQuotes', () => {
  it.each(CASES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))

  it('reports a quote inside metadata or a byline never', () => {
    const article = articleOf(
      ['byline', 'By Thomas “Tom” Brooke, who says “hello to everyone reading this”'],
      ['metadata', 'note: “do not publish before Monday morning,” the editor said'],
      ['paragraph', 'Troops left.']
    )
    expect(quotesOf(article)).toEqual([])
  })

  it('copes with sentence ranges that do not match the article', () => {
    const article = paragraphs('“We will rebuild every school,” the minister said.')
    const quotes = findQuotes(article, [
      { start: 5, end: 2 },
      { start: -3, end: 9999 }
    ])
    expect(quotes.map((q) => q.text)).toEqual(['We will rebuild every school,'])
    expect(quotes[0].speaker?.name).toBe('the minister')
  })
})
