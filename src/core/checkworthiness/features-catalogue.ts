/**
 * The catalogue of hand features: what each one means, how its reason reads, and its prior
 * weight in log-odds (positive = makes a sentence more check-worthy). Priors are judgement, not
 * data; training on ClaimBuster's crowdsourced set moves each weight away from its prior as far
 * as the evidence allows, so a feature that is rare in spoken debate (e.g. "it is arguable",
 * "wrote") keeps roughly the weight given here.
 */

export interface HandFeature {
  /** How the reason reads before the matched text ("percentage" → "percentage: 12.4%"); null = never shown. */
  label: string | null
  prior: number
  /** Show the label alone: the matched text adds nothing ("question", not "question: ?"). */
  bare?: boolean
  /**
   * How generic the reason is (default 0). In the reasons, a more generic feature gives way to a
   * more specific one quoting the same words: "change: increased", not "past tense: increased".
   */
  genericity?: number
}

export const HAND_FEATURES = {
  // Quantities: the core of a checkable claim.
  number: { label: 'number', prior: 1.0 },
  numberWord: { label: 'number', prior: 0.5 },
  year: { label: 'year', prior: 0.8 },
  percent: { label: 'percentage', prior: 1.0 },
  money: { label: 'money', prior: 1.0 },
  measurement: { label: 'measurement', prior: 0.6 },
  duration: { label: 'duration', prior: 0.2 },
  date: { label: 'date', prior: 0.5 },
  statisticWord: { label: 'statistic word', prior: 0.6 },
  changeVerb: { label: 'change', prior: 0.6 },
  comparison: { label: 'comparison', prior: 0.5 },
  superlative: { label: 'superlative', prior: 0.4 },
  timeSpan: { label: 'time span', prior: 0.4 },
  absolute: { label: 'absolute claim', prior: 0.2 },
  // Who did what: names, laws, causes, reported events and speech.
  lawOrRule: { label: 'law/rules', prior: 0.5 },
  causal: { label: 'cause/effect', prior: 0.2 },
  namedEntity: { label: 'named entity', prior: 0.4 },
  severalEntities: { label: null, prior: 0.3 },
  pastTense: { label: 'past tense', prior: 0.3, genericity: 2 },
  thirdPersonEvent: { label: 'reported event', prior: 0.8, genericity: 1 },
  reportedSpeech: { label: 'reported speech', prior: 0.5 },
  // The speaker's own record ("I voted", "we cut"): what a debater claims to have done.
  ownRecord: { label: 'own record', prior: 0.5 },
  namedPolicy: { label: 'named policy', prior: 0.3 },
  // Things a checker cannot verify: questions, opinions, hedges, predictions, feelings, greetings.
  question: { label: 'question', prior: -1.5, bare: true },
  opinion: { label: 'opinion', prior: -1.2 },
  arguable: { label: 'opinion', prior: -1.5 },
  recommendation: { label: 'recommendation', prior: -0.6 },
  hedge: { label: 'hedged prediction', prior: -0.8 },
  prediction: { label: 'prediction', prior: -0.8 },
  feeling: { label: 'feeling', prior: -0.8 },
  greeting: { label: 'thanks/greeting', prior: -1.5 },
  imperative: { label: 'imperative', prior: -1.0 },
  hypothetical: { label: 'hypothetical', prior: -0.5 },
  firstPerson: { label: 'first person', prior: -0.3 },
  secondPerson: { label: 'addresses the listener', prior: -0.3 },
  veryShort: { label: 'very short', prior: -0.8 },
  length: { label: null, prior: 0 }
} as const satisfies Record<string, HandFeature>

export type HandFeatureId = keyof typeof HAND_FEATURES

export const HAND_FEATURE_IDS = Object.keys(HAND_FEATURES) as HandFeatureId[]
