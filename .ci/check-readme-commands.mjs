// Every command the README shows, run as written from the clone: the shell lines of the "Use"
// section and the commands of the "Development" table. CI runs this after the quick start, so
// the packages are built. A command fails the check when it exits non-zero.
//
// Commands that .ci/run already runs word for word (the tests, the type check, the lints, CI
// itself) are not run twice; the check makes sure .ci/run still contains each of them. The
// benchmarks are checked by a dry run (checkBench; `npm run bench:scale` on its first size only), and `npm run version-packages` (it rewrites versions
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

/**
 * The benchmarks take a quarter of an hour even on their smallest inputs, and they are not a test:
 * turbo's dry run proves the command resolves to a bench script in every public package, and that
 * each script's entry file exists (the type check covers the bench sources).
 */
function checkBench(command) {
  const script = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.bench
  if (command !== 'npm run bench' || !script?.startsWith('turbo run bench')) {
    console.error(`FAIL: ${command}: expected the root script "bench" to be turbo run bench, found ${script}`)
    return false
  }
  const dry = spawnSync('npx', ['turbo', 'run', 'bench', '--dry=json'], { cwd: root, encoding: 'utf8' })
  if (dry.status !== 0) {
    console.error(`FAIL: ${command}: turbo run bench --dry=json failed:\n${dry.stderr}`)
    return false
  }
  const tasks = JSON.parse(dry.stdout).tasks.filter((task) => task.task === 'bench' && task.command !== '<NONEXISTENT>')
  const missing = []
  for (const dir of readdirSync(join(root, 'packages'))) {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'))
    if (manifest.private) continue
    const task = tasks.find((candidate) => candidate.directory === `packages/${dir}`)
    const entry = task && /\b(bench\/[\w./-]+\.[cm]?[jt]s)\b/.exec(task.command)?.[1]
    if (!task || !entry || !existsSync(join(root, 'packages', dir, entry))) missing.push(`${manifest.name} (${task?.command ?? 'no bench script'})`)
  }
  if (missing.length > 0) {
    console.error(`FAIL: ${command}: no runnable bench in ${missing.join(', ')}`)
    return false
  }
  console.log(`ok (dry run: ${tasks.length} bench tasks, each entry file present; not run, see the comment): ${command}`)
  return true
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
      if (!checkBench(command)) failed++
    } else if (command === 'npm run bench:scale') {
      // The full series (1, 10 and 100 MB) takes several minutes: the command runs as written on
      // its first size only, every case in its own process, which proves it works end to end.
      if (!run(command, { env: { ...process.env, SCALE_SIZES: '1' } })) failed++
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
