import { describe, expect, it } from 'vitest'
import { packedMap } from '../../src/core/packed-map'

describe('packedMap', () => {
  it('gives what Array.prototype.map gives, in order, with each index', () => {
    const words = ['Fiona', 'Hale', 'said']
    expect(packedMap(words, (w, i) => `${i}:${w.toLowerCase()}`)).toEqual(['0:fiona', '1:hale', '2:said'])
  })

  it('gives an empty list for an empty one and leaves its input alone', () => {
    const none: string[] = []
    expect(packedMap(none, (w) => w.length)).toEqual([])
    const tokens = [{ text: 'Ferries' }]
    packedMap(tokens, (t) => t.text.toLowerCase())
    expect(tokens).toEqual([{ text: 'Ferries' }])
  })
})
