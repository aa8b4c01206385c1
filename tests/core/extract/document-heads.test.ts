/**
 * A name as the case holds it read as a document or data, or as someone: the speaker filter groups names by it.
 * Sentences and names written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { namesDocument } from '../../../src/core/extract/document-heads'

describe('namesDocument', () => {
  it.each([
    'figures published by the harbour board',
    "the ferry company's annual report",
    "The board's own forecasts",
    'a survey',
    'Data from the Office for Coastal Statistics',
    'early results of the exit poll'
  ])('%s is a document', (name) => expect(namesDocument(name)).toBe(true))

  it.each([
    'A spokesperson for the harbour board',
    'Ana Ruiz',
    'The Harbour Trust',
    'Residents of the island',
    'Tomas Records',
    'the Harbour Review',
    'One engineer at the plant'
  ])('%s is someone', (name) => expect(namesDocument(name)).toBe(false))
})
