// Every command the README shows, run as written from the clone: the shell lines of the "Use"
// section and the commands of the "Development" table. CI runs this after the quick start, so
// the packages are built. A command fails the check when it exits non-zero.
//
// Commands that .ci/run already runs word for word (the tests, the type check, the lints, CI
// itself) are not run twice; the check makes sure .ci/run still contains each of them. The
// benchmarks run with their smallest inputs, and `npm run version-packages` (it rewrites versions
// and changelogs) runs in a throwaway copy of the clone. Files the commands create in the clone
// are removed afterwards (only those: files that were there before are left alone).
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const ciRun = readFileSync(join(root, '.ci', 'run'), 'utf8')

function section(title) {
  const part = readme.split(/^## /m).find((text) => text.startsWith(`${title}\n`))
  if (!part) throw new Error(`README.md has no "## ${title}" section`)
  return part
}

/** Shell lines of the sh code blocks of a section, comments and blank lines left out. */
function shellLines(text) {
  const lines = []
  for (const block of text.matchAll(/```(?:sh|bash|shell)\n([\s\S]*?)```/g)) {
    for (const line of block[1].split('\n')) if (line.trim() !== '' && !line.trim().startsWith('#')) lines.push(line.trim())
  }
  return lines
}

/** The first column of the table rows of a section: `| \`command\` | what it does |`. */
function tableCommands(text) {
  return [...text.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((match) => match[1])
}

const use = shellLines(section('Use'))
const development = tableCommands(section('Development'))
if (use.length === 0) throw new Error('README.md: the "Use" section shows no command')
if (development.length === 0) throw new Error('README.md: the "Development" section shows no command')

/** Run by .ci/run itself, word for word; why they are not run again. */
const runByCi = new Map([
  ['npm test', 'the tests step'],
  ['npm run typecheck', 'the typecheck step'],
  ['npm run lint', 'the package lints step'],
  ['bash .ci/run', 'this very run'],
])

function untracked() {
  const out = execFileSync('git', ['ls-files', '--others', '--exclude-standard', '--directory'], { cwd: root, encoding: 'utf8' })
  return new Set(out.split('\n').filter(Boolean))
}

function run(command, options = {}) {
  const started = Date.now()
  const result = spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const tail = (text) => text.trim().split('\n').slice(-6).map((line) => `    ${line}`).join('\n')
  if (result.status !== 0) {
    console.error(`FAIL (exit ${result.status}, ${seconds}s): ${command}\n  stdout:\n${tail(result.stdout ?? '')}\n  stderr:\n${tail(result.stderr ?? '')}`)
    return false
  }
  console.log(`ok (${seconds}s): ${command}`)
  return true
}

/** `npm run version-packages` rewrites the clone: run it in a copy, with the clone's node_modules. */
function runInCopy(command) {
  const copy = mkdtempSync(join(tmpdir(), 'verbatim-readme-'))
  try {
    for (const name of readdirSync(root)) {
      if (name === 'node_modules' || name === '.git' || name === '.turbo' || name === 'out') continue
      cpSync(join(root, name), join(copy, name), { recursive: true, verbatimSymlinks: true })
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'))
    return run(command, { cwd: copy })
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
}

const before = untracked()
let failed = 0
try {
  for (const command of use) if (!run(command)) failed++
  for (const command of development) {
    if (runByCi.has(command)) {
      if (!ciRun.includes(command) && command !== 'bash .ci/run') {
        console.error(`FAIL: ${command}: said to be run by .ci/run (${runByCi.get(command)}), but .ci/run does not contain it`)
        failed++
      } else console.log(`ok (run by .ci/run: ${runByCi.get(command)}): ${command}`)
    } else if (command === 'npm run bench') {
      // The smallest inputs: this proves the command runs, not how fast anything is.
      if (!run(command, { env: { ...process.env, BENCH_SIZES: '1', BENCH_READ_SIZES: '1', BENCH_QUICK: '1' } })) failed++
    } else if (command === 'npm run version-packages') {
      if (!runInCopy(command)) failed++
    } else if (!run(command)) failed++
  }
} finally {
  for (const path of untracked()) {
    if (!before.has(path) && existsSync(join(root, path))) rmSync(join(root, path), { recursive: true, force: true })
  }
}
const total = use.length + development.length
console.log(`README commands: ${total - failed} of ${total} work as written`)
if (failed > 0) process.exit(1)
