import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pendingTempFiles, removeTempFilesBeside, TEMP_SUFFIX, writeFileAtomic } from '../src/atomic-write.js'
import { tempDir } from './helpers.js'

describe('writeFileAtomic', () => {
  it('writes the whole content and leaves no temporary file', async () => {
    const dir = tempDir()
    const target = join(dir, 'out.txt')
    writeFileSync(target, 'old content')
    await writeFileAtomic(target, 'new content é\n')
    expect(readFileSync(target, 'utf8')).toBe('new content é\n')
    expect(readdirSync(dir)).toEqual(['out.txt'])
    expect(pendingTempFiles()).toEqual([])
  })

  it('keeps the permission bits of a file it replaces (a private file stays private)', async () => {
    const dir = tempDir()
    for (const mode of [0o600, 0o640, 0o755]) {
      const target = join(dir, `private-${mode.toString(8)}.txt`)
      writeFileSync(target, 'secret')
      chmodSync(target, mode)
      await writeFileAtomic(target, 'still secret\n')
      expect(readFileSync(target, 'utf8')).toBe('still secret\n')
      expect((statSync(target).mode & 0o7777).toString(8)).toBe(mode.toString(8))
    }
  })

  it('gives a new file the default mode (0666 less the umask)', async () => {
    const dir = tempDir()
    const target = join(dir, 'new.txt')
    await writeFileAtomic(target, 'new\n')
    const expected = 0o666 & ~process.umask()
    expect((statSync(target).mode & 0o7777).toString(8)).toBe(expected.toString(8))
  })

  it('keeps the old file and removes the temporary one when the rename fails', async () => {
    const dir = tempDir()
    const target = join(dir, 'taken')
    mkdirSync(join(target, 'inside'), { recursive: true }) // renaming a file over a non-empty directory fails
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow()
    expect(readdirSync(dir)).toEqual(['taken'])
    expect(pendingTempFiles()).toEqual([])
  })

  it('removes the temporary files of this process beside given targets, and only those', () => {
    const dir = tempDir()
    const target = join(dir, 'a.vtt')
    const ours = join(dir, `.a.vtt.${process.pid}-deadbeef${TEMP_SUFFIX}`)
    const other = join(dir, `.a.vtt.1-deadbeef${TEMP_SUFFIX}`)
    writeFileSync(ours, 'partial')
    writeFileSync(other, 'another process')
    removeTempFilesBeside([target])
    expect(existsSync(ours)).toBe(false)
    expect(existsSync(other)).toBe(true)
  })
})
