/**
 * A realistic small case: a local-news story on bus fares in its second draft, part-way through
 * checking. Covers every status, all source kinds, notes, open and resolved queries, corrections,
 * a dismissed item, a twin, one item changed since the first draft and one removed from it.
 */
import type { CaseFile } from '../../../src/shared/case'
import { articleOf, claim, meta, p, quote, source, standfirst, statusChange, title } from '../../helpers/builders'
import { checkedInDraft2, secondDraftCase } from './fixture'

const P1 =
  'Riverton will cut single bus fares from £2.40 to £1.80 on 1 March, the city’s transport committee announced on Tuesday.'
const P2 =
  'Ridership has climbed back to 41 million journeys a year, up from 29 million in 2021, according to figures published by Riverton Transit.'
const P3 =
  '“We promised cheaper buses and we are delivering them,” said Councillor Amara Osei, who chairs the committee. “Every penny of the cut is paid for by the parking levy,” she added.'
const P4 = 'The levy, charged on workplace car parks with more than ten spaces, raised £6.2 million in its first year.'
const P5 =
  'Critics say the plan will hurt small firms. “Nobody asked the shops on Mill Street,” one local business owner told the Gazette.'
const P6 = 'The city last cut fares in 2009, when a single journey cost £1.10. Fares will fall from £2.40 to £1.80.'
const P6_BEFORE =
  'The city last cut fares in 2011, when a single journey cost £1.10. Fares will fall from £2.40 to £1.80.'
const REMOVED = 'The committee meets monthly at the Guildhall and votes in public.'

export function sampleCase(): CaseFile {
  const article = articleOf(
    { date: '2024-05-14', url: 'https://gazette.example.org/news/riverton-bus-fares' },
    title('City to cut bus fares as ridership recovers'),
    standfirst(
      'Riverton’s transport committee says fares will fall by a quarter from March, paid for by a new parking levy'
    ),
    meta('author', 'Dana Whitlock'),
    ...[P1, P2, P3, P4, P5, P6].map(p)
  )
  const previousText = article.text.replace(P6, `${P6_BEFORE}\n\n${REMOVED}`)
  const text = article.text
  const sources = [
    source('s1', {
      kind: 'web',
      title: 'Fares to fall from March',
      url: 'https://www.riverton.example.gov/news/fares-to-fall',
      publisher: 'Riverton City Council',
      publishedAt: '2024-05-14',
      accessedAt: '2024-05-14T09:05:00.000Z',
      archiveUrl: 'https://web.archive.org/web/20240514090500/https://www.riverton.example.gov/news/fares-to-fall',
      passage: 'From 1 March a single adult fare will cost £1.80, down from £2.40.',
      snapshot: {
        path: 'evidence/fares-to-fall.html',
        sha256: 'b1946ac92492d2347c6235b4d2611184b1946ac92492d2347c6235b4d2611184',
        at: '2024-05-14T09:05:10.000Z'
      }
    }),
    source('s2', {
      kind: 'document',
      title: 'Riverton Transit annual report 2023',
      publisher: 'Riverton Transit',
      publishedAt: '2024-04-30',
      passage:
        'Passenger boardings: 41.2m (2021: 29.0m). Boardings count each vehicle entered; a journey with one change counts twice.',
      filePath: 'evidence/riverton-transit-annual-report-2023.pdf',
      sha256: '5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03',
      notes: 'Page 14, table 3.'
    }),
    source('s3', {
      kind: 'person',
      title: 'Councillor Amara Osei',
      passage: 'Confirmed both quotes word for word from her speech notes.',
      person: {
        name: 'Amara Osei',
        role: 'Chair, transport committee',
        contact: '+44 7700 900123',
        reachedAt: '2024-05-15T11:30:00.000Z',
        channel: 'phone',
        confirmed: 'Both quotes, as printed.',
        onRecord: true
      }
    }),
    source('s4', {
      kind: 'dataset',
      title: 'Workplace parking levy receipts 2022–23',
      url: 'https://data.riverton.example.gov/parking-levy/2023.csv',
      publisher: 'Riverton City Council',
      accessedAt: '2024-05-15T10:00:00.000Z',
      passage: 'Total receipts 2022–23: £5,412,300.',
      filePath: 'evidence/parking-levy-2023.csv',
      sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'
    })
  ]
  const items = [
    claim(text, P1, {
      id: 'i1',
      ...checkedInDraft2(),
      status: 'verified',
      sourceIds: ['s1', 's3'],
      verdictNote: 'Council release and the committee chair both give £2.40 → £1.80 from 1 March.',
      checklist: {
        'primary source': { done: true, detail: 'council release' },
        'second source': { done: true, detail: 'chair by phone' }
      },
      history: [
        { at: '2024-05-14T08:00:00.000Z', by: 'Factdesk', action: 'suggested', draftId: 'd1' },
        { at: '2024-05-14T09:01:00.000Z', by: 'Priya Raman', action: 'accept', draftId: 'd1' },
        { at: '2024-05-14T09:06:00.000Z', by: 'Priya Raman', action: 'source-linked', to: 's1', draftId: 'd1' },
        statusChange('2024-05-14T09:10:00.000Z', 'Priya Raman', 'unchecked', 'verified', 'd1')
      ]
    }),
    claim(text, P2, {
      id: 'i2',
      ...checkedInDraft2(),
      status: 'misleading',
      sourceIds: ['s2'],
      verdictNote: 'The 41 million are boardings, not journeys: a trip with a change counts twice.',
      correction: {
        replacement:
          'Passenger boardings have climbed back to 41 million a year, up from 29 million in 2021, according to figures published by Riverton Transit.',
        at: '2024-05-14T10:30:00.000Z',
        by: 'Priya Raman'
      },
      notes: [
        {
          id: 'n1',
          at: '2024-05-14T10:20:00.000Z',
          by: 'Priya Raman',
          text: 'Transit press office says journeys are not counted separately.'
        }
      ],
      history: [statusChange('2024-05-14T10:25:00.000Z', 'Priya Raman', 'in-progress', 'misleading', 'd1')]
    }),
    quote(text, 'We promised cheaper buses and we are delivering them,', {
      id: 'i3',
      ...checkedInDraft2(),
      status: 'verified',
      speaker: { name: 'Amara Osei', description: 'Councillor, chair of the transport committee', anonymous: false },
      sourceIds: ['s3'],
      history: [statusChange('2024-05-15T11:40:00.000Z', 'Tom Becker', 'unchecked', 'verified', 'd2')]
    }),
    quote(text, 'Every penny of the cut is paid for by the parking levy,', {
      id: 'i4',
      ...checkedInDraft2(),
      status: 'in-progress',
      speaker: { name: 'Amara Osei', description: 'Councillor, chair of the transport committee', anonymous: false },
      queries: [
        {
          id: 'q1',
          at: '2024-05-15T11:45:00.000Z',
          by: 'Tom Becker',
          text: 'Can we see the budget paper that ties the fare cut to the levy?',
          resolvedAt: null,
          resolvedBy: null,
          answer: null
        }
      ],
      history: [statusChange('2024-05-15T11:44:00.000Z', 'Tom Becker', 'unchecked', 'in-progress', 'd2')]
    }),
    claim(text, P4, {
      id: 'i5',
      ...checkedInDraft2(),
      status: 'incorrect',
      sourceIds: ['s4'],
      verdictNote: 'Council receipts show £5.4 million, not £6.2 million (the £6.2m was the forecast).',
      correction: {
        replacement:
          'The levy, charged on workplace car parks with more than ten spaces, raised £5.4 million in its first year.',
        at: '2024-05-15T10:15:00.000Z',
        by: 'Priya Raman'
      },
      queries: [
        {
          id: 'q2',
          at: '2024-05-15T10:05:00.000Z',
          by: 'Priya Raman',
          text: 'Where does £6.2 million come from?',
          resolvedAt: '2024-05-15T13:00:00.000Z',
          resolvedBy: 'Dana Whitlock',
          answer: 'The forecast in last year’s budget; will use the actual figure.'
        }
      ],
      history: [statusChange('2024-05-15T10:10:00.000Z', 'Priya Raman', 'in-progress', 'incorrect', 'd2')]
    }),
    quote(text, 'Nobody asked the shops on Mill Street,', {
      id: 'i6',
      ...checkedInDraft2(),
      state: 'suggested',
      speaker: { name: 'one local business owner', description: null, anonymous: true }
    }),
    claim(text, 'Critics say the plan will hurt small firms.', {
      id: 'i7',
      ...checkedInDraft2(),
      state: 'dismissed',
      claimType: 'prediction',
      score: 0.41,
      dismissed: { by: 'Priya Raman', at: '2024-05-14T09:30:00.000Z' }
    }),
    claim(text, 'The city last cut fares in 2009, when a single journey cost £1.10.', {
      id: 'i8',
      ...checkedInDraft2(),
      status: 'needs-recheck',
      previousText: 'The city last cut fares in 2011, when a single journey cost £1.10.',
      history: [
        statusChange('2024-05-14T11:00:00.000Z', 'Priya Raman', 'unchecked', 'verified', 'd1'),
        {
          at: '2024-05-15T14:00:00.000Z',
          by: 'Factdesk',
          action: 'revised',
          detail: 'changed',
          draftId: 'd2',
          from: 'verified',
          to: 'needs-recheck'
        }
      ]
    }),
    claim(text, 'Fares will fall from £2.40 to £1.80.', {
      id: 'i9',
      ...checkedInDraft2(),
      status: 'verified',
      twinOf: 'i1',
      sourceIds: ['s1'],
      history: [statusChange('2024-05-15T14:30:00.000Z', 'Priya Raman', 'unchecked', 'verified', 'd2')]
    }),
    {
      ...claim(previousText, REMOVED, {
        id: 'i10',
        ...checkedInDraft2(),
        status: 'unchecked',
        claimType: 'other',
        score: 0.52
      }),
      state: 'removed' as const,
      previousText: REMOVED,
      history: [{ at: '2024-05-15T14:00:00.000Z', by: 'Factdesk', action: 'revised', detail: 'removed', draftId: 'd2' }]
    }
  ]
  return secondDraftCase(article, previousText, items, sources)
}
