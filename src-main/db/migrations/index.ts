/** Every migration, in order. Versions only go up; a released migration is never edited. */
import { migration0001 } from './0001-register'
import { migration0002 } from './0002-audit-log'
import { migration0003 } from './0003-search-index'
import { migration0004 } from './0004-book-numbers'
import { migration0005 } from './0005-list-indexes'
import { migration0006 } from './0006-search-index-by-date'
import { migration0007 } from './0007-publishing'
import { migration0008 } from './0008-dashboard'
import { migration0009 } from './0009-search-facets'
import { migration0010 } from './0010-search-grams'
import type { Migration } from './types'

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010]
export const LATEST_VERSION = MIGRATIONS.length
export type { Migration }
