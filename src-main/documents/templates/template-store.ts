/**
 * Where templates come from: an office's own copy in `<dataDir>/templates/<kind>.json` when it
 * has one, else the default shipped in `<resources>/templates/<kind>.json`. Saving checks the
 * text first and writes it atomically (a temporary file, flushed, then renamed over the old one),
 * so a crash never leaves half a template; reset deletes the office's copy.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '@shared/result'
import { writeFileAtomic } from '../../fs/atomic-write'
import { projectRoot } from '../../project-info'
import { isTemplateKind, type TemplateKind } from './kinds'
import { TH } from './messages'
import { parseTemplate, type TemplateOf } from './schema'

export interface TemplateStoreOptions {
  /**
   * The folder holding `templates/` of the defaults: the project's `resources` in development and
   * tests, `process.resourcesPath` in a packaged app (the main process passes it in).
   */
  resourcesDir?: string
}

export interface TemplateSource {
  kind: TemplateKind
  /** The file's text as stored (what the template editor shows). */
  text: string
  /** 'office' when the office's own copy is in use. */
  origin: 'office' | 'default'
  path: string
}

function fileName(kind: TemplateKind): string {
  return `${kind}.json`
}

function checkKind(kind: string): asserts kind is TemplateKind {
  if (!isTemplateKind(kind)) throw new AppError('invalid-input', TH.unknownKind(kind))
}

export class TemplateStore {
  readonly overrideDir: string
  readonly defaultDir: string

  constructor(dataDir: string, options: TemplateStoreOptions = {}) {
    this.overrideDir = join(dataDir, 'templates')
    this.defaultDir = join(options.resourcesDir ?? join(projectRoot(), 'resources'), 'templates')
  }

  /** The template in use: the office's copy if present (refused with a Thai error when broken), else the default. */
  load<K extends TemplateKind>(kind: K): TemplateOf<K> {
    const source = this.source(kind)
    return parseTemplate(kind, source.text, source.path)
  }

  /** The text of the template in use and where it comes from. */
  source(kind: TemplateKind): TemplateSource {
    checkKind(kind)
    const override = this.overridePath(kind)
    if (existsSync(override)) return { kind, text: this.read(kind, override), origin: 'office', path: override }
    const path = this.defaultPath(kind)
    return { kind, text: this.readDefault(kind), origin: 'default', path }
  }

  /** The template shipped with the app, whatever the office has changed. */
  defaultOf<K extends TemplateKind>(kind: K): TemplateOf<K> {
    checkKind(kind)
    return parseTemplate(kind, this.readDefault(kind), this.defaultPath(kind))
  }

  /** The shipped template's text (what "reset to default" brings back). */
  defaultText(kind: TemplateKind): string {
    checkKind(kind)
    return this.readDefault(kind)
  }

  hasOverride(kind: TemplateKind): boolean {
    checkKind(kind)
    return existsSync(this.overridePath(kind))
  }

  /**
   * Checks `json` (the file's text, or a template object) as a template of `kind` and makes it the
   * office's copy. Nothing is written when it is refused.
   */
  save<K extends TemplateKind>(kind: K, json: string | object): TemplateOf<K> {
    checkKind(kind)
    const path = this.overridePath(kind)
    const template = parseTemplate(kind, json, path)
    const text = typeof json === 'string' ? json : JSON.stringify(json, null, 2) + '\n'
    try {
      mkdirSync(this.overrideDir, { recursive: true })
      writeFileAtomic(path, text)
    } catch (e) {
      throw new AppError('internal', TH.saveFailed(TH.fileRef(kind, path), (e as NodeJS.ErrnoException).code ?? String(e)))
    }
    return template
  }

  /** Deletes the office's copy: the default is used again. */
  reset(kind: TemplateKind): void {
    checkKind(kind)
    rmSync(this.overridePath(kind), { force: true })
  }

  private overridePath(kind: TemplateKind): string {
    return join(this.overrideDir, fileName(kind))
  }

  private defaultPath(kind: TemplateKind): string {
    return join(this.defaultDir, fileName(kind))
  }

  private readDefault(kind: TemplateKind): string {
    const path = this.defaultPath(kind)
    if (!existsSync(path)) throw new AppError('internal', TH.defaultMissing(path))
    return this.read(kind, path)
  }

  private read(kind: TemplateKind, path: string): string {
    try {
      return readFileSync(path, 'utf8')
    } catch (e) {
      throw new AppError('internal', TH.unreadable(TH.fileRef(kind, path), (e as NodeJS.ErrnoException).code ?? String(e)))
    }
  }
}
