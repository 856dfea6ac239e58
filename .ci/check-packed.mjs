// The packages the way users meet them: every public package packed (`npm pack`, so only what
// `files` ships), installed from the tarballs into an empty project (third-party dependencies
// from the npm registry), and used there:
//  - each package and subpath imported from ESM and from CommonJS, and the reference document
//    converted through every format (text, TEI, WebVTT, JSON-LD, JSON) and read back;
//  - a TypeScript file type-checked against the published types, with moduleResolution node16
//    and bundler;
//  - `npx verbatim` run from the installed CLI;
//  - @verbatim/webvtt installed with only its own packages beside it (@verbatim/core and
//    @verbatim/captions; no zod), and used;
//  - browser bundles of the installed packages held to the size budgets (browser-budgets.mjs).
// The packages come from the workspace (packages.mjs). Needs built packages (`npm run build`).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkBudgets } from './browser-budgets.mjs'
import { entryPoints, root, specifier, workspacePackages } from './packages.mjs'

const packages = workspacePackages().filter((pkg) => pkg.public)
const work = mkdtempSync(join(tmpdir(), 'verbatim-packed-'))
const keep = process.argv.includes('--keep')
let failed = 0

function step(name, fn) {
  try {
    const note = fn()
    console.log(`ok   ${name}${note ? `: ${note}` : ''}`)
  } catch (error) {
    failed++
    console.error(`FAIL ${name}: ${error.stderr?.toString() || error.stdout?.toString() || error.message}`)
  }
}

function sh(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } })
}

function project(name, dependencies) {
  const dir = join(work, name)
  mkdirSync(dir)
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '0.0.0', private: true }, null, 2))
  sh('npm', ['install', '--no-package-lock', ...dependencies], dir)
  return dir
}

// 1. Pack.
const tarballs = new Map()
const packDir = join(work, 'tarballs')
mkdirSync(packDir)
for (const pkg of packages) {
  const out = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', packDir], pkg.dir))
  tarballs.set(pkg.name, join(packDir, out[0].filename))
}
console.log(`packed ${[...tarballs.keys()].join(', ')}`)

// 2. A project with everything: every tarball, zod (for @verbatim/core/schema, as its README says)
// and jsonld (jsonld.js, for reading foreign JSON-LD, whether it is a dependency or an optional peer).
const full = project('full', [...tarballs.values(), 'zod@^4', 'jsonld@^9'])
const reference = join(root, 'examples', 'dod-carter-le-drian-paris-2016-10-25.txt')

/** The conversion both module systems run; `load` is import or require. */
const conversion = (load) => `
const { readFileSync } = ${load('node:fs')}
const { summarize, toJson } = ${load('@verbatim/core')}
const { fromJson, validateTranscript } = ${load('@verbatim/core/schema')}
const { fromText, toText } = ${load('@verbatim/text')}
const basic = ${load('@verbatim/text/basic')}
const { toTei, fromTei } = ${load('@verbatim/tei')}
const { toWebVtt, fromWebVtt } = ${load('@verbatim/webvtt')}
const { toJsonLdString, fromJsonLd } = ${load('@verbatim/jsonld')}
const { convert } = ${load('@verbatim/cli')}
const speakers = (t) => summarize(t).speakers.map((s) => s.name).sort().join(', ')
const run = async () => {
  const { transcript } = fromText(readFileSync(${JSON.stringify(reference)}, 'utf8'))
  const expected = 'Ash Carter, Jean-Yves Le Drian, Journalists, Staff'
  if (speakers(transcript) !== expected) throw new Error('fromText: speakers ' + speakers(transcript))
  if (!validateTranscript(transcript).valid) throw new Error('fromText: invalid transcript')
  // The basic entry reads the reference document (labels, no front matter, no house style) as the full one.
  const lighter = basic.fromText(readFileSync(${JSON.stringify(reference)}, 'utf8'))
  if (JSON.stringify(lighter) !== JSON.stringify(fromText(readFileSync(${JSON.stringify(reference)}, 'utf8')))) throw new Error('@verbatim/text/basic: not the full reading of the reference document')
  const back = {
    text: fromText(toText(transcript)).transcript,
    tei: fromTei(toTei(transcript)).transcript,
    webvtt: fromWebVtt(toWebVtt(transcript)).transcript,
    jsonld: (await fromJsonLd(toJsonLdString(transcript))).transcript,
    json: fromJson(toJson(transcript)).transcript,
  }
  for (const [format, t] of Object.entries(back)) if (speakers(t) !== expected) throw new Error(format + ': speakers ' + speakers(t))
  // jsonld.js (loaded only for foreign documents): a schema.org document not written by Verbatim.
  const foreign = await fromJsonLd({ '@context': 'https://schema.org/', '@type': 'Conversation', hasPart: [{ '@type': 'Message', sender: { '@type': 'Person', name: 'Ada' }, text: 'Hello.' }] })
  if (speakers(foreign.transcript) !== 'Ada') throw new Error('foreign JSON-LD: speakers ' + speakers(foreign.transcript))
  const cli = await convert('HOST: Hello.\\n', { to: 'webvtt' })
  if (!cli.output.startsWith('WEBVTT')) throw new Error('cli convert: ' + cli.output.slice(0, 40))
  return Object.keys(back).length + ' formats read back with the same speakers; the basic text entry; foreign JSON-LD read; cli convert'
}
`

step('ESM: every package imported, the reference document through every format', () => {
  writeFileSync(join(full, 'esm.mjs'), conversion((id) => `await import(${JSON.stringify(id)})`) + 'console.log(await run())\n')
  return sh('node', ['esm.mjs'], full).trim()
})

step('CommonJS: every package required, the reference document through every format', () => {
  writeFileSync(join(full, 'cjs.cjs'), conversion((id) => `require(${JSON.stringify(id)})`) + 'run().then((note) => console.log(note), (error) => { console.error(error); process.exit(1) })\n')
  return sh('node', ['cjs.cjs'], full).trim()
})

step('every entry point of every package loads from ESM and CommonJS', () => {
  const ids = packages.flatMap((pkg) => entryPoints(pkg.manifest).map((entry) => specifier(pkg.name, entry)))
  writeFileSync(join(full, 'entries.mjs'), ids.map((id) => `await import(${JSON.stringify(id)})`).join('\n') + '\n')
  writeFileSync(join(full, 'entries.cjs'), ids.map((id) => `require(${JSON.stringify(id)})`).join('\n') + '\n')
  sh('node', ['entries.mjs'], full)
  sh('node', ['entries.cjs'], full)
  return ids.join(', ')
})

// 3. Types, as a TypeScript user compiles against them.
const typescriptFile = `
import { toJson, type Transcript, type VerbatimMessage } from '@verbatim/core'
import { fromJson, validateTranscript, transcriptSchema, type ValidationResult } from '@verbatim/core/schema'
import { fromText, toText, type FromTextResult } from '@verbatim/text'
import { fromText as fromTextBasic } from '@verbatim/text/basic'
import { toTei, fromTei } from '@verbatim/tei'
import { toWebVtt, fromWebVtt } from '@verbatim/webvtt'
import { toJsonLd, fromJsonLd } from '@verbatim/jsonld'
import { convert } from '@verbatim/cli'

const { transcript }: { transcript: Transcript } = fromText('HOST: Hello.')
const messages: VerbatimMessage[] = fromTei(toTei(transcript)).messages
const result: ValidationResult = validateTranscript(fromJson(toJson(transcript)).transcript)
const parsed: boolean = transcriptSchema.safeParse(transcript).success
const vtt: string = toWebVtt(fromWebVtt('WEBVTT\\n').transcript) + toText(transcript)
// The basic entry: the same signature, options and result.
const sameSignature: typeof fromText = fromTextBasic
const basic: FromTextResult = fromTextBasic('HOST: Hello.', { file: 'a.txt', labelsAt: 'line' })
export const all = [messages, result, parsed, vtt, toJsonLd(transcript), fromJsonLd, convert, sameSignature, basic]
`
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
for (const [module, moduleResolution] of [['node16', 'node16'], ['esnext', 'bundler']]) {
  step(`TypeScript against the published types (module ${module}, moduleResolution ${moduleResolution})`, () => {
    const dir = join(full, `ts-${moduleResolution}`)
    mkdirSync(dir)
    writeFileSync(join(dir, moduleResolution === 'node16' ? 'check.mts' : 'check.ts'), typescriptFile)
    writeFileSync(
      join(dir, 'tsconfig.json'),
      // skipLibCheck only under node16: schema-dts (types @verbatim/jsonld uses) does not check there
      // itself (TS1541 in its own schema.d.ts); with bundler every declaration file is checked.
      JSON.stringify({ compilerOptions: { module, moduleResolution, target: 'es2022', strict: true, noEmit: true, skipLibCheck: moduleResolution === 'node16', types: [], lib: ['es2022', 'dom'] }, include: ['*.ts', '*.mts'] }),
    )
    sh('node', [tsc, '-p', dir], full)
  })
}

// 4. The command, installed.
step('npx verbatim from the installed CLI', () => {
  const version = sh('npx', ['--no-install', 'verbatim', '--version'], full).trim()
  sh('npx', ['--no-install', 'verbatim', 'convert', reference, '--to', 'all', '--out-dir', join(full, 'out')], full)
  const written = readdirSync(join(full, 'out')).sort()
  if (written.length !== 4) throw new Error(`expected 4 outputs, found ${written.join(', ')}`)
  return `version ${version}; wrote ${written.join(', ')}`
})

// 5. WebVTT with only its own packages beside it (core, captions): no zod, and it works.
step('@verbatim/webvtt installed with only @verbatim/core and @verbatim/captions (no zod)', () => {
  const small = project('webvtt-only', [tarballs.get('@verbatim/core'), tarballs.get('@verbatim/captions'), tarballs.get('@verbatim/webvtt')])
  const installed = readdirSync(join(small, 'node_modules')).filter((name) => !name.startsWith('.'))
  if (existsSync(join(small, 'node_modules', 'zod'))) throw new Error(`zod was installed: ${installed.join(', ')}`)
  writeFileSync(
    join(small, 'use.mjs'),
    `import { summarize } from '@verbatim/core'
import { fromWebVtt, toWebVtt } from '@verbatim/webvtt'
const { transcript } = fromWebVtt('WEBVTT\\n\\n00:00:01.000 --> 00:00:03.000\\n<v Ada>Hello there.\\n')
const out = toWebVtt(transcript)
if (summarize(transcript).speakers[0]?.name !== 'Ada' || !out.includes('Hello there.')) throw new Error(out)
console.log('node_modules: ' + ${JSON.stringify(installed.join(', '))})
`,
  )
  return sh('node', ['use.mjs'], small).trim()
})

// 6. Browser bundles of the installed packages, against the budgets.
console.log('browser bundles of the installed packages:')
failed += await checkBudgets(full)

if (!keep) rmSync(work, { recursive: true, force: true })
else console.log(`kept ${work}`)
if (failed > 0) {
  console.error(`${failed} packed-package check(s) failed`)
  process.exit(1)
}
console.log('every package works as installed from its tarball')
