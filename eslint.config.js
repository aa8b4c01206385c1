import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import regexpPlugin from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

/**
 * Which folder may import which (docs/ARCHITECTURE.md): each src/ folder gets one list of what it must not import,
 * as regular expressions over the import string. Relative imports are matched by the folder they reach.
 */
const reaches = (folder) => `^(\\.\\./)+(src/)?${folder}(/|$)`
const NODE = ['^node:', '^(fs|path|os|crypto|child_process|http|net|url)(/|$)']
const NATIVE = ['^electron(/|$)', '^lowdb(/|$)', '^mammoth$', '^playwright-core$']
const UI = ['^react(-dom)?(/|$)']

function layer(files, forbidden, why) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: forbidden.map((regex) => ({ regex, message: why })) }]
    }
  }
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      // A missing dependency is a stale-closure bug waiting for a checker to hit it: an error, not a warning.
      'react-hooks/exhaustive-deps': 'error'
    }
  },
  {
    // Hostile drafts reach every regular expression in src/: none may backtrack super-linearly (issue 9). The
    // plugin's recommended rules come with it; the backtracking ones are errors, not warnings.
    files: ['src/**/*.{ts,tsx}'],
    ...regexpPlugin.configs['flat/recommended'],
    rules: {
      ...regexpPlugin.configs['flat/recommended'].rules,
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error'
    }
  },
  {
    // Code that runs strings as code, or HTML as markup, has no place in any layer. (The security scan judges the
    // built app; these are the rules it cannot see once the code is bundled.)
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'executeJavaScript', message: 'Main never runs script in a page; send data over IPC instead.' },
        { property: 'innerHTML', message: 'Render text through React; imported articles must never become markup.' },
        { property: 'outerHTML', message: 'Render text through React; imported articles must never become markup.' }
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text through React; imported articles must never become markup.'
        },
        {
          // Electronegativity (npm run security) cannot read a built file that holds one ("Unknown node type
          // ClassPrivateProperty"), so that file goes unchecked and the scan fails.
          selector: 'PrivateIdentifier',
          message: 'No #private class members: the security scan cannot parse them. Use a module WeakMap or a closure.'
        }
      ]
    }
  },
  layer(
    ['src/shared/**/*.ts'],
    ['^\\.\\./', '^[^.]'],
    'src/shared holds the contract and domain types: it imports only other files in src/shared, and no package.'
  ),
  layer(
    ['src/core/**/*.ts'],
    [
      ...NODE,
      ...NATIVE,
      ...UI,
      reaches('main'),
      reaches('renderer'),
      reaches('preload'),
      reaches('cli'),
      reaches('bench'),
      reaches('scripts'),
      reaches('tests')
    ],
    'src/core is pure: it imports only src/core, src/shared and pure packages, so it runs in the renderer, main and the CLI alike.'
  ),
  layer(
    ['src/renderer/**/*.{ts,tsx}'],
    [...NODE, ...NATIVE, reaches('main'), reaches('preload'), reaches('cli')],
    'src/renderer talks to the Node side only through the contract (src/shared/contract.ts); it may use src/core and src/shared.'
  ),
  layer(
    ['src/preload/**/*.ts'],
    [
      ...NODE,
      '^(lowdb|mammoth|playwright-core)(/|$)',
      ...UI,
      reaches('core'),
      reaches('main'),
      reaches('renderer'),
      reaches('cli')
    ],
    'src/preload is one narrow facade over the contract: it imports only src/shared and electron.'
  ),
  layer(
    ['src/main/**/*.ts'],
    [...UI, reaches('renderer'), reaches('preload'), reaches('cli')],
    'src/main never imports the UI, the preload or the CLI.'
  ),
  layer(
    ['src/main/services/**/*.ts', 'src/main/web/**/*.ts'],
    [...UI, reaches('renderer'), reaches('preload'), reaches('cli'), '^electron(/|$)', '^\\.\\./electron(/|$)'],
    'services and browser mode are plain Node: Electron is wired in src/main/electron, which passes what it needs in (dialogs, printer).'
  ),
  layer(
    ['src/cli/**/*.ts'],
    [...UI, '^electron(/|$)', reaches('renderer'), reaches('preload'), reaches('main/electron')],
    'the CLI runs the same services without Electron: it never imports the UI, the preload or src/main/electron.'
  ),
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
        Request: 'readonly'
      }
    }
  }
)
