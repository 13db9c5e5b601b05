/**
 * The composition root of the services: opens the register in a data directory and wires every
 * service. The Electron app, the web bridge, the CLI and the tests all start here.
 */
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
import { TemplateStore } from '../documents/templates'
import { systemClock, type Clock, type ServiceContext } from './context'
import { OfficeService } from './office/office-service'
import { PeopleService } from './people/people-service'
import { RequestService } from './requests/request-service'
import { SetupService } from './setup/setup-service'

export interface AppServicesOptions {
  dataDir: string
  clock?: Clock
  nativeBinding?: string
  /**
   * The folder holding the shipped `templates/`: the project's `resources` when absent (development,
   * tests, CLI); the packaged app passes `process.resourcesPath`.
   */
  resourcesDir?: string
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
  close(): void
}

export function openAppServices(options: AppServicesOptions): AppServices {
  const paths = ensureDataDir(options.dataDir)
  const db = openDatabase(paths.database, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
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
    close: () => db.close()
  }
}
