/**
 * The public index page of a fiscal year: gathered from the register in one query, rendered by
 * the pure renderer, written to a file or put on the host the same atomic way as every published
 * file (a hidden temporary name, size check, then a rename over the old page).
 *
 * Where it goes (fixed, so the office can link to it once from its website's menu):
 *   remote  {remote_root}/ita/{fy}/index.html
 *   public  {public_base_url}/ita/{fy}/index.html
 * With the default folder pattern `{root}/ita/{fy}/{indicator}` the page sits in the folder
 * above the indicators' folders, and a host that lists folders shows the page instead.
 *
 * What is listed: every file of the year's published requests that is on the host now
 * (published_file not removed, request status 'published'), for the profile the page goes to;
 * `render(fy)` without a profile lists the files of every profile.
 *
 * `refresh` is for the upload queue after each publish or take-down: refreshes of the same page
 * run one at a time, and a run starts a short moment (`refreshDelayMs`) after it is asked for;
 * every request that arrives before it starts shares it. So the last page on the host is always
 * rendered after the last change (two uploads finishing together cannot leave the older page in
 * place), and a batch of requests published one after another costs a few uploads of the page,
 * not one per request (each upload is a new connection: TLS handshake and login). It never
 * throws: a failed refresh does not undo a publication; its Thai message is returned for the
 * person to see and retry.
 */
import type { Client } from 'basic-ftp'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { AppError, fail, ok, type Result } from '@shared/result'
import type { HostProfile } from '@shared/domain/publishing'
import { writeFileAtomic } from '../../../fs/atomic-write'
import type { AuditLog } from '../../audit/audit-log'
import { writeTransaction, type ServiceContext } from '../../context'
import type { OfficeService } from '../../office/office-service'
import { connect, uploadAtomic, type UploadResult } from '../ftps'
import { publicUrlFor } from '../layout'
import { toTransferSettings, type HostProfileService } from '../profiles'
import { renderSiteIndex } from './render'
import { TH } from './site-index-text'
import type { SiteIndexIndicator, SiteIndexItem, SiteIndexPage } from './types'

export const SITE_INDEX_FILE = 'index.html'

export interface SiteIndexTarget {
  remoteDir: string
  fileName: string
  remotePath: string
  publicUrl: string
}

export interface SiteIndexFile {
  path: string
  fiscalYear: number
  items: number
  bytes: number
}

export interface SiteIndexPublished {
  fiscalYear: number
  profileId: number
  profileName: string
  remotePath: string
  publicUrl: string
  /** Files listed on the page. */
  items: number
  bytes: number
  sha256: string
  verifiedBy: UploadResult['verifiedBy']
}

export interface RenderOptions {
  /** List only the files on this profile's host; absent: the files of every profile. */
  profileId?: number | null
  /** Thai or Arabic digits; absent: the office's document setting. */
  thaiDigits?: boolean
}

export interface PublishOptions {
  /** Who asked (for the audit log); null: the program itself (the queue after a publish). */
  actorId?: number | null
  signal?: AbortSignal
  thaiDigits?: boolean
}

interface ItemRow {
  published_file_id: number
  request_id: number
  title: string
  owner_unit: string
  period_start: string | null
  period_end: string | null
  published_at: string
  public_url: string
  size_bytes: number
  file_name: string
  kind: string
  category_code: string
  category_name: string
  category_sort: number
  indicators: string
}

/** One row per live file; the request's indicators folded in as JSON (one query, no N+1). */
const ITEMS_SQL = `
  SELECT pf.id AS published_file_id, r.id AS request_id, r.title, r.owner_unit, r.period_start, r.period_end,
         pf.published_at, pf.public_url, pf.size_bytes, a.file_name, a.kind,
         c.code AS category_code, c.name AS category_name, c.sort_order AS category_sort,
         (SELECT json_group_array(json_object('code', i.code, 'title', i.title, 'sortOrder', i.sort_order))
            FROM request_indicator ri JOIN indicator i ON i.id = ri.indicator_id
           WHERE ri.request_id = r.id) AS indicators
    FROM published_file pf
    JOIN request r ON r.id = pf.request_id
    JOIN attachment a ON a.id = pf.attachment_id
    JOIN category c ON c.code = r.category_code
   WHERE pf.removed_at IS NULL
     AND r.status = 'published'
     AND r.fiscal_year = @fy
     AND (@profileId IS NULL OR pf.profile_id = @profileId)
   ORDER BY pf.published_at, pf.id`

function checkFiscalYear(fy: number): number {
  if (!Number.isInteger(fy) || fy < 2500 || fy > 2700) throw new AppError('invalid-input', TH.badFiscalYear(fy), { fiscalYear: TH.badFiscalYear(fy) })
  return fy
}

function toItem(r: ItemRow): SiteIndexItem {
  const indicators = (JSON.parse(r.indicators) as SiteIndexIndicator[]).filter((i) => typeof i.code === 'string')
  return {
    publishedFileId: r.published_file_id,
    requestId: r.request_id,
    title: r.title,
    ownerUnit: r.owner_unit,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    publishedAt: r.published_at,
    fileName: r.file_name,
    kind: r.kind,
    sizeBytes: r.size_bytes,
    url: r.public_url,
    category: { code: r.category_code, name: r.category_name, sortOrder: r.category_sort },
    indicators
  }
}

/** Where the page of `fy` goes on the profile's host, and its public address. */
export function siteIndexTarget(profile: Pick<HostProfile, 'remoteRoot' | 'publicBaseUrl'>, fy: number): SiteIndexTarget {
  checkFiscalYear(fy)
  const root = profile.remoteRoot.split('/').filter((s) => s !== '')
  const remoteDir = `/${[...root, 'ita', String(fy)].join('/')}`
  let publicUrl: string
  try {
    publicUrl = publicUrlFor(profile, remoteDir, SITE_INDEX_FILE)
    const protocol = new URL(publicUrl).protocol
    if (protocol !== 'http:' && protocol !== 'https:') throw new Error(protocol)
  } catch {
    throw new AppError('invalid-input', TH.badPublicUrl(profile.publicBaseUrl))
  }
  return { remoteDir, fileName: SITE_INDEX_FILE, remotePath: `${remoteDir}/${SITE_INDEX_FILE}`, publicUrl }
}

export interface SiteIndexDeps {
  ctx: ServiceContext
  office: OfficeService
  audit: AuditLog
  profiles: Pick<HostProfileService, 'get'>
  /** How long a refresh waits for more changes before it starts (see the head of this file). */
  refreshDelayMs?: number
}

export const DEFAULT_REFRESH_DELAY_MS = 500

export class SiteIndexService {
  /** Per page (fiscal year + profile): the run in progress, and the one follow-up waiting behind it. */
  private readonly running = new Map<string, Promise<Result<SiteIndexPublished>>>()
  private readonly scheduled = new Map<string, Promise<Result<SiteIndexPublished>>>()
  private readonly refreshDelayMs: number

  constructor(private readonly deps: SiteIndexDeps) {
    this.refreshDelayMs = deps.refreshDelayMs ?? DEFAULT_REFRESH_DELAY_MS
  }

  /** The files the page of `fy` lists; only those on `profileId`'s host when given. */
  items(fy: number, profileId: number | null = null): SiteIndexItem[] {
    checkFiscalYear(fy)
    return this.deps.ctx.db.prepare<{ fy: number; profileId: number | null }, ItemRow>(ITEMS_SQL).all({ fy, profileId }).map(toItem)
  }

  page(fy: number, options: RenderOptions = {}): SiteIndexPage {
    const items = this.items(fy, options.profileId ?? null)
    const office = this.deps.office.get()
    if (!office) throw new AppError('not-found', TH.noOffice)
    const thaiDigits = options.thaiDigits ?? office.thaiDigits
    return { fiscalYear: fy, officeName: office.name, generatedAt: this.deps.ctx.clock.now(), thaiDigits, items }
  }

  render(fy: number, options: RenderOptions = {}): { html: string; items: number } {
    const page = this.page(fy, options)
    return { html: renderSiteIndex(page), items: new Set(page.items.map((i) => i.publishedFileId)).size }
  }

  /** Writes the page to `outPath` whole (never half-written); the folder must exist. */
  renderToFile(fy: number, outPath: string, options: RenderOptions = {}): SiteIndexFile {
    const path = resolve(outPath)
    if (!existsSync(dirname(path))) throw new AppError('not-found', TH.outFolderMissing(dirname(path)))
    const { html, items } = this.render(fy, options)
    const bytes = Buffer.from(html, 'utf8')
    writeFileAtomic(path, bytes)
    return { path, fiscalYear: fy, items, bytes: bytes.length }
  }

  target(fy: number, profileId: number): SiteIndexTarget {
    return siteIndexTarget(this.deps.profiles.get(profileId), fy)
  }

  /** Connects to the profile's host, puts the page there, and closes the connection. */
  async publish(fy: number, profileId: number, password: string, options: PublishOptions = {}): Promise<SiteIndexPublished> {
    const profile = this.deps.profiles.get(profileId)
    siteIndexTarget(profile, fy) // a bad public URL is said before connecting
    const { profile: ftps, trust } = toTransferSettings(profile)
    const { client } = await connect(ftps, password, trust)
    try {
      return await this.publishWith(client, fy, profileId, options)
    } finally {
      client.close()
    }
  }

  /** Puts the page on the host over a connection the caller already has (the queue's). */
  async publishWith(client: Client, fy: number, profileId: number, options: PublishOptions = {}): Promise<SiteIndexPublished> {
    const profile = this.deps.profiles.get(profileId)
    const target = siteIndexTarget(profile, fy)
    const { html, items } = this.render(fy, { profileId, ...(options.thaiDigits === undefined ? {} : { thaiDigits: options.thaiDigits }) })
    const staging = mkdtempSync(join(tmpdir(), 'publishdesk-index-'))
    try {
      const local = join(staging, SITE_INDEX_FILE)
      writeFileAtomic(local, html)
      const uploaded = await uploadAtomic(client, local, target.remoteDir, target.fileName, {
        ifExists: 'overwrite',
        ...(options.signal ? { signal: options.signal } : {})
      })
      const published: SiteIndexPublished = {
        fiscalYear: fy,
        profileId,
        profileName: profile.name,
        remotePath: uploaded.remotePath,
        publicUrl: target.publicUrl,
        items,
        bytes: uploaded.bytes,
        sha256: uploaded.sha256,
        verifiedBy: uploaded.verifiedBy
      }
      writeTransaction(this.deps.ctx.db, () =>
        this.deps.audit.append({ actorId: options.actorId ?? null, action: 'site-index.publish', entity: 'site-index', entityId: String(fy), detail: published })
      )
      return published
    } finally {
      rmSync(staging, { recursive: true, force: true })
    }
  }

  /**
   * The page of `fy` on the profile's host brought up to date after a publish or take-down.
   * Never throws (see the head of this file); `ok: false` carries the Thai message.
   */
  refresh(fy: number, profileId: number, password: string, options: PublishOptions = {}): Promise<Result<SiteIndexPublished>> {
    const key = `${fy}:${profileId}`
    const waiting = this.scheduled.get(key)
    if (waiting) return waiting
    const run = async (): Promise<Result<SiteIndexPublished>> => {
      try {
        return ok(await this.publish(fy, profileId, password, options))
      } catch (error) {
        return fail(error instanceof AppError ? error.toShape() : { code: 'internal', message: TH.refreshFailed(error instanceof Error ? error.message : String(error)) })
      }
    }
    // After the run in progress (it never rejects), then the short wait that gathers more changes.
    const before = this.running.get(key) ?? Promise.resolve()
    const next = before
      .then(() => new Promise<void>((resolve) => setTimeout(resolve, this.refreshDelayMs)))
      .then(() => {
        this.scheduled.delete(key)
        const p = run().finally(() => {
          if (this.running.get(key) === p) this.running.delete(key)
        })
        this.running.set(key, p)
        return p
      })
    this.scheduled.set(key, next)
    return next
  }

}
