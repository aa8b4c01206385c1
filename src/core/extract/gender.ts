/**
 * Whether "he" or "she" can refer to a person, from what the article itself says about them:
 *
 *  1. a courtesy title ("Mr. Hale" → he, "Mrs." / "Ms." / "Miss" → she);
 *  2. a gendered role word in the name or description ("spokeswoman", "Congressman", "the mother of …");
 *  3. the pronoun the article already used for them ("… Tom Reyes … he said" → he from then on);
 *  4. a first name's usual gender in English-language news, from the short lists below.
 *
 * Only 1–3 are certain; a first name is a guess, so it never overrides them, and a name on neither
 * list stays unknown (an unknown person agrees with both pronouns). The lists are deliberately short:
 * common first names whose usual gender is not in doubt (no Jordan, Taylor, Leslie, Robin, Kelly …),
 * and none that is also a place or a word opening a sentence (Virginia, Charlotte, Hope …).
 */
import { CAPITALISED, OPENS_CAPITALISED_WORD } from './char-classes'
import { isPlainText, plainClasses } from '../plain-text-classes'

/** What separates the words of a phrase: all but letters and hyphens. */
const BETWEEN_WORDS = /[^\p{L}-]+/u
/** BETWEEN_WORDS for a plain phrase: the same split without a call per character (plain-text-classes.ts). */
const PLAIN_BETWEEN_WORDS = new RegExp(plainClasses(BETWEEN_WORDS.source))

export type Gender = 'male' | 'female'

const MALE_TITLES = new Set(['Mr.', 'Mr', 'Sir', 'Lord', 'King', 'Prince', 'Father', 'Brother'])
const FEMALE_TITLES = new Set(['Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Mme', 'Mme.', 'Dame', 'Lady', 'Queen', 'Princess'])
const FEMALE_TITLE_WORDS = new Set(['Sister', 'Madam', 'Madame'])

// prettier-ignore
const MALE_WORDS = new Set([
  'spokesman', 'chairman', 'congressman', 'councilman', 'assemblyman', 'businessman', 'alderman', 'anchorman',
  'frontman', 'statesman', 'father', 'husband', 'son', 'brother', 'grandfather', 'grandson', 'uncle', 'nephew',
  'boyfriend', 'widower', 'man', 'boy', 'gentleman', 'king', 'prince', 'actor', 'waiter', 'monk', 'priest'
])
// prettier-ignore
const FEMALE_WORDS = new Set([
  'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'assemblywoman', 'businesswoman', 'alderwoman',
  'anchorwoman', 'stateswoman', 'mother', 'wife', 'daughter', 'sister', 'grandmother', 'granddaughter', 'aunt',
  'niece', 'girlfriend', 'widow', 'woman', 'girl', 'lady', 'queen', 'princess', 'actress', 'waitress', 'nun'
])

/** Common first names usually borne by men in English-language news. */
// prettier-ignore
const MALE_NAMES = new Set([
  'Aaron', 'Adam', 'Alan', 'Albert', 'Alexander', 'Andrew', 'Anthony', 'Arthur', 'Barack', 'Barry', 'Ben',
  'Benjamin', 'Bernard', 'Bernie', 'Bill', 'Bob', 'Bobby', 'Brad', 'Brian', 'Bruce', 'Carl', 'Charles', 'Charlie',
  'Chris', 'Christopher', 'Chuck', 'Colin', 'Craig', 'Dan', 'Daniel', 'Darren', 'Dave', 'David', 'Dennis', 'Derek',
  'Dick', 'Don', 'Donald', 'Doug', 'Douglas', 'Duncan', 'Ed', 'Eddie', 'Edward', 'Eric', 'Frank', 'Fred',
  'Frederick', 'Gary', 'Geoffrey', 'George', 'Gerald', 'Glenn', 'Gordon', 'Graham', 'Greg', 'Gregory', 'Harold',
  'Harry', 'Henry', 'Howard', 'Ian', 'Jack', 'Jacob', 'James', 'Jason', 'Jeb', 'Jeff', 'Jeffrey', 'Jeremy', 'Jerry',
  'Jim', 'Jimmy', 'Joe', 'John', 'Johnny', 'Jonathan', 'Joseph', 'Josh', 'Joshua', 'Keith', 'Ken', 'Kenneth',
  'Kevin', 'Larry', 'Lawrence', 'Louis', 'Luke', 'Marco', 'Mark', 'Martin', 'Matt', 'Matthew', 'Michael', 'Mike',
  'Mitch', 'Mitt', 'Nathan', 'Neil', 'Nicholas', 'Nick', 'Noah', 'Oliver', 'Patrick', 'Paul', 'Pete', 'Peter',
  'Phil', 'Philip', 'Ralph', 'Rand', 'Randy', 'Raymond', 'Reince', 'Richard', 'Rick', 'Rob', 'Robert', 'Roger',
  'Ron', 'Ronald', 'Roy', 'Rudy', 'Russell', 'Ryan', 'Sam', 'Samuel', 'Scott', 'Sean', 'Simon', 'Stephen', 'Steve',
  'Steven', 'Stuart', 'Ted', 'Terry', 'Thomas', 'Tim', 'Timothy', 'Todd', 'Tom', 'Tommy', 'Tony', 'Vincent',
  'Walter', 'Wayne', 'William', 'Willie', 'Ahmed', 'Mohammed', 'Muhammad', 'Omar', 'Hassan', 'Ibrahim',
  'Jose', 'Juan', 'Carlos', 'Luis', 'Miguel', 'Pedro', 'Jorge', 'Vladimir', 'Sergei', 'Dmitry', 'Hans',
  'Klaus', 'Jean-Claude', 'Pierre', 'Jacques', 'Emmanuel', 'Francois', 'François', 'Giuseppe', 'Luca',
  'Adrian', 'Alex', 'Andy', 'Bradley', 'Brandon', 'Bryan', 'Caleb', 'Clarence', 'Curtis', 'Dale', 'Dylan', 'Ethan',
  'Evan', 'Gabriel', 'Gavin', 'Harvey', 'Hugh', 'Isaac', 'Jake', 'Jesse', 'Joel', 'Justin', 'Kyle', 'Leonard',
  'Lloyd', 'Malcolm', 'Marcus', 'Marvin', 'Maurice', 'Nathaniel', 'Neal', 'Nigel', 'Owen', 'Phillip', 'Reginald',
  'Roland', 'Rupert', 'Seth', 'Shane', 'Trevor', 'Victor', 'Wesley', 'Zachary', 'Dominic', 'Declan', 'Connor',
  'Liam', 'Rhys', 'Gareth', 'Alistair', 'Angus', 'Elijah'
])

/** Common first names usually borne by women in English-language news. */
// prettier-ignore
const FEMALE_NAMES = new Set([
  'Abigail', 'Alice', 'Alison', 'Amanda', 'Amy', 'Andrea', 'Angela', 'Ann', 'Anna', 'Anne', 'Barbara', 'Betsy',
  'Betty', 'Beverly', 'Brenda', 'Carly', 'Carol', 'Caroline', 'Catherine', 'Chelsea', 'Cheryl',
  'Christina', 'Christine', 'Claire', 'Cynthia', 'Debbie', 'Deborah', 'Debra', 'Denise', 'Diana', 'Diane', 'Donna',
  'Dorothy', 'Elaine', 'Elizabeth', 'Ellen', 'Emily', 'Emma', 'Erin', 'Eva', 'Fiona', 'Frances', 'Gloria', 'Grace',
  'Hannah', 'Heather', 'Helen', 'Hillary', 'Holly', 'Ivanka', 'Jacqueline', 'Jane', 'Janet', 'Janice',
  'Jennifer', 'Jessica', 'Jill', 'Joan', 'Joanne', 'Joyce', 'Judith', 'Judy', 'Julia', 'Julie', 'Karen', 'Kate',
  'Katherine', 'Kathleen', 'Kathy', 'Kelli', 'Kellyanne', 'Kimberly', 'Laura', 'Lauren', 'Linda', 'Lisa',
  'Lois', 'Loretta', 'Louise', 'Lucy', 'Margaret', 'Maria', 'Marie', 'Marilyn', 'Martha', 'Mary', 'Megan', 'Megyn',
  'Melania', 'Melissa', 'Michelle', 'Nancy', 'Natalie', 'Nicole', 'Nikki', 'Olivia', 'Pamela', 'Patricia',
  'Paula', 'Rachel', 'Rebecca', 'Rosa', 'Rose', 'Ruth', 'Sandra', 'Sara', 'Sarah', 'Sharon', 'Shirley',
  'Sophie', 'Stephanie', 'Susan', 'Suzanne', 'Teresa', 'Theresa', 'Tina', 'Valerie', 'Wendy', 'Fatima', 'Aisha',
  'Carmen', 'Ana', 'Lucia', 'Ingrid', 'Huma', 'Condoleezza', 'Elena', 'Sonia', 'Nina', 'Tammy', 'Jeanne',
  'Madeleine', 'Samantha',
  'Ada', 'Agnes', 'Alexandra', 'Alicia', 'Allison', 'Audrey', 'Beatrice', 'Bonnie', 'Brittany', 'Carla', 'Carolyn',
  'Clara', 'Colleen', 'Connie', 'Courtney', 'Danielle', 'Doris', 'Edith', 'Eileen', 'Eleanor', 'Esther', 'Evelyn',
  'Gail', 'Gwen', 'Harriet', 'Irene', 'Isabel', 'Jasmine', 'Jenny', 'Josephine', 'Katie', 'Kirsten', 'Kristen',
  'Leah', 'Lillian', 'Lorraine', 'Marcia', 'Marjorie', 'Maureen', 'Meredith', 'Miriam', 'Molly', 'Monica', 'Naomi',
  'Nora', 'Norma', 'Peggy', 'Phyllis', 'Rita', 'Roberta', 'Sally', 'Sheila', 'Sylvia', 'Tara', 'Vanessa', 'Vivian',
  'Yvonne', 'Zoe', 'Bridget', 'Siobhan', 'Maeve'
])

/** What a name as written and its description say about the person's gender; null when nothing does. */
export function genderOf(nameAsWritten: string, description: string | null): Gender | null {
  const words = nameAsWritten.split(/\s+/u)
  for (const w of words) {
    if (MALE_TITLES.has(w)) return 'male'
    if (FEMALE_TITLES.has(w) || FEMALE_TITLE_WORDS.has(w)) return 'female'
  }
  const fromWords = genderOfWords(`${nameAsWritten} ${description ?? ''}`)
  if (fromWords) return fromWords
  const first = words.find((w) => OPENS_CAPITALISED_WORD.test(w) && !/\.$/u.test(w))
  if (first && MALE_NAMES.has(first)) return 'male'
  if (first && FEMALE_NAMES.has(first)) return 'female'
  return null
}

const DESCRIPTION_HEAD_ENDS = new Set(['who', 'whose', 'which', 'that', 'of', 'with', 'for', 'at'])

/**
 * Gender from role words ("the spokeswoman", "Congressman", "his wife"): the first such word decides. An "of" or
 * "for" inside a body's name before the role ("A Department of Health spokesman") does not end the head.
 */
function genderOfWords(phrase: string): Gender | null {
  if (phrase.toLowerCase().includes('first lady')) return 'female'
  const words = phrase.split(isPlainText(phrase) ? PLAIN_BETWEEN_WORDS : BETWEEN_WORDS)
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase()
    // "Tom Hale, whose wife …", "the head of the mothers' union": past the head, words describe others.
    if (
      DESCRIPTION_HEAD_ENDS.has(w) &&
      !((w === 'of' || w === 'for') && CAPITALISED.test(i + 1 < words.length ? words[i + 1] : ''))
    )
      return null
    if (MALE_WORDS.has(w)) return 'male'
    if (FEMALE_WORDS.has(w)) return 'female'
  }
  return null
}

/** True when a capitalised word is a first name on either list: a run starting with one is a person's name. */
export function isKnownFirstName(word: string): boolean {
  return MALE_NAMES.has(word) || FEMALE_NAMES.has(word)
}

/** The gender "he"/"she" asks for, or null for any other pronoun. */
export function pronounGender(pronoun: string): Gender | null {
  return pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null
}
