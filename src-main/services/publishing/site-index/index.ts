/**
 * The public index page of each fiscal year (issue 4, item 8): `renderSiteIndex` (pure),
 * `SiteIndexService` (gather from the register, write to a file, upload atomically, and `refresh`
 * for the upload queue after each publish or take-down).
 */
export { renderSiteIndex, groupItems, SITE_INDEX_CSS, type CategoryGroup, type IndicatorGroup } from './render'
export { SiteIndexService, siteIndexTarget, SITE_INDEX_FILE, type SiteIndexDeps, type SiteIndexFile, type SiteIndexPublished, type SiteIndexTarget, type PublishOptions, type RenderOptions } from './site-index-service'
export { safeHttpUrl } from './html'
export type * from './types'
