import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
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
