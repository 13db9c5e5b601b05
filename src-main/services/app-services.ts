/**
 * The composition root of the services: opens the register in a data directory and wires every
 * service. The Electron app, the web bridge, the CLI and the tests all start here.
 */
import { join } from 'node:path'
import { todayIso } from '@shared/thai'
import type { Db } from '../db/open-database'
import { openDatabase } from '../db/open-database'
import { ensureDataDir, type DataPaths } from '../data-dir'
import { AttachmentService } from './attachments/attachment-service'
import { BlobStore } from './attachments/blob-store'
import { AuditLog } from './audit/audit-log'
import { BackupService } from './backup/backup-service'
import { BookNumberService } from './book-numbers/book-number-service'
import { CatalogService } from './catalog/catalog-service'
import { DocumentService } from './documents/document-service'
import { ReportService } from './reports/report-service'
import { EvidenceService } from './evidence/evidence-service'
import { TemplateStore } from '../documents/templates'
import { systemClock, type Clock, type ServiceContext } from './context'
import { OfficeService } from './office/office-service'
import { PeopleService } from './people/people-service'
import { RequestService } from './requests/request-service'
import { compactSearchIndex } from './requests/search-index-upkeep'
import { SetupService } from './setup/setup-service'
import { DashboardService } from './dashboard/dashboard-service'
import { RegisterIoService } from './register-io/register-io-service'
import { HostProfileService } from './publishing/profiles'
import { SiteIndexService } from './publishing/site-index'
import { unavailableSecretStore, type SecretStore } from './publishing/secrets'
import { createHostSeam } from './publishing/host-seam'
import { PublishService, type PublishServiceDeps } from './publishing/publish-service'
import { StagingStore } from './staging/staging-store'

export interface AppServicesOptions {
  dataDir: string
  clock?: Clock
  nativeBinding?: string
  /**
   * The folder holding the shipped `templates/`: the project's `resources` when absent (development,
   * tests, CLI); the packaged app passes `process.resourcesPath`.
   */
  resourcesDir?: string
  /**
   * Where FTP passwords are stored encrypted: Electron's safeStorage, built in the Electron main
   * process only. Absent (CLI, `npm run web`, tests): none, passwords are kept for the session.
   */
  secretStore?: SecretStore
  /** The upload queue's retry policy and connection time limit (tests shorten them). */
  publishing?: Pick<PublishServiceDeps, 'retry' | 'timeoutMs'>
}

export interface AppServices {
  paths: DataPaths
  db: Db
  clock: Clock
  audit: AuditLog
  office: OfficeService
  people: PeopleService
  catalog: CatalogService
  attachments: AttachmentService
  requests: RequestService
  setup: SetupService
  backup: BackupService
  bookNumbers: BookNumberService
  documents: DocumentService
  reports: ReportService
  dashboard: DashboardService
  registerIo: RegisterIoService
  evidence: EvidenceService
  hostProfiles: HostProfileService
  siteIndex: SiteIndexService
  /** Upload queue, publication record, take-down (publishing/publish-service.ts). */
  publishing: PublishService
  /** Made files waiting to be saved or downloaded (staging/staging-store.ts). */
  staging: StagingStore
  close(): void
}

export function openAppServices(options: AppServicesOptions): AppServices {
  const paths = ensureDataDir(options.dataDir)
  const db = openDatabase(paths.database, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  // After a bulk load the search index is a dozen b-trees: merged here, once, when that pays.
  compactSearchIndex(db)
  const ctx: ServiceContext = { db, dataDir: paths.root, clock: options.clock ?? systemClock }
  const audit = new AuditLog(ctx)
  const office = new OfficeService(ctx, audit)
  const people = new PeopleService(ctx, audit)
  const catalog = new CatalogService(ctx, audit)
  const attachments = new AttachmentService(ctx, office, new BlobStore(paths.attachments))
  const requests = new RequestService(ctx, people, catalog, attachments, audit)
  const setup = new SetupService(ctx, office, people)
  const bookNumbers = new BookNumberService(ctx, office, people, audit)
  const templates = new TemplateStore(paths.root, options.resourcesDir ? { resourcesDir: options.resourcesDir } : {})
  const documents = new DocumentService({ ctx, office, people, requests, bookNumbers, audit, templates })
  const reports = new ReportService({ ctx, documents, requests, catalog, people })
  const dashboard = new DashboardService(ctx)
  const registerIo = new RegisterIoService(ctx, people, catalog, audit)
  const evidence = new EvidenceService({ ctx, catalog, people, requests, attachments, documents, audit })
  const hostProfiles = new HostProfileService(ctx, audit, options.secretStore ?? unavailableSecretStore)
  const siteIndex = new SiteIndexService({ ctx, office, audit, profiles: hostProfiles })
  const publishing = new PublishService({ ctx, seam: createHostSeam(hostProfiles), requests, attachments, people, audit, siteIndex, ...options.publishing })
  // Opening it removes what a crashed run left staged.
  const staging = new StagingStore(join(paths.tmp, 'staging'))
  const backup = new BackupService({ db, paths, audit, office, clock: ctx.clock, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) })
  // The injected clock decides which fiscal year gets its indicators, as it decides every other date.
  catalog.ensureDefaults(todayIso(new Date(ctx.clock.now())))
  return {
    paths,
    db,
    clock: ctx.clock,
    audit,
    office,
    people,
    catalog,
    attachments,
    requests,
    setup,
    backup,
    bookNumbers,
    documents,
    reports,
    dashboard,
    registerIo,
    evidence,
    hostProfiles,
    siteIndex,
    publishing,
    staging,
    close: () => {
      // Running uploads stop here; the next start resumes them from the server's copy.
      publishing.close()
      staging.close()
      db.close()
    }
  }
}
